# String formatting of tables: str.format with nested specs, f-strings, %-formatting.
rows = [
    ("apples", 3, 1.5, -2),
    ("kiwis", 12, 0.25, 17),
    ("watermelons", 1, 12.999, 0),
    ("dates", 250, 0.0333, -1234),
]
widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
name_w = max(len(r[0]) for r in rows)
for name, qty, price, delta in rows:
    print(f"|{name:<{name_w}}|{qty:>{widths[1] + 2}}|{price:>{8}.{2}f}|{delta:+{6}d}|{qty * price:^12.3e}|")
for name, qty, price, delta in rows:
    print("|{0:>{w}}|{1:0{z}d}|{2:.{p}%}|{3: }|".format(name, qty, price, delta, w=name_w, z=5, p=1))
for name, qty, price, delta in rows:
    print("|%-12s|%5d|%8.3f|%+06d|%x|%o|%e|" % (name, qty, price, delta, qty, qty, price))
print("%(name)s has %(n)03d items costing %(cost).2f" % {"name": "box", "n": 7, "cost": 3.14159})
print("%5s|%-5s|%.2s|%c|%c|%r|%a" % ("ab", "cd", "xyz", 65, "z", "q'", "é"))
print("%%|%5.1f%%|%#x|%#o|%X|%i|%u" % (99.44, 255, 8, 3054, -7, 42))
print("{:*^20}".format(" centred "), "{:=+10d}".format(42), "{:_>10,.1f}".format(1234567.891))
print("{:,}".format(10 ** 12), "{:_}".format(2 ** 40), "{:_x}".format(2 ** 40), "{:#_b}".format(255))
print("{0!r:>10}|{0!s:<10}|{0!a}".format("ñ"), "{:g}|{:G}|{:n}".format(1e-7, 2.5e20, 1234))
print("{:.3g} {:.3g} {:.3g} {:.0f} {:.0f} {:.0f}".format(0.0001234, 123456, 99.95, 0.5, 1.5, 2.5))
print("{:10.4s}|{:<8}|{:^8}|{:>8}".format("truncate", True, None, 3.0))
print(f"{'nested':{'^'}{12}}", f"{3.14159:{'.'}{3}}", f"{42:{'#'}{'x'}}", f"{-0.0:+.1f}")
data = {"a": [1, 2, {"k": "v"}], "b": (3, 4)}
print("{d[a][2][k]} {d[b][1]} {d[a][0]:>4}".format(d=data))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"


p = Point(3, 4)
print(f"{p}", f"{p:polar}", f"{p:>5}", "{0.x}-{0.y}".format(p), format(p, ".1f"))
print(f"{p.x=}", f"{p.y * 2 = }", f"{'q'!r:>5}", f"{{braces}}", f"{1_000_000:,d}")
header = ("item", "qty", "unit", "total")
line = "+".join("-" * w for w in (14, 6, 9, 11))
print(line)
print("|".join(f"{h:^{w}}" for h, w in zip(header, (14, 6, 9, 11))))
print(line)
for name, qty, price, _ in rows:
    print(f"{name:<14.14}|{qty:>6}|{price:>9.3f}|{qty * price:>11,.2f}")
print(line)
print("{:>{}}".format("auto", 8), "{}{}{}".format(*"abc"), "{1}{0}{1}".format("x", "y"))
for bad in ["{:d}", "{0:>{1}}", "{:z}", "{"]:
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
print(str.format_map("{x}-{y}", {"x": 1, "y": 2}), "a{0}b".format(*[7]))
