# A unit-conversion DSL with re and fractions: "3/2 mi in km", "20 C in F".
import re
from fractions import Fraction

UNITS = {
    "m": ("length", Fraction(1)), "km": ("length", Fraction(1000)),
    "cm": ("length", Fraction(1, 100)), "in": ("length", Fraction(254, 10000)),
    "ft": ("length", Fraction(3048, 10000)), "mi": ("length", Fraction(1609344, 1000)),
    "g": ("mass", Fraction(1)), "kg": ("mass", Fraction(1000)),
    "lb": ("mass", Fraction(45359237, 100000)), "oz": ("mass", Fraction(45359237, 1600000)),
    "s": ("time", Fraction(1)), "min": ("time", Fraction(60)), "h": ("time", Fraction(3600)),
}
TEMPS = {"C", "F", "K"}

QUERY = re.compile(r"""
    ^\s*(?P<num>-?\d+(?:\.\d+)?(?:/\d+)?)   # amount: int, decimal or fraction
    \s*(?P<src>[A-Za-z]+)
    \s+(?:in|to)\s+
    (?P<dst>[A-Za-z]+)\s*$
""", re.VERBOSE)


def to_kelvin(value, unit):
    if unit == "C":
        return value + Fraction(27315, 100)
    if unit == "F":
        return (value - 32) * Fraction(5, 9) + Fraction(27315, 100)
    return value


def from_kelvin(value, unit):
    if unit == "C":
        return value - Fraction(27315, 100)
    if unit == "F":
        return (value - Fraction(27315, 100)) * Fraction(9, 5) + 32
    return value


def convert(query):
    m = QUERY.match(query)
    if not m:
        raise ValueError(f"cannot parse {query!r}")
    amount = Fraction(m["num"])
    src, dst = m.group("src", "dst")
    if src in TEMPS and dst in TEMPS:
        return from_kelvin(to_kelvin(amount, src), dst), dst
    try:
        (dim_a, fa), (dim_b, fb) = UNITS[src], UNITS[dst]
    except KeyError as e:
        raise ValueError(f"unknown unit {e.args[0]!r}") from None
    if dim_a != dim_b:
        raise ValueError(f"cannot convert {dim_a} to {dim_b}")
    return amount * fa / fb, dst


queries = ["1 mi in km", "3/2 mi to m", "12 in in cm", "100 C in F", "-40 F in C",
           "0 K in C", "2.5 h in min", "1 lb in g", "16 oz in lb", "5 kg in m",
           "3 parsec in m", "hello", "98.6 F to C", "1/3 h to s"]
for q in queries:
    try:
        value, unit = convert(q)
    except ValueError as e:
        print(f"{q:<14} -> error: {e}")
        continue
    exact = f"{value.numerator}/{value.denominator}" if value.denominator != 1 else str(value.numerator)
    print(f"{q:<14} -> {float(value):.6g} {unit}  (exact {exact})")

print(re.findall(r"(\d+)([a-z]+)", "10km 5mi 3ft 12in"))
print(re.sub(r"(\d+)\s*(km|mi)", lambda m: m[2].upper() + ":" + m[1], "run 10 km then 3mi"))
print(re.split(r"\s*(?:,|;)\s*", "1 m, 2 km ;3 cm"))
pat = re.compile(r"(?P<a>\w)(?P=a)")
print([m.group(0) for m in pat.finditer("aabbcdde")], pat.pattern, bool(pat.search("xyz")))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5), Fraction(10, -4))
print(Fraction(7, 3).limit_denominator(2), round(Fraction(7, 2)), Fraction(22, 7) > 3.14)
print(sum(Fraction(1, n) for n in range(1, 8)), Fraction(2, 3) ** 2, Fraction(1, 3) * 3 == 1)
