# Unicode-aware text handling: case mapping, width padding, translate, encode/decode with error handlers.
samples = ["straße", "ǅemal", "İstanbul", "ﬁne ﬂow", "Ωμέγα", "naïve café", "日本語テキスト", "emoji 😀👍🏽", "ʼn"]
for s in samples:
    print(f"{s!r:<18} upper={s.upper()!r} lower={s.lower()!r} casefold={s.casefold()!r} title={s.title()!r} len={len(s)}")
print([s.swapcase() for s in samples[:5]], "ß".upper(), "ẞ".lower(), "ΣΑΣ".lower(), "Σ".lower())
print([c.isalpha() for c in "aé1_ ٣"], [c.isdigit() for c in "1٣²½"], [c.isnumeric() for c in "1٣²½"], [c.isdecimal() for c in "1٣²½"])
print("ǅ".istitle(), "Hello World".istitle(), "ﬁ".isalpha(), " \t\u2003".isspace(), "abc".isidentifier(), "2x".isidentifier(), "ñame".isidentifier())
for s in ["café", "日本", "😀", "a\u0301"]:
    print(s, s.encode("utf-8"), s.encode("utf-16-le").hex(), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"),
          s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
raw = b"caf\xc3\xa9 \xff\xfe bad \xe2\x82"
print(raw.decode("utf-8", "replace"), raw.decode("utf-8", "ignore"), raw.decode("utf-8", "backslashreplace"), raw.decode("latin-1"))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
print("Grüße aus Köln, süß".translate(table))
print("hello world".translate(str.maketrans("lo", "01", "h")), str.maketrans("ab", "xy"))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "  padded  ".center(14, "·"), "x".ljust(4, "→") + "|")
print("tab\tseparated\tvalues".expandtabs(4), "line1\r\nline2\rline3\nline4\x0bline5".splitlines(), "a\u2028b".splitlines(True))
print("ΑΒΓ".lower().encode(), "ñ".center(5, "*"), "Ünïcödé".zfill(10), "-42".zfill(6), "%-6s|%6s" % ("日本", "ü"))
print(sorted(["éclair", "eclair", "Eclair", "zebra", "Zebra", "ähnlich"]), sorted(["b", "A", "a", "B"], key=str.casefold))
print(ord("€"), chr(0x1F600), hex(ord("ß")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(repr("\x00\x07\t\n\x7f\x80\u200b\ud800"), ascii("ñ😀"), "é".encode("utf-16-be"), b"\xff\xfe\xe9\x00".decode("utf-16"))
print(str(b"bytes", "ascii"), "abc".encode() == b"abc", bytes("ü", "utf-8"), "x".join("日本語"), "日本語"[::-1], "日本語".find("語"))
print("résumé".startswith(("ré", "re")), "ÉCOLE".lower().endswith("ole"), "straße".count("s"), "aàáâ".rindex("á"), "één".partition("é"))
words = "the Quick brown FOX".split()
print(" ".join(w.capitalize() for w in words), "-".join(w[::-1] for w in words), max(words, key=len), "{:^9}".format("中文"))
print(len("👍🏽"), [hex(ord(c)) for c in "👍🏽"], "🏳️‍🌈".encode("utf-8").hex(), len("🏳️‍🌈"))
for enc in ("utf-16", "utf-16-be", "utf-32-le", "latin-1"):
    data = "Zoë ☃".encode(enc, "replace")
    print(enc, data.hex(" "), repr(data.decode(enc, "replace")), len(data))
for blob in (b"\xe2\x82", b"ok\xffok", b"\xf0\x9f\x98\x80!"):
    for handler in ("replace", "backslashreplace", "surrogateescape", "ignore"):
        print(blob, handler, repr(blob.decode("utf-8", handler)))
try:
    b"\xe2\x82\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.object, e.encoding)
try:
    "x\ud800".encode("utf-16-le")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, repr(e.object), e.start, e.end)
print("\udcff".encode("utf-8", "surrogateescape"), "\ud83d".encode("utf-8", "surrogatepass"), "ü".encode("cp819"))
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)
