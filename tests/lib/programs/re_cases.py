import re

CASES = [
    (r"abc", "xxabcxx"), (r"a.c", "a\nc abc"), (r"a.c", "a\nc"), (r"^abc$", "abc\n"), (r"^abc\Z", "abc\n"),
    (r"\Aabc", "abc"), (r"a*", "aaa"), (r"a*?", "aaa"), (r"a+?b", "aaab"), (r"a{2}", "aaaa"), (r"a{2,}", "aaaaa"),
    (r"a{,2}", "aaaa"), (r"a{1,3}?", "aaaa"), (r"a{3,5}", "aa aaa aaaaaaa"), (r"x{0}y", "xy"), (r"a{", "a{"),
    (r"a{1", "a{1"), (r"a{x}", "a{x}"), (r"{}", "{}"), (r"a{}", "a{}"), (r"a{,}", "aaa"),
    (r"(a)(b)?", "ac"), (r"(a|b)*c", "abac"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"((a)|b)+", "ab"),
    (r"(a*)+", "b"), (r"(a*)*", "b"), (r"(a|)+", "aa"), (r"(?:a|b)+", "abba"), (r"(?P<x>a)(?P=x)", "aa"),
    (r"(a)\1", "aa ab"), (r"(\w+) \1", "hello hello world"), (r"(?i)(a)\1", "aA"),
    (r"\d+", "ab 123 45"), (r"\D+", "ab 123"), (r"\s+", "a \t\n b"), (r"\S+", "  ab  "), (r"\w+", "héllo wörld_1"),
    (r"\W+", "a, b!"), (r"\bfoo\b", "foo foobar afoo foo"), (r"\Bo\B", "foo boo"), (r"\b", ""), (r"\B", ""),
    (r"[abc]+", "xxabcaxx"), (r"[^abc]+", "abcxyzabc"), (r"[a-z0-9]+", "ABC abc123 DEF"), (r"[\d\s]+", "a1 2 3b"),
    (r"[\w-]+", "foo-bar baz"), (r"[]a]+", "a]a]"), (r"[^]a]+", "a]bcd"), (r"[a\-z]+", "a-z"), (r"[-a]+", "-a-"),
    (r"[a-]+", "a--"), (r"[\]]", "]"), (r"[\\]", "\\"), (r"[.]", "a.b"), (r"[\n]", "a\nb"), (r"[\x41-\x43]+", "ABCD"),
    (r"[\u00e9]", "café"), (r"\x41\u0042\U00000043", "ABC"), (r"\101\0", "A\0"), (r"\t\n\r\f\v\a", "\t\n\r\f\v\a"),
    (r"(?i)hello", "HeLLo"), (r"(?i)[a-c]+", "ABCabc"), (r"(?i)straße", "STRASSE straße"), (r"(?i)k", "\u212a"),
    (r"(?i)[^a]", "A"), (r"(?s).+", "a\nb"), (r"(?m)^\w+$", "one\ntwo\nthree"), (r"(?m)^", "a\nb\n"),
    (r"(?m)$", "a\nb\n"), (r"$", "a\nb\n"), (r"(?x) a b # comment\n c", "abc"), (r"(?x)[ ]a", " a"),
    (r"(?i:a)b", "Ab AB"), (r"a(?i:b)c", "aBc abC"), (r"(?-i:a)b", "ab"), (r"(?a)\w+", "héllo"),
    (r"(?=a)\w+", "ba ab"), (r"(?!a)\w+", "ab ba"), (r"(?<=a)b", "ab cb"), (r"(?<!a)b", "ab cb"),
    (r"(?<=(a))b", "ab"), (r"(?=(\w+))\w", "abc"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"a++b", "aab"),
    (r"a*+a", "aaa"), (r"a?+a", "a"), (r"(?:ab){2,3}+", "abababab"), (r"(a)?(?(1)b|c)", "ab c"),
    (r"(?P<q>')?\w+(?(q)')", "'quoted' bare"), (r"(a)|(b)", "b"), (r"(?P<one>a)|(?P<two>b)", "b"),
    (r"((a)b)", "ab"), (r"(a)(b)(c)", "abc"), (r"x*", "abxd"), (r"", "abc"), (r"\b\w", "hello big world"),
    (r"(?#comment)abc", "abc"), (r"a|b|c", "xcba"), (r"ab|cd|ef", "xxefcdab"), (r"(ab|a)(bc|c)", "abc"),
    (r"a.*b", "axxbxxbxx"), (r"a.*?b", "axxbxxb"), (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"),
    (r"\d{3}-\d{4}", "call 555-1234 now"), (r"(\d+)\.(\d+)", "v 3.14 and 2.71"), (r"[A-Z][a-z]+", "Hello World Foo"),
    (r"(\w+)@(\w+)\.com", "a@b.com, c@d.com"), (r"^\s*$", "   "), (r"(a+)(b+)?", "aaa"), (r".", ""),
    (r"(?s:.)", "\n"), (r"[^\n]+", "ab\ncd"), (r"a\Z", "a\n"), (r"a$", "a\n"), (r"\$\d+", "cost $15"),
    (r"(?:(?:a|b)c)+", "acbcac"), (r"(a(b(c)))", "abc"), (r"(?P<a>x)(?P<b>y)?", "x"), (r"\(\)", "()"),
]

FLAGGED = [
    (r"hello", "HELLO", re.I), (r"^b", "a\nb", re.M), (r"a.b", "a\nb", re.S), (r"a b", "ab", re.X),
    (r"\w+", "héllo", re.A), (r"[a-z]+", "ABC", re.I | re.A), (r"é", "É", re.I), (r"é", "É", re.I | re.A),
    (r"^\w+$", "one\nTwo", re.M | re.I),
]

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for pattern, subject in CASES:
    p = re.compile(pattern)
    print(repr(pattern), repr(subject), p.groups, p.match(subject), p.search(subject), p.fullmatch(subject))
    m = p.search(subject)
    if m:
        print("  ", m.group(), m.groups(), m.groupdict(), m.span(), m.lastindex, m.lastgroup, m.regs)
    print("  ", p.findall(subject), [m.span() for m in p.finditer(subject)])
    print("  ", p.split(subject), p.subn("<\\g<0>>", subject))

for pattern, subject, flags in FLAGGED:
    p = re.compile(pattern, flags)
    print(repr(p), p.flags, p.findall(subject), p.search(subject))

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>|\g<1>|\g<0>]", "ab cd"))
print(re.sub(r"a", r"\n\t\\", "xax"), repr(re.sub(r"a", "\\0", "a")), repr(re.sub("(a)", r"\1\060", "a")))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"x", "-", "xxxx", count=2), re.subn(r"x", "-", "xxxx", 3), re.sub(r"", "-", "abc"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a|(b)", lambda m: str(m.group(1)), "ab"))
print(re.split(r"\s+", "a b  c   d", maxsplit=2), re.split(r"(\s)(x)?", "a b"), re.split(r"\b", "a b"))
print(re.split(r"x*", "axbc"), re.split(r"(?=b)", "abab"), re.split(",", ""), re.split("(,)", ",a,"))
print(re.findall(r"(\w)(\d)?", "a1b c2"), re.findall(r"", "ab"), re.findall(r"\b", "ab cd"))
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q\tr"), re.escape(b"a.b\xff"), re.escape("über-ß"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?", "on 2024-05 ok")
print(m.group(0, 1, "mon"), m.groups("?"), m.groupdict("-"), m.start("mon"), m.end(3), m.span("day"))
print(m.expand(r"\g<mon>/\g<year> \2"), m["year"], m.pos, m.endpos, m.string, m.re)
print(re.compile(r"\d+").search("ab12cd345", 3), re.compile(r"\d+").search("ab12cd345", 3, 7))
print(re.compile(r"^a").search("ba", 1), re.compile(r"(?m)^a").search("b\na", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"\d+").findall("1 22 333", 2), re.compile(r"\w").match("ab", 1), re.compile("b").fullmatch("abc", 1, 2))
print(re.match(b"a+", b"caaa"), re.search(b"a+", b"caaa"), re.findall(rb"\w+", b"hi there \xe9"), re.sub(b"a", b"b", b"aXa"))
print(re.search(rb"(?i)\xe9", b"\xc9"), re.compile(b"x", re.I))
print(re.search("a" * 300, "a" * 300))
print(re.compile("x" * 250), re.compile("a\nb"), re.compile("'\""), re.I | re.M | re.S, re.A | 0x1000, ~re.I, re.NOFLAG)
print(str(re.I), int(re.X), re.I.name, re.I.value, re.I == 2, re.compile("a") == re.compile("a"), re.compile("a", re.I).flags)
print(re.compile("a").groupindex, re.compile("(?P<n>a)(?P<m>b)").groupindex)
print(re.search(r"(?i)ǅ", "ǆ"), re.match(r"(?i)[ǅ]", "Ǆ"), re.match(r"(?i)ſ", "S"), re.match(r"(?i)[k]", "K"))
print(re.match(r"\d", "٣"), re.match(r"(?a)\d", "٣"), re.match(r"\s", "\u2003"), re.match(r"\w", "\u00aa"))
print(re.match(r"[\s\S]+", "a\nb"), re.match(r"[^\W\d]+", "ab1"), re.match(r"[\D]+", "ab1"))

