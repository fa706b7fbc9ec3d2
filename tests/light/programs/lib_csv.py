# csv on the Light VM: a report read with DictReader from io.StringIO, summed,
# and written back with DictWriter and a custom dialect.
import csv
import io

source = io.StringIO('city,country,population\r\n"Paris",France,2148000\r\n"Saint-Denis, Réunion",France,153810\r\n'
                     'Lyon,France,516092\r\n"Quote ""City""",Nowhere,1\r\n', newline="")
rows = list(csv.DictReader(source))
print(rows[1], len(rows))
by_country = {}
for row in rows:
    by_country[row["country"]] = by_country.get(row["country"], 0) + int(row["population"])
csv.register_dialect("report", delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
out = io.StringIO()
writer = csv.DictWriter(out, ["country", "total", "note"], restval="-", dialect="report")
writer.writeheader()
for country, total in sorted(by_country.items()):
    writer.writerow({"country": country, "total": total})
print(out.getvalue(), end="")
print(list(csv.reader(out.getvalue().splitlines(), "report")))
print(list(csv.reader(["a\tb\tc"], "excel-tab")), list(csv.reader(['x,"y\nz"'.split("\n")[0] + "\n", 'z"\n'])))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
