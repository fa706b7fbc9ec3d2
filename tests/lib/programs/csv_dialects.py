# csv: the reader's state machine, the writer's quoting, dialects, DictReader/DictWriter and the errors.
import csv
import io
from fractions import Fraction

samples = ['a,b,c\r\n1,2,3\r\n', 'a,"b,c",d\n', '"quoted ""inner"" text",x\n', '"multi\nline",y\n', 'sp, lead,  two\n',
           ',,\n', '\n', 'a\n\nb\n', '"unterminated\n', 'x,"a"b,c\n', 'esc\\,aped,\\\\x\n', '"q\\"x",y\n', 'tab\there\n',
           'a;b;"c;d"\n', 'end,\r\n', '"",""\n', 'a,b\rc,d\n', 'nul\0char,1\n', '1,2.5,abc\n', 'trailing\\\n', 'x' * 5 + ',' + '"' + 'y']
variants = [{}, {"skipinitialspace": True}, {"escapechar": "\\"}, {"delimiter": ";"}, {"doublequote": False, "escapechar": "\\"},
            {"quoting": csv.QUOTE_NONE}, {"strict": True}, {"quoting": csv.QUOTE_NONNUMERIC}, {"quotechar": "'"},
            {"dialect": "excel-tab"}, {"dialect": "unix"}, {"quotechar": None}]
for text in samples:
    print(repr(text))
    for options in variants:
        r = csv.reader(io.StringIO(text, newline=""), **options)
        try:
            rows = list(r)
        except (csv.Error, ValueError) as e:
            rows = f"{type(e).__name__}: {e}"
        print("   ", options, rows, r.line_num)
print(list(csv.reader(["a,b", "c,d"])), list(csv.reader(['"split', 'over lines"', "z"])))

rows = [["plain", "with,comma", 'with "quote"', "new\nline", "", None, 3, 2.5, Fraction(1, 3), True, "tab\there", "cr\rx"],
        [""], [], ["single"], [" space ", "semi;colon"]]
for options in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
                {"doublequote": False, "escapechar": "\\"}, {"delimiter": ";", "lineterminator": "\n"},
                {"dialect": "unix"}, {"dialect": "excel-tab"}, {"quotechar": "'", "lineterminator": "|"}]:
    out = io.StringIO()
    w = csv.writer(out, **options)
    for row in rows:
        try:
            print(w.writerow(row), end=" ")
        except csv.Error as e:
            print("Error:", e, end=" ")
    print()
    print("   ", options, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out).writerows([[1, 2], (3, 4), "ab", range(3)])
print(repr(out.getvalue()))

for options in [{"delimiter": ""}, {"delimiter": 5}, {"delimiter": "ab"}, {"quotechar": 5}, {"quotechar": ""},
                {"escapechar": "ab"}, {"escapechar": 5}, {"lineterminator": 5}, {"quoting": 9}, {"quoting": "x"},
                {"delimiter": None}, {"bogus": 1}, {"quotechar": None, "quoting": csv.QUOTE_ALL}]:
    try:
        csv.reader([], **options)
        print(options, "ok")
    except TypeError as e:
        print(options, "TypeError", e)


def attempt(f):
    try:
        print("   ", f())
    except Exception as e:
        print("   ", type(e).__name__, e)


attempt(lambda: csv.writer(5))
attempt(lambda: csv.get_dialect("nope"))
attempt(lambda: csv.unregister_dialect("nope"))
attempt(lambda: csv.register_dialect(5))
attempt(lambda: csv.writer(io.StringIO()).writerow(5))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt(lambda: list(csv.reader([b"a"])))
attempt(lambda: list(csv.reader(["a,b\rc"])))
attempt(lambda: csv.field_size_limit("x"))
attempt(lambda: (csv.field_size_limit(5), list(csv.reader(["abcdefgh"]))))
attempt(lambda: csv.field_size_limit(131072))
d = csv.get_dialect("excel")
print(type(d).__name__, d.delimiter, repr(d.lineterminator), d.quoting, d.escapechar, d.strict, d.doublequote, d.skipinitialspace)
attempt(lambda: setattr(d, "delimiter", ";"))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
csv.register_dialect("semi", "excel", delimiter=";")
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, csv.get_dialect("pipes").quoting)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
csv.writer(out, csv.excel_tab).writerow(["a", 1])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))


class Partial(csv.Dialect):
    delimiter = ";"


class Whole(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


attempt(Partial)
attempt(lambda: type(Whole()).__name__)
attempt(lambda: csv.writer(io.StringIO(), Whole).dialect.delimiter)

data = "name,age,city\r\nAda,36,London\r\nAlan,41\r\n\r\nGrace,85,Arlington,VA,USA\r\n"
dr = csv.DictReader(io.StringIO(data, newline=""))
print(dr.fieldnames, dr.line_num)
for record in dr:
    print(record, dr.line_num)
dr = csv.DictReader(data.splitlines(), fieldnames=["n", "a"], restkey="more", restval="?")
print(list(dr))
print(list(csv.DictReader(io.StringIO(""))), csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, ["name", "age"], restval="n/a")
print(dw.writeheader())
dw.writerow({"name": "Ada", "age": 36})
dw.writerows([{"name": "Alan"}, {"age": 1}])
attempt(lambda: dw.writerow({"name": "x", "zip": 1}))
csv.DictWriter(out, ["name"], extrasaction="ignore").writerow({"name": "y", "zip": 2})
print(repr(out.getvalue()))
attempt(lambda: csv.DictWriter(out, ["a"], extrasaction="x"))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__, issubclass(csv.Error, Exception))
print(type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__)
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n4;5;6\n")
print(sniffed.delimiter, sniffed.quotechar, csv.Sniffer().has_header("name,age\nada,36\nalan,41\n"))
