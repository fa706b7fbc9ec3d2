# The object model: edge cases of split, title, unicode digits, dict/set order after deletions, rounding.
print("a b  c ".split(None, 1), " a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","), "abc".split("abc"))
print("they're bill's".title(), "hello world".title(), "ǆemal".title(), "ß".capitalize(), "İ".lower(), len("İ".lower()))
print("x".join([]), "ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6), "%-5d|" % 3, "%+.2e" % 12345.678, "%#x %#o %#b" % (255, 8, 5) if False else "")
print(str(1e100), str(1.0e-100), 1e15, 1e16, 123456789.0, 0.000123, 1/3, -1/3, 2/3 * 3)
print(int("١٢٣"), float("１.５"), "٣".isdigit(), "½".isnumeric(), "Ⅻ".isnumeric(), "a\u0300".isalpha())
d = {}
for i in range(20): d[i] = i
for i in range(0, 20, 2): del d[i]
d[100] = 1; d[0] = 0
print(list(d), d.popitem(), list(d)[-3:])
s = set(range(10)); s.discard(5); s.add(50); s.add(5)
print(s, list(set([10, 9, 8, 100, 200, 1000])), {-1, -2, -3}, {1.5, 2.5}, set("abc") == {"a", "b", "c"})
print(sorted({5: 1, 3: 2}.items()), {1, 2, 3} - {2}, {1, 2} ^ {2, 3}, frozenset({1, 2}) | {3}, type(frozenset({1}) | {3}).__name__)
print([1, 2, 3].__len__(), (1).__add__(2), "a".__mul__(3), [].__class__, {}.__class__.__name__, int.__add__(1, 2), str.join(",", ["a", "b"]))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(filter(lambda x: x % 2, range(7))), next(iter([]), "default"), list(iter([1, 2, 3].pop, 1)))
x = [3, 1, 2]; y = sorted(x); x.sort(); print(x == y, x is y, sorted("bca"), sorted([(1, "b"), (1, "a")]), min("abc"), max([[1, 2], [1, 3]]))
print(round(-2.5), round(0.125, 2), round(2.5, 0), round(5, -1), round(15, -1), round(25, -1), int(-0.5), int(1e20), float(2**63))
print(divmod(2**64, 7), pow(-2, 3), pow(2, 0.5), (-8) ** (1/3) if False else 0, 7 ** 2 ** 2, -2 ** 2, (2**100) // (2**50), (2**100) % 1000, -(2**100) // 3)
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(0j), bool(None), bool(range(0)), bool(range(1)))
print(chr(0x1F600), ord("\U0001F600"), "\N{BULLET}", repr("\x7f\x80\xa0\xad"), repr("\u2028"), "\t".isprintable())
