from fractions import Fraction as F
import math


def show(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for args in [(), (3,), (6, 4), (-6, 4), (6, -4), (0, 5), (F(1, 2), F(3, 4)), (1.5,), (-0.1,), (2.5e-10,), ("3/4",),
             (" -7/21 ",), ("1.25",), ("-.5",), ("1e3",), ("1.5E-2",), ("1_000.000_1",), ("+3",), ("12_3/4_5",),
             ("1/0",), ("abc",), ("1/",), ("/2",), ("1.",), (".",), ("1e",), ("1__0",), ("١٢",), (True,), (F(5, 10),),
             (1, 0), (1.5, 2), ("1", 2), (float("inf"),), (float("nan"),), ([1],), (3, F(1, 2)), (F(1, 3), 2)]:
    show("F%r" % (args,), lambda: F(*args))

a, b = F(3, 4), F(-5, 6)
for label, fn in [("a+b", lambda: a + b), ("a-b", lambda: a - b), ("a*b", lambda: a * b), ("a/b", lambda: a / b),
                  ("a//b", lambda: a // b), ("a%b", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                  ("a**2", lambda: a ** 2), ("a**-2", lambda: a ** -2), ("b**-3", lambda: b ** -3), ("a**0.5", lambda: a ** 0.5),
                  ("a**F(1,2)", lambda: a ** F(1, 2)), ("2**a", lambda: 2 ** a), ("2**F(2)", lambda: 2 ** F(2)), ("2.0**a", lambda: 2.0 ** a),
                  ("a+1", lambda: a + 1), ("1+a", lambda: 1 + a), ("a+0.5", lambda: a + 0.5), ("0.5+a", lambda: 0.5 + a),
                  ("a*1j", lambda: a * 1j), ("1j*a", lambda: 1j * a), ("a/0", lambda: a / 0), ("b/0", lambda: b / 0), ("F(0)/0", lambda: F(0) / 0),
                  ("F(0)**-1", lambda: F(0) ** -1), ("a//0", lambda: a // 0), ("a%0", lambda: a % 0), ("a+'x'", lambda: a + "x"),
                  ("-a", lambda: -a), ("+b", lambda: +b), ("abs(b)", lambda: abs(b)), ("int(b)", lambda: int(b)),
                  ("trunc", lambda: math.trunc(b)), ("floor", lambda: math.floor(b)), ("ceil", lambda: math.ceil(b)),
                  ("round", lambda: round(F(5, 2))), ("round2", lambda: round(F(7, 2))), ("round3", lambda: round(F(-5, 2))),
                  ("round(a,1)", lambda: round(a, 1)), ("round(x,-1)", lambda: round(F(155), -1)), ("float", lambda: float(F(1, 3))),
                  ("complex", lambda: complex(a)), ("bool0", lambda: bool(F(0))), ("bool", lambda: bool(a)), ("str", lambda: str(a)),
                  ("str int", lambda: str(F(4, 2))), ("eq", lambda: F(1, 2) == 0.5), ("eq int", lambda: F(2) == 2), ("eq nan", lambda: a == float("nan")),
                  ("lt", lambda: a < b), ("le float", lambda: a <= 0.75), ("gt inf", lambda: a > float("inf")), ("ge int", lambda: a >= 0),
                  ("lt str", lambda: a < "x"), ("hash", lambda: hash(F(1, 2)) == hash(0.5)), ("hash int", lambda: hash(F(7)) == hash(7)),
                  ("hash neg", lambda: hash(F(-1))), ("hash big", lambda: hash(F(1, 3))), ("ratio", lambda: a.as_integer_ratio()),
                  ("from_float", lambda: F.from_float(0.1)), ("from_float int", lambda: F.from_float(3)), ("from_float str", lambda: F.from_float("1")),
                  ("limit", lambda: F("3.141592653589793").limit_denominator(1000)), ("limit2", lambda: F(1, 3).limit_denominator(2)),
                  ("limit pi", lambda: F(math.pi).limit_denominator()), ("limit 0", lambda: a.limit_denominator(0)),
                  ("limit neg", lambda: F(-355, 113).limit_denominator(10)), ("sum", lambda: sum([F(1, n) for n in range(1, 11)])),
                  ("sorted", lambda: sorted([F(1, 2), 0.3, 1, F(-1, 3)])), ("max", lambda: max(F(1, 3), 0.33)),
                  ("num/den", lambda: (b.numerator, b.denominator)), ("real/imag", lambda: (a.real, a.imag))]:
    show(label, fn)


class MyF(F):
    pass


print(repr(MyF(1, 2)), type(MyF(1, 2) + 1).__name__, {F(1, 2): "half"}[0.5])
