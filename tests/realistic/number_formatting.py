"""A financial report exercising the format mini-language on ints, floats and custom types."""
values = [0, 7, -7, 1234.5, -1234.5, 0.000123456, 123456789.987654321, 1e-10, 2.5e15, 1 / 3, -0.0, 100.0]
specs = ["", "10", "<10", "^10", ">+10", "010.2f", ",.2f", "_.3f", ".3e", ".4g", "g", "%", ".1%", "+.0f", " .2f",
         "=+12.3f", "#.0f", "#g", ".10g", "e", "F", "E", "G", "*^14.2f", "-^9"]
for spec in specs:
    cells = []
    for v in values[:8]:
        try:
            cells.append(format(v, spec))
        except ValueError as e:
            cells.append(f"!{e}")
    print(f"{spec!r:>10}: " + " | ".join(cells))
ints = [0, 1, -1, 255, 65535, -65536, 10 ** 12, 2 ** 64 + 1]
for spec in ["d", "5d", "+d", ",", "_", "x", "#x", "X", "#o", "b", "#010b", "08x", "_x", "n", "c", "e", ".2f", "%", "^+9,"]:
    cells = []
    for v in ints:
        try:
            cells.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            cells.append(f"!{type(e).__name__}")
    print(f"{spec!r:>8}: " + " ".join(cells))
print(format(True, "d"), format(True, ""), format(None, ""), format("text", ">8"), format("text", ".2"))
for bad in [(1.5, "d"), ("s", "d"), (5, "s"), (1, ",,"), (1.0, "=s"), ("x", "="), (3, ".2s"), (1, "z")]:
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
ledger = [("rent", -1500), ("salary", 4250.5), ("groceries", -312.77), ("refund", 19.99), ("interest", 0.43)]
balance = 0
print(f"{'item':<12}{'amount':>12}{'balance':>14}")
for item, amount in ledger:
    balance += amount
    print(f"{item:<12}{amount:>+12,.2f}{balance:>14,.2f}")
print(f"{'=' * 38}\n{'net':<12}{sum(a for _, a in ledger):>12,.2f}{balance:>14.2e}")
print("%5.1f%% | %-8s| %+05d | %x | %o | %e | %g | %G | %r | %c" % (45.678, "ok", 42, 3054, 8, 0.000314, 1e20, 1e-20, "q", 9731))
print("%(name)s owes %(amt).2f (%(pct)d%%)" % {"name": "Bo", "amt": 12.5, "pct": 40}, "%s %s" % ((1, 2), [3]))
print("{:{fill}{align}{width}.{prec}f}".format(3.14159, fill="~", align="^", width=12, prec=3))
print("{0:>{1}} {0:<{1}}|".format("ab", 5), "{!r:^12}".format("q"), "{:08.3f}".format(-3.14159))


class Temperature:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        unit = spec[-1] if spec and spec[-1] in "CF" else "C"
        num_spec = spec[:-1] if spec and spec[-1] in "CF" else spec
        value = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(value, num_spec or ".1f") + "°" + unit


t = Temperature(21.5)
print(f"{t} {t:F} {t:.3C} {t:>10.0F}", "{:.2F}".format(t), format(t))
print(round(2.675, 2), f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1e22:.0f}", f"{123456789012345678:e}")
print(f"{1234567.0:n}", f"{-1e-7:g}", f"{float('inf'):+f}", f"{float('nan'):10.3f}|", f"{-float('inf'):e}")
print(f"{12:#b} {12:#o} {12:#X} {-12:#x} {3.0:#.3g} {1e5:#g}", f"{10**20:,}", f"{-10**20:_}")
