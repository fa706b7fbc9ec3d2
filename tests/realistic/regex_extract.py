"""Extract structured records from free text with verbose regexes, named groups and callbacks."""
import re

TEXT = """
Order #A-1001 placed 2024-03-05 by Jane Doe <jane.doe@example.com>, total $1,234.50 (3 items)
Order #B-2002 placed 2024-03-07 by bob <BOB@Example.ORG>, total $99.00 (1 item)
Invalid line with order # missing
Order #C-3003 placed 2024-13-40 by Eve <eve@bad>, total $0.99 (12 items)
Refund for #A-1001 on 2024-03-09: $200.00
"""

ORDER = re.compile(r"""
    Order\s+\#(?P<id>[A-Z]-\d{4})\s+
    placed\s+(?P<date>(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d))\s+
    by\s+(?P<name>[^<]+?)\s+<(?P<email>[^>]+)>,\s+
    total\s+\$(?P<total>[\d,]+\.\d\d)\s+
    \((?P<count>\d+)\s+items?\)
""", re.VERBOSE)
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", re.IGNORECASE)

orders = []
for m in ORDER.finditer(TEXT):
    rec = m.groupdict()
    rec["total"] = float(rec["total"].replace(",", ""))
    rec["count"] = int(rec["count"])
    rec["valid_email"] = bool(EMAIL.match(rec["email"]))
    rec["valid_date"] = 1 <= int(rec["m"]) <= 12 and 1 <= int(rec["d"]) <= 31
    orders.append(rec)
    print(m.group("id"), m.span(), m.start("email"), m.end("total"), m.lastgroup, m.lastindex)
for rec in orders:
    print({k: rec[k] for k in ("id", "name", "email", "total", "count", "valid_email", "valid_date")})
refunds = re.findall(r"Refund for #([A-Z]-\d+) on (\S+): \$([\d.]+)", TEXT)
print(refunds)
masked = re.sub(r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", lambda m: m["user"][0] + "***@" + m["host"].lower(), TEXT)
print(masked.strip().splitlines()[0])
print(re.sub(r"\$([\d,]+\.\d\d)", r"USD \1", "cost $1,000.00 and $5.25"))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", "2024-03-05 to 2024-03-07"), re.subn(r"\s+", " ", "a  b \n c"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"))
print(re.findall(r"\b\w+(?=ing\b)", "running jumping sing king"), re.findall(r"(?<=\$)\d+", "$10 and $20"))
print(re.search(r"(\w+)\s+\1", "this is is a test").group(), re.fullmatch(r"[A-Z]-\d{4}", "A-1001") is not None)
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups(default="-"), re.I | re.M)
pat = re.compile(r"(?i)order")
print(len(pat.findall(TEXT)), pat.pattern, pat.flags & re.I != 0, pat.groups, ORDER.groupindex["id"])
tokens = re.findall(r"\d+\.\d+|\d+|[A-Za-z_]\w*|[-+*/()=]", "x1 = 3.14 * (radius + 2) / y")
print(tokens)
print(re.escape("a.b*c"), re.sub(r"(?m)^", "> ", "one\ntwo"), repr(re.sub(r"\n$", "", "end\n")))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
