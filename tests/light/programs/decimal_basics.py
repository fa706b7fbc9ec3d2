# decimal on the Light VM (no fractions: sys.hash_info is missing there): construction, text, arithmetic, contexts and signals, checked against CPython's C decimal.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, InvalidOperation,
                     DivisionByZero, Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped,
                     FloatOperation, DecimalException, ConversionSyntax, DivisionUndefined,
                     ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def flags(ctx=None):
    ctx = ctx or getcontext()
    return [k.__name__ for k, v in ctx.flags.items() if v]


# Construction
for value in ["1.10", "-0", "0.000001", "1e-7", "123E+2", "  42  ", "1_000.5", "Inf", "-infinity",
              "nan", "sNaN12", "-NaN007", ".5", "5.", "1e+999999999", "0E-100"]:
    print(repr(value), repr(Decimal(value)), str(Decimal(value)), Decimal(value).to_eng_string())
for value in [0, -7, 10 ** 30, 0.1, -2.5, 1e300, float("inf"), (0, (1, 4, 1), -2), (1, (), "F"),
              [0, [5], 3], Decimal("3.3")]:
    print(repr(Decimal(value)))
getcontext().clear_flags()
for bad in ["abc", "1e", "1.2.3", "--1", "", "NaN1.5"]:
    attempt(f"Decimal({bad!r})", lambda: Decimal(bad))
for bad in [b"1", None, 1j, {}, (0, (1,), "x"), (2, (1,), 0), (0, (10,), 0), (0, (1,))]:
    attempt(f"Decimal({bad!r})", lambda: Decimal(bad))

# Arithmetic with Decimals and ints
a, b = Decimal("7.25"), Decimal("-2")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(b))
print(3 + a, 3 - a, 3 * a, 3 / a, 3 // a, 3 % a, divmod(3, a), 2 ** Decimal("0.5"))
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(10) / 4, Decimal("1.00") / 2, Decimal(0) / 5)
print(Decimal(-7) // 2, Decimal(-7) % 2, Decimal(7) // -2, Decimal("7.5") % Decimal("0.2"))
print(sum(Decimal("0.1") for _ in range(10)), Decimal("0.1") * 3 == Decimal("0.3"))
attempt("Decimal(1) + 1.5", lambda: Decimal(1) + 1.5)
attempt("1.5 * Decimal(1)", lambda: 1.5 * Decimal(1))
attempt("Decimal(1) + '1'", lambda: Decimal(1) + "1")
attempt("Decimal(1) / 0", lambda: Decimal(1) / 0)
attempt("Decimal(0) / 0", lambda: Decimal(0) / 0)
attempt("Decimal(5) % 0", lambda: Decimal(5) % 0)
attempt("divmod(Decimal(5), 0)", lambda: divmod(Decimal(5), 0))
attempt("Decimal('1e100') // 3", lambda: Decimal("1e100") // 3)
attempt("Decimal('inf') - Decimal('inf')", lambda: Decimal("inf") - Decimal("inf"))
attempt("Decimal('snan') + 1", lambda: Decimal("snan") + 1)
attempt("Decimal('9e999999') * 10", lambda: Decimal("9e999999") * 10)
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation], flags())

# Comparisons and hashing
print(Decimal("1.0") == 1, Decimal("1.5") == 1.5, Decimal("0.1") == 0.1, Decimal(1) < 2,
      Decimal(1) == 1 + 0j)
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal(10 ** 20)) == hash(10 ** 20),
      hash(Decimal("0.1")), hash(Decimal("-1")), hash(Decimal("inf")), hash(Decimal("1e-30")))
print(sorted([Decimal("3"), Decimal("-1.5"), Decimal("2.25"), Decimal("0")]),
      max(Decimal(1), Decimal("1.0")), min([Decimal("0.3"), Decimal("0.1")]))
print(Decimal("nan") == Decimal("nan"), Decimal("nan") != 1)
attempt("Decimal('nan') < 1", lambda: Decimal("nan") < 1)
attempt("hash(Decimal('snan'))", lambda: hash(Decimal("snan")))
getcontext().traps[FloatOperation] = True
attempt("Decimal(1) < 1.5 trapped", lambda: Decimal(1) < 1.5)
attempt("Decimal(1) == 1.5 trapped", lambda: Decimal(1) == 1.5)
attempt("Decimal(0.5) trapped", lambda: Decimal(0.5))
getcontext().traps[FloatOperation] = False

