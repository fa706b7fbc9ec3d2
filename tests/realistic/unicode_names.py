"""Character names, categories, widths and normalization with unicodedata (accent stripping, lookups)."""
import unicodedata as ud
for ch in "aZ5½é€ ⅧＡ\u0301😀\u00a0\t":
    print(repr(ch), ud.name(ch, "?"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.mirrored(ch),
          ud.east_asian_width(ch), repr(ud.decomposition(ch)), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))
print(ud.lookup("SNOWMAN"), ud.lookup("latin small letter a with acute"), ud.unidata_version)
s = "Ｃａｆé ﬁ ①"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, n, len(n), ud.is_normalized(form, s), [hex(ord(c)) for c in n][:6])
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.decimal("x"), lambda: ud.digit("x"),
            lambda: ud.numeric("x"), lambda: ud.normalize("NFX", "a"), lambda: ud.name("ab"), lambda: ud.category(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def strip_accents(t):
    return "".join(c for c in ud.normalize("NFD", t) if not ud.combining(c))
print(strip_accents("Crème Brûlée à São Paulo"), ud.name("😀"), ud.lookup("GREEK SMALL LETTER ALPHA"))


def display_width(text):
    return sum(0 if ud.combining(c) else 2 if ud.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text, width):
    return text + " " * (width - display_width(text))


rows = [("東京", "Tokyo", "日本"), ("Zürich", "Zurich", "Schweiz"), ("São Paulo", "Sao Paulo", "Brasil"),
        ("서울", "Seoul", "한국"), ("Ｒｏｍａ", "Rome", "Italia")]
widths = [max(display_width(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print("| " + " | ".join(pad(cell, w) for cell, w in zip(r, widths)) + " |")
counts = {}
for ch in "".join(cell for r in rows for cell in r):
    counts[ud.category(ch)] = counts.get(ud.category(ch), 0) + 1
print(sorted(counts.items()))
slug = lambda t: "-".join(strip_accents(ud.normalize("NFKC", t)).lower().split())
print([slug(r[0]) for r in rows])
print([ud.name(c).split()[0] for c in "Aα€中😀"], sum(ud.numeric(c) for c in "½¼¾⅓"))
