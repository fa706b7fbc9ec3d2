"""A bank of string formatting: f-strings, str.format, %-formatting, textwrap, tables."""
import textwrap

values = [0, 1, -1, 3.14159, -2.5e-7, 1234567.891, 1e21, float("inf"), float("nan"), 2 ** 70]
for v in values:
    print(f"{v!r:>25} | {v:>14.3g} | {v:<12} | {v!s:^20}|")

for v in [42, -42, 255, 3.5]:
    if isinstance(v, int):
        print(f"{v:d} {v:+d} {v:x} {v:#X} {v:o} {v:#b} {v:08d} {v:,} {v:_b} {v:c}" if v > 0 else f"{v:d} {v:+d} {v:x} {v:#o}")
    else:
        print(f"{v:f} {v:e} {v:E} {v:%} {v:.0f} {v:010.3f} {v:+.2e} {v:g}")

print(f"{1234567.891:,.2f} {1234567:_} {0.000123:.2%} {12.5:=+10.1f} {-12.5:=10.1f}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':*^11}|{'x':->5}")
name, width = "pytier", 12
print(f"{name:{width}}|{name:>{width}}|{name!r}|{name.upper()=}")
print(f"{3 + 4 = }", f"{'nested {braces}'}", f"{{literal}}", f"{[1, 2][1]}")
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age:>3} years".format(name="Ann", age=7), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:>8.3f}|{:<8}|{:^8}".format(3.14159, "ab", "cd"), "{!r} {!a}".format("é", "é"))
print("%s %r %d %5.2f %-6s| %x %o %e %%" % ("str", "repr", 42, 3.14159, "pad", 255, 8, 12345.678))
print("%(a)s and %(b)05d" % {"a": "alpha", "b": 42}, "%c%c" % (72, "i"), "%+.3d" % 7)
print("%10.4s|" % "truncate", "%-10s|" % "x", "%*d" % (6, 42), "%g %g" % (1e-5, 123456789.0))

rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 4.0), ("kiwi", 7, 0.8)]
header = ("fruit", "qty", "price", "total")
widths = [10, 5, 7, 9]
print(" ".join(h.center(w) for h, w in zip(header, widths)))
print(" ".join("-" * w for w in widths))
for fruit, qty, price in rows:
    print(fruit.ljust(10), str(qty).rjust(5), f"{price:7.2f}", f"{qty * price:9.2f}")
print("total".ljust(10), str(sum(r[1] for r in rows)).rjust(5), " " * 7,
      f"{sum(q * p for _, q, p in rows):9.2f}")

text = ("The Light tier is our own Python 3.11 implementation in C++. It aims at CPython's exact "
        "output, exception messages included, at CPython's speed, in one small binary.")
print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, 30)[:3])
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.dedent("""
        def f():
            return 1
    """))
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print("abc".zfill(6), "-42".zfill(6), "tab\there".expandtabs(4), "Hello World".swapcase())
print("  strip me  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split())
print("Title case words".title(), "snake_case_name".replace("_", " ").capitalize())
print(", ".join(f"{k}={v!r}" for k, v in {"a": 1, "b": "two", "c": None}.items()))
print(format(123.456, ".1f"), format(255, "08b"), format("s", "^5"), format(10 ** 20, ".3e"))
print(str.format("{:,}", 10 ** 12), "{:.3}".format("abcdef"), "{:=^20}".format(" menu "))
print(f"{True!s:>6} {None!r:>6} {b'by':>6} {(1, 2)!s:>8}")
