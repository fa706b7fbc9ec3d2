# cmath against python3.11 over every class of special value (C99 Annex G's
# infinities, NaNs and signed zeros), some finite points, and the errors.
import cmath
import math

INF, NAN = math.inf, math.nan
specials = [-INF, -2.5, -0.0, 0.0, 0.75, INF, NAN]
finite = [-1e308, -3.0, -1.0, -1e-310, 1e-300, 0.5, 1.0, 2.0, 710.0, 1e300]
functions = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
             "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def attempt(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


for name in functions:
    f = getattr(cmath, name)
    print(name, [attempt(f, complex(a, b)) for a in specials for b in specials])
    print(name, [attempt(f, complex(a, b)) for a in finite for b in finite[::3]])
print("rect", [attempt(cmath.rect, a, b) for a in specials for b in specials])
print("polar", [attempt(cmath.polar, complex(a, b)) for a in specials + finite for b in specials])
print("phase", [attempt(cmath.phase, complex(a, b)) for a in specials for b in specials])
print([cmath.isfinite(complex(a, b)) for a in specials for b in specials])
print([cmath.isinf(complex(a, b)) for a in specials for b in specials])
print([cmath.isnan(complex(a, b)) for a in specials for b in specials])
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.log(-1, 1j), attempt(cmath.log, 1, 1), attempt(cmath.log, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi), cmath.polar(1j), cmath.phase(-1), cmath.rect(2, cmath.pi / 2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(1, 1.5, abs_tol=0.5),
      cmath.isclose(complex(INF, 0), complex(INF, 0)), cmath.isclose(NAN, NAN))


class HasComplex:
    def __complex__(self):
        return 3 + 4j


class HasFloat:
    def __float__(self):
        return 2.25


class HasIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 5


for arg in ["x", None, HasComplex(), HasFloat(), HasIndex(), BadComplex(), 10 ** 400, True, 4, -4.0]:
    try:
        print(cmath.sqrt(arg))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: cmath.rect("a", 1), lambda: cmath.log(1, "x"), lambda: cmath.isclose(1, 2, 3),
             lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j),
             lambda: cmath.atanh(1), lambda: cmath.polar(complex(1e308, 1e308))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(complex(1.0, -0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(1j, -0.0), complex(-0.0), complex(2, 1j))
