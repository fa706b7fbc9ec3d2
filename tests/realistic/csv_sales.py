"""Parse CSV sales data from a string, aggregate it and write CSV reports."""
import csv
import io
import sys
from collections import defaultdict

DATA = '''date,region,product,units,price,note
2024-03-01,north,widget,12,2.50,
2024-03-01,south,"gadget, large",3,19.99,"said ""urgent"""
2024-03-02,north,widget,7,2.50,repeat customer
2024-03-02,east,gizmo,20,7.00,"multi
line note"
2024-03-03,south,widget,15,2.25,  spaced
2024-03-03,west,gizmo,,7.00,missing units
2024-03-04,east,"gadget, large",1,19.99,
'''

rows = list(csv.reader(io.StringIO(DATA)))
print(len(rows), rows[0])
for row in rows[1:]:
    print(row)

totals = defaultdict(float)
units = defaultdict(int)
problems = []
for rec in csv.DictReader(io.StringIO(DATA)):
    try:
        n = int(rec["units"])
    except ValueError:
        problems.append((rec["date"], rec["region"], rec["note"]))
        continue
    totals[rec["region"]] += n * float(rec["price"])
    units[rec["product"]] += n
print(dict(totals), dict(units), problems)

out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "revenue", "share"])
grand = sum(totals.values())
for region, revenue in sorted(totals.items(), key=lambda kv: -kv[1]):
    w.writerow([region, round(revenue, 2), f"{revenue / grand:.1%}"])
w.writerow(["total", grand, None])
w.writerow(['quote "me"', "a,b", "line\nbreak", ""])
w.writerow([""])
print(repr(out.getvalue()))

dw = csv.DictWriter(sys.stdout, fieldnames=["product", "units", "flag"], restval="-", lineterminator="\n")
dw.writeheader()
for product, n in sorted(units.items()):
    dw.writerow({"product": product, "units": n})
try:
    dw.writerow({"product": "x", "color": "red"})
except ValueError as e:
    print("ValueError:", e)

tsv = "a\tb\tc\n1\t2\t3\n"
print(list(csv.reader(io.StringIO(tsv), dialect="excel-tab")), list(csv.reader(["x;y;'z;w'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['a, b, "c"'], skipinitialspace=True)), list(csv.reader(["1,2.5,x"], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
nn = io.StringIO()
csv.writer(nn, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows([[1, 2.5, "x", None], ["y", True, 3]])
csv.writer(nn, quoting=csv.QUOTE_ALL, lineterminator="|").writerow([1, "b"])
csv.writer(nn, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerow(["a,b", 'q"'])
print(repr(nn.getvalue()))
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|b|c"], "pipes")), csv.get_dialect("pipes").delimiter)
for bad in ['a,"b', 'a,"b"c,d']:
    print(list(csv.reader([bad])))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error:", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
r = csv.reader(io.StringIO(DATA))
for _ in r:
    pass
print(r.line_num)