long_text = "ab" * 20000 + "c"
print(re.search(r"c", long_text).span(), len(re.findall(r"ab", long_text)), re.match(r"(?:ab)*c", long_text).end())
print(re.match(r"(a|b)*c", long_text).end(), re.match(r".*c", long_text).end(), re.search(r"(\w)\1", "abccd"))

bad = ["(", ")", "a)", "[a", "[a-", "a**", "a*+?", "*a", "+", "?", "{1}", "a{2,1}", "(?P<1>a)", "(?P<a>a)(?P<a>b)",
       "(?P=x)", "(?P<x", "(?P", "(?Px)", "(?<x)", "(?", "(?z)", r"\1", r"(a)\2", r"\q", r"[\q]", r"\x1", r"\u12",
       r"\U00110000", r"\N{NO SUCH}", "[z-a]", r"[\d-z]", "(?<=a+)b", "(?<=a|bc)d", "a(?i)b", "(?i", "(?i-", "(?-i)",
       "(?i-i:a)", "(?iz:a)", "(?#abc", "(?(1)a|b|c)", "(?(x)a)", "(?(0)a)", "(?(a-b)x)", r"(a\1)", "(?P<n>a(?P=n))",
       "x{4294967296}", "\\", "a\n)b", "(?L)a", "(?au:a)", r"\400", "[", "[]", "[^]", "(?<=(?P<g>a)(?P=g))b", "(?P=)",
       "(?P<>a)", "(?P<a-b>x)", r"(?x)a b)", "(?ai)", "(?<", "(?-)"]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, OverflowError) as e:
        print(repr(pattern), type(e).__name__, e)
