"""string.Template mail merge, string constants, and str methods on real data."""
import string
from string import Template

letter = Template("""Dear $title $name,

Your order #$order_id of ${count} item(s) ships on $date.
The total is $$$total.
$signoff""")

customers = [
    {"title": "Ms.", "name": "Ada", "order_id": 1001, "count": 3, "date": "May 4", "total": "42.50"},
    {"title": "Dr.", "name": "Grace", "order_id": 1002, "count": 1, "date": "May 5", "total": "9.99"},
]
for c in customers:
    print(letter.substitute(c, signoff="-- the shop"))
    print("=" * 30)
print(letter.safe_substitute(name="Nobody"))
try:
    letter.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(Template("$a$b ${a}x").substitute(a=1, b=2), Template("$who").template, letter.get_identifiers())
print(Template("ok").is_valid(), Template("$").is_valid())


class Percent(Template):
    delimiter = "%"


print(Percent("100%% of %who").substitute(who="us"))
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("  hello   big wide world "), string.capwords("a-b-c", "-"))

table = str.maketrans("abc", "xyz", "!")
print("a black cat!".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] +
                      string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
secret = "Why did the chicken cross the road?".translate(rot13)
print(secret, secret.translate(rot13))
csv_line = 'name, age ,city,, "quoted"'
fields = [f.strip().strip('"') for f in csv_line.split(",")]
print(fields, "|".join(fields), csv_line.partition(","), csv_line.rpartition(","))
print("CamelCaseString".casefold(), "ß".upper(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("x".isidentifier(), "1x".isidentifier(), "٣".isdigit(), "½".isnumeric(), "abc".isalpha(), " ".isspace())
print("line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(keepends=True))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "test".center(11, "*"), "prefix_name".removeprefix("prefix_"))
print("hello world".find("o"), "hello world".rfind("o"), "hello".index("l"), "hello".count("l"), "abc" * 3)
print("%-10s|%10s|" % ("left", "right"), "{:^9}".format("mid"), "tab\tsep".expandtabs(), "done".endswith(("ne", "x")))
words = "the rain in spain falls mainly on the plain".split()
print(sorted(set(words), key=words.index), max(words, key=len), " ".join(w[::-1] for w in words))
print("".join(c for c in "H3ll0 W0rld" if c.isalpha()), "-".join(map(str, range(5))), "é".encode(), "日本".encode("utf-8"))
print(b"caf\xc3\xa9".decode(), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), ascii("naïve ☃"))
