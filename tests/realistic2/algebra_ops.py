# Operator overloading for vectors, polynomials and rationals.
from math import gcd, isclose
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Vec({self.x}, {self.y}, {self.z})"

    def __iter__(self):
        yield from (self.x, self.y, self.z)

    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self, o)))

    def __radd__(self, o):
        return self if o == 0 else NotImplemented

    def __iadd__(self, o):
        self.x += o.x; self.y += o.y; self.z += o.z
        return self

    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self, o)))

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self, k))
        return Vec(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.sqrt(self * self)

    def __bool__(self):
        return any(self)

    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)

    def __hash__(self):
        return hash(tuple(self))

    def __round__(self, n=None):
        return Vec(*(round(a, n) for a in self))

    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self) + ">"


a, b = Vec(1, 2, 3), Vec(4, -5, 6)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b, -a, +a, abs(Vec(3, 4, 0)))
print(sum([a, b, Vec(1, 1, 1)]), bool(Vec()), bool(a), round(Vec(1.256, 2.5, -0.5), 1), round(Vec(1.5, 2.5, 3.5)))
print(f"{Vec(1, 2.5, 1 / 3):.3f}", format(a, "03d"), a == Vec(1, 2, 3), a != b, len({a, Vec(1, 2, 3)}))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)


class Poly:
    def __init__(self, *coeffs):
        cs = list(coeffs)
        while len(cs) > 1 and cs[-1] == 0:
            cs.pop()
        self.c = tuple(cs)

    def __repr__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            k = self.c[power]
            if k == 0 and len(self.c) > 1:
                continue
            var = "" if power == 0 else ("x" if power == 1 else f"x^{power}")
            coeff = str(k) if (abs(k) != 1 or power == 0) else ("-" if k < 0 else "")
            terms.append(coeff + var)
        return " + ".join(terms).replace("+ -", "- ")

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        n = max(len(self.c), len(o.c))
        return Poly(*((self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)))

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, x in enumerate(self.c):
            for j, y in enumerate(o.c):
                out[i + j] += x * y
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def __call__(self, x):
        acc = 0
        for k in reversed(self.c):
            acc = acc * x + k
        return acc

    def __neg__(self):
        return Poly(*(-k for k in self.c))

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly(-o))

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def derivative(self):
        return Poly(*(i * k for i, k in enumerate(self.c) if i)) if len(self.c) > 1 else Poly(0)


x = Poly(0, 1)
p = (x + 1) ** 3
print(p, "|", p(2), "|", p.derivative(), "|", 2 * x - 3, "|", -p, "|", x * x - 1)
print((x - 1) * (x + 1) == x ** 2 - 1, Poly(0), Poly(5), 3 + x, Poly(0, 0, -1))


class Rational:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Rational(%d, 0)" % n)
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"

    def _coerce(self, o):
        return o if isinstance(o, Rational) else Rational(o) if isinstance(o, int) else None

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __round__(self, nd=None):
        return round(float(self), nd) if nd is not None else round(self.n / self.d)


h = sum(Rational(1, k) for k in range(1, 11))
print(h, float(h), int(h), round(h), round(h, 3), 1 / Rational(3, 4), Rational(6, -8))
print(sorted([Rational(1, 2), Rational(1, 3), Rational(3, 4), 0]), max(Rational(2, 3), Rational(3, 5)))
print(Rational(1, 2) == Rational(2, 4), Rational(4, 2) == 2, Rational(1, 2) > Rational(1, 3), isclose(float(h), 2.928968))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Rational(1, 2) + 0.5
except TypeError as e:
    print("TypeError:", e)