for template in [r"\3", r"\g<x>", r"\g<1", r"\g<-1>", r"\g", r"\q", "\\"]:
    show(template, lambda: re.sub("(a)", template, "a"))
show("bytes pattern str", lambda: re.match(b"a", "a"))
show("str pattern bytes", lambda: re.match("a", b"a"))
show("int subject", lambda: re.match("a", 5))
show("int pattern", lambda: re.compile(5))
show("flags on compiled", lambda: re.compile(re.compile("a"), re.I))
show("no such group", lambda: re.match("(a)", "a").group(2))
show("no such name", lambda: re.match("(a)", "a").group("x"))
show("repl type", lambda: re.sub("a", b"b", "a"))
show("locale str", lambda: re.compile("a", re.L))
show("ascii unicode", lambda: re.compile("a", re.A | re.U))
show("compiled same", lambda: re.compile(re.compile("a")) is re.compile("a"))
re.purge()
print(re.error("msg"), re.error("msg", "pat", 1), re.error.__module__, issubclass(re.error, Exception))
print([m.pos for m in re.finditer("a", "aaa", )], [m.pos for m in re.compile("a").finditer("aaaa", 1)])
s = re.compile(r"\d").scanner("12a3"); print(s.match(), s.match(), s.match(), s.match(), s.search())
s = re.compile(r"\d").scanner("12a3"); print(s.search(), s.search(), s.search(), s.search())
s = re.compile(r"x*").scanner("axx"); print(s.search(), s.search(), s.search(), s.search(), s.search())
def s_ident(scanner, token): return token
def s_operator(scanner, token): return "op%s" % token
def s_float(scanner, token): return float(token)
def s_int(scanner, token): return int(token)
scanner = re.Scanner([(r"[a-zA-Z_]\w*", s_ident), (r"\d+\.\d*", s_float), (r"\d+", s_int), (r"=|\+|-|\*|/", s_operator), (r"\s+", None)])
print(scanner.scan("sum = 3*foo + 312.50 + bar ?x"))
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.compile("[[a]")
    re.compile("(?:[a&&b])")
    re.search("((x[a||b]))", "x|")
    re.compile("[a~~b]")
    re.compile("[a-z--]")
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
text = "alpha,beta,gamma;delta " * 50
print(re.split(",", text)[:5], len(re.sub("beta", "BETA", text)), len(re.findall("ga", text)))
print(re.match("alp", text), re.fullmatch("ab", "ab"), re.fullmatch("ab", "abc"), re.search("zz", text), re.compile("ab").search("xxab", 1, 3), re.compile("ab").search("xxab", 1, 4))
print(re.sub("a", "", "banana"), re.split("a", "banana", 1), re.subn("na", "NA", "banana"), list(re.finditer("an", "banana"))[1].span())
