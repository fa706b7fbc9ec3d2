# Float formatting corner cases: repr, str, round, :e, :g, :f, %, specials and hex.
import math

values = [0.0, -0.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789.123456789,
          1e-5, 1e-4, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
          0.5, 1.5, 2.5, -2.5, 1.005, 2.675, 1234.5678, 100.0, 1e22, 1e23, float("inf"),
          float("-inf"), float("nan")]
for v in values:
    print(f"{v!r:>24} {v!s:>24} {v:e} {v:.3g} {v:g} {v:.2f} {v:+.1%}")
for v in values:
    print("%r|%.3e|%10.4f|%-12g|%G" % (v, v, v, v, v))

print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675, 1.005)])
print([round(x, 2) for x in (2.675, 1.005, 1234.5678)], round(1234.5678, -2), round(-1234.5678, -1))
print(round(1e300, 2), round(1.5e-300, 302), round(123.456, 0), type(round(1.5)), type(round(1.5, 0)))
for spec in ["", ".0", ".1", ".10", ".17", "e", ".0e", "#.0e", "g", "#g", ".0g", "%", ".0%", "n", "#.3", "010.3f",
             "+", " ", "<12.4", ">12.4", "^12.4", "=+12.4", "_.2f", ",.3f", "E", "G", "F"]:
    print(f"{spec!r:8}", " ".join(format(x, spec) for x in (0.0, 1.0, -1.5, 1234567.891, 1e-10, 1e100, math.pi)))
print(float("1_000.5"), float(" -3.5e2 "), float("inF"), float("-nan"), float("1e500"), float("-0"))
print(math.inf == float("inf"), math.nan != math.nan, math.isnan(float("nan")), -0.0 == 0.0)
print(math.copysign(1, -0.0), 1 / math.inf, math.fsum([0.1] * 10), sum([0.1] * 10))
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"))
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print(int(1e20), int(-2.9), int(2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 5 % -0.75, math.fmod(-7.5, 2))
print(2 ** -1074, 2.0 ** 1023 * 2 > 1e308, 1e308 * 10, -1e308 * 10, 0.1 * 3, 0.3 / 0.1)
print(float.__repr__(1e-7), str(1e-7), repr(1e16), repr(1.0e15), str(123e-20), 1e-6 * 10)
for bad in ["1e", "0x10", "", "1.2.3", "nan!"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
print(hash(1.5), hash(-0.0), hash(2.0) == hash(2), hash(float("inf")), 0.1 + 0.7, 4.35 * 100)
