# A CSV sales report with io.StringIO and csv: read, aggregate, write back.
import csv
import io

DATA = """region,rep,product,units,price
North,Ann,Widget,12,2.50
North,Ann,Gadget,3,10.00
South,"Bob, Jr.",Widget,20,2.40
South,"Bob, Jr.",Gizmo,1,99.99
East,Cleo,"Widget ""XL""",5,4.00
North,Dev,Gizmo,2,95.00
East,Cleo,Gadget,7,9.50
"""

reader = csv.DictReader(io.StringIO(DATA))
print("fields:", reader.fieldnames)
rows = []
for row in reader:
    row["units"] = int(row["units"])
    row["price"] = float(row["price"])
    rows.append(row)
    print(f"{row['region']:<6}{row['rep']:<10}{row['product']:<12}{row['units']:>4}{row['price']:>8.2f}")

by_region = {}
for row in rows:
    r = by_region.setdefault(row["region"], {"units": 0, "revenue": 0.0, "reps": []})
    r["units"] += row["units"]
    r["revenue"] += row["units"] * row["price"]
    if row["rep"] not in r["reps"]:
        r["reps"].append(row["rep"])

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "units", "revenue", "reps"])
for region in sorted(by_region):
    r = by_region[region]
    writer.writerow([region, r["units"], f"{r['revenue']:.2f}", ";".join(r["reps"])])
print(out.getvalue(), end="")

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["product", "note"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
w.writerow({"product": 'Widget "XL"', "note": "line1\nline2"})
w.writerow({"product": "plain", "note": 3.5})
print(out.getvalue(), end="")
print(list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))

tsv = "a\tb\tc\n1\t2\t3\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
print(list(csv.reader(["x;'y;z';w"], delimiter=";", quotechar="'")))

buf = io.StringIO()
buf.write("first line\n")
buf.write("second line\n")
print(buf.tell(), repr(buf.getvalue()))
buf.seek(0)
print(buf.readline(), end="")
print(buf.read())
print([line.rstrip() for line in io.StringIO("a\nb\n\nc")])