# Conversions
for text in ["2.5", "3.5", "-2.5", "0.5", "1.23456", "-0.001", "1e3", "123.999"]:
    d = Decimal(text)
    print(text, int(d), float(d), round(d), round(d, 1), round(d, -1), d.__floor__(), d.__ceil__(),
          d.as_tuple(), d.as_integer_ratio(), d.adjusted(), complex(d))
for bad in ["inf", "nan", "snan"]:
    attempt(f"int({bad})", lambda: int(Decimal(bad)))
    attempt(f"round({bad})", lambda: round(Decimal(bad)))
    attempt(f"as_integer_ratio({bad})", lambda: Decimal(bad).as_integer_ratio())
attempt("float(snan)", lambda: float(Decimal("snan")))
attempt("round(d, 'x')", lambda: round(Decimal(1), "x"))

# Quantize and the eight rounding modes
for mode in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP]:
    values = ["2.345", "2.355", "-2.345", "2.3451", "2.301", "-2.309", "2.0", "9.995"]
    print(mode, [str(Decimal(v).quantize(Decimal("0.01"), rounding=mode)) for v in values])
    with localcontext() as ctx:
        ctx.rounding = mode
        ctx.prec = 3
        print("  prec 3:", [str(+Decimal(v)) for v in values], Decimal(2) / 3, Decimal(-2) / 3)
getcontext().clear_flags()
print(Decimal("1.2345").quantize(Decimal("1e-2")), flags())
attempt("quantize too many digits", lambda: Decimal("1e30").quantize(Decimal("0.01")))
attempt("quantize inf", lambda: Decimal("inf").quantize(Decimal(1)))
print(Decimal("123.456").to_integral_value(), Decimal("-0.5").to_integral_exact(),
      Decimal("2.5").to_integral(ROUND_HALF_UP), Decimal("1E+3").to_integral_value())
print(Decimal("120.00").normalize(), Decimal("-0.00").normalize(), Decimal("1E+2").normalize())

# Contexts
ctx = getcontext()
print(ctx)
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, ctx.Etiny(), ctx.Etop())
print(decimal.DefaultContext)
print(decimal.BasicContext)
print(decimal.ExtendedContext)
custom = Context(prec=6, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
                 flags=[Inexact], traps=[Overflow])
print(custom, custom.flags[Inexact], custom.traps[DivisionByZero])
print(custom.divide(Decimal(1), 7), custom.add(1, Decimal("1e-10")), custom.create_decimal("1.23456789"))
print(custom.sqrt(2), custom.power(2, 10), custom.to_sci_string(Decimal("1e12")),
      custom.create_decimal_from_float(0.1), custom.plus(Decimal("1e9")))
attempt("custom overflow", lambda: custom.multiply(Decimal("1e10"), 100))
print(sorted(k.__name__ for k, v in custom.flags.items() if v))
custom.clear_flags()
custom.traps[Overflow] = False
print(custom.multiply(Decimal("1e10"), 100), sorted(k.__name__ for k, v in custom.flags.items() if v))
print(Context(prec=50).divide(1, 7))
for kwargs in [{"prec": 0}, {"prec": "5"}, {"rounding": "up"}, {"Emin": 1}, {"Emax": -1},
               {"capitals": 2}, {"clamp": -1}, {"traps": [int]}, {"flags": {Inexact: 1}}]:
    attempt(f"Context(**{kwargs})", lambda: Context(**kwargs))
attempt("setcontext(1)", lambda: setcontext(1))
attempt("ctx.add(1, 1.5)", lambda: ctx.add(1, 1.5))
attempt("ctx.add(1, '1')", lambda: ctx.add(1, "1"))
with localcontext(prec=5, rounding=ROUND_UP) as local:
    print(Decimal(1) / 3, local.prec, local.rounding)
    with localcontext(Context(prec=2)):
        print(Decimal(1) / 3)
    print(Decimal(2) / 3)
print(Decimal(1) / 3, getcontext().prec)
attempt("localcontext(bogus=1)", lambda: localcontext(bogus=1))
attempt("localcontext(prec=-1)", lambda: localcontext(prec=-1))
saved = getcontext()
setcontext(decimal.ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), getcontext() is decimal.ExtendedContext)
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
setcontext(saved)
print(getcontext() is saved)

# The exception classes
for cls in [DecimalException, InvalidOperation, ConversionSyntax, DivisionUndefined, DivisionByZero,
            Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped, FloatOperation]:
    print(cls.__name__, cls.__module__, [c.__name__ for c in cls.__mro__[1:]])
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, e.args)
try:
    Decimal("x")
except decimal.DecimalException as e:
    print("caught:", repr(e))
