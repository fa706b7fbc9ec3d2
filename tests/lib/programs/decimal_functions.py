# decimal: square roots, exponentials, logarithms, powers, the spec's other operations and
# format(), at several precisions and roundings, checked against CPython's C decimal.
from decimal import (Decimal, Context, localcontext, getcontext, ROUND_DOWN, ROUND_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, Inexact, InvalidOperation)


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


values = ["2", "0.5", "10", "1E-5", "123.456", "7E+10", "1", "0.999", "3.14159", "1E+100"]
for prec in [5, 28, 50]:
    with localcontext(prec=prec):
        for v in values:
            d = Decimal(v)
            print(prec, v, d.sqrt(), d.exp() if d < 1000 else "-", d.ln(), d.log10())
for v in ["0", "-0", "Infinity", "-Infinity", "-1", "NaN"]:
    d = Decimal(v)
    getcontext().clear_flags()
    with localcontext(traps=[]):
        print(v, d.sqrt(), d.exp(), d.ln(), d.log10(), sorted(k.__name__ for k, f in getcontext().flags.items() if f))
print(Decimal("0.25").sqrt(), Decimal("1.00").sqrt(), Decimal(100).sqrt(), Decimal("1E3").sqrt(),
      Decimal("0E-3").sqrt(), Decimal(1000).log10(), Decimal("0.001").log10(), Decimal(1).ln())

# Powers: integral exponents exactly, others through exp and ln
for base, exp in [("2", "10"), ("2", "-2"), ("1.1", "100"), ("7", "1000"), ("2.0", "3"), ("10", "-3"),
                  ("4", "0.5"), ("2", "0.5"), ("8", "1/3"), ("-8", "3"), ("0", "0"), ("0", "-1"),
                  ("-2", "0.5"), ("1", "1E+40"), ("1.000", "5"), ("9", "-1E+60"), ("2", "1E+20"),
                  ("Infinity", "-2"), ("0.5", "Infinity"), ("-0", "-3")]:
    with localcontext(traps=[]) as ctx:
        e = Decimal(1) / 3 if exp == "1/3" else Decimal(exp)
        print(base, exp, Decimal(base) ** e, sorted(k.__name__ for k, f in ctx.flags.items() if f))
print(pow(Decimal(3), 4, 7), pow(Decimal(-3), 3, 5), pow(Decimal("2.0"), 10, 1000))
attempt("pow(Decimal(2), -1, 5)", lambda: pow(Decimal(2), -1, 5))
attempt("pow(Decimal(2), 3, 1.5)", lambda: pow(Decimal(2), 3, 1.5))
attempt("Decimal(2) ** 0.5", lambda: Decimal(2) ** 0.5)
for mode in [ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR]:
    with localcontext(prec=10, rounding=mode):
        print(mode, Decimal(3) ** Decimal("0.5"), Decimal(3).sqrt(), Decimal(3).ln(), Decimal(-3) ** 3 / 7)

# The spec's other operations
a, b = Decimal("12.50"), Decimal("-3.2")
print(a.compare(b), b.compare(a), a.compare(Decimal("12.5")), a.compare_total(Decimal("12.5")),
      a.compare_total_mag(b), a.max(b), a.min(b), a.max_mag(b), b.min_mag(a), a.copy_sign(b),
      b.copy_abs(), a.copy_negate(), a.fma(2, b), a.remainder_near(4), Decimal(10).remainder_near(4),
      a.same_quantum(Decimal("1.00")), a.logb(), a.scaleb(3), Decimal(123).shift(2),
      Decimal(123).rotate(-1), Decimal(1010).logical_and(110), Decimal(1010).logical_or(110),
      Decimal(1010).logical_xor(110), Decimal(1010).logical_invert())
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(2), Decimal(0).next_plus())
print([Decimal(v).number_class() for v in ["1", "-0", "1E-1000000", "-Inf", "NaN", "sNaN"]])
print([Decimal(v).is_normal() for v in ["1", "0", "1E-1000000"]], Decimal("1E-1000000").is_subnormal(),
      Decimal("NaN").is_nan(), Decimal("sNaN").is_snan(), Decimal("NaN").is_qnan(),
      Decimal("-1").is_signed(), Decimal("0").is_zero(), Decimal("Inf").is_infinite(),
      Decimal(1).is_finite(), Decimal(1).is_canonical(), Decimal(1).canonical(), Decimal(7).radix())
print(Decimal("NaN").max(1), Decimal(1).min(Decimal("NaN")), Decimal("NaN").compare(1))
attempt("Decimal('sNaN').compare(1)", lambda: Decimal("sNaN").compare(1))
attempt("Decimal(1).compare_signal(Decimal('NaN'))", lambda: Decimal(1).compare_signal(Decimal("NaN")))
attempt("Decimal(0).logb()", lambda: Decimal(0).logb())
attempt("Decimal(12).logical_and(3)", lambda: Decimal(12).logical_and(3))
attempt("Decimal(1).max(2.5)", lambda: Decimal(1).max(2.5))
ctx = Context(prec=9)
print(ctx.abs(-5), ctx.add(1, 2), ctx.divide(1, 3), ctx.divide_int(7, 2), ctx.divmod(7, 2),
      ctx.exp(1), ctx.ln(2), ctx.log10(2), ctx.minus(5), ctx.plus(Decimal("-0")), ctx.multiply(3, 4),
      ctx.power(2, 100), ctx.quantize(Decimal("1.23456"), Decimal("0.01")), ctx.remainder(7, 3),
      ctx.sqrt(2), ctx.subtract(1, 3), ctx.to_integral_exact(Decimal("2.5")), ctx.is_zero(0),
      ctx.compare(1, 2), ctx.max(1, 2), ctx.next_plus(1), ctx.fma(2, 3, 4), ctx.number_class(1),
      ctx.to_eng_string(Decimal("1E+7")), ctx.copy_sign(1, -2), ctx.logb(1000), ctx.scaleb(1, 2))

# format()
numbers = ["1234.5678", "-0.000123", "0", "-0", "1E+5", "123456789", "0.5", "Infinity", "NaN"]
specs = ["", ".2", ".2f", "e", ".3e", "g", ".3g", "%", ".1%", ",", ",.2f", ">12", "<12", "^12",
         "*^14.3f", "+", " ", "012.2f", "012,.1f", "z.1f", "E", "G", "F", "n", "=+12.1f", ".0f", ".0e"]
for n in numbers:
    print(n, [format(Decimal(n), spec) for spec in specs])
print(f"{Decimal('3.14159'):.3}", f"{Decimal('1234567.891'):,.2f}", "{:>10.4f}".format(Decimal(2).sqrt()))
for bad in ["d", "x", "#", "_f", ".f", "5.2.3"]:
    attempt(f"format({bad!r})", lambda: format(Decimal(1), bad))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.675"), ".2f"), format(Decimal("-2.675"), ".1e"), round(Decimal("2.675"), 2))
