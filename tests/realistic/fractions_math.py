"""Exact arithmetic with fractions: continued fractions, harmonic numbers, Egyptian fractions."""
from fractions import Fraction
import math


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))


def egyptian(fr):
    parts = []
    while fr.numerator:
        d = math.ceil(fr.denominator / fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts


def continued(fr, limit=20):
    terms = []
    while limit:
        whole = math.floor(fr)
        terms.append(whole)
        fr -= whole
        if fr == 0:
            break
        fr = 1 / fr
        limit -= 1
    return terms


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


print(Fraction(3, 4), Fraction(6, 8), Fraction(-10, 4), Fraction("3/7"), Fraction("1.25"), Fraction(0.5))
print(repr(Fraction(1, 3)), Fraction(1, 3) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(2, 3) ** 2)
print(Fraction(7, 2) // 2, Fraction(7, 2) % 2, divmod(Fraction(7, 2), Fraction(2, 3)), -Fraction(1, 2), abs(Fraction(-3, 5)))
print(Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 2) + 0.25, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34)
print(harmonic(10), float(harmonic(10)), harmonic(30).denominator)
print(egyptian(Fraction(4, 13)), egyptian(Fraction(5, 6)))
print(continued(Fraction(415, 93)), continued(Fraction(math.pi)))
approx = list(convergents(continued(Fraction(math.pi), 6)))
print(approx, [f"{float(a):.10f}" for a in approx])
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.sqrt(2)).limit_denominator(100))
print(Fraction(10, 4).numerator, Fraction(10, 4).denominator, Fraction(7, 3).as_integer_ratio())
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), int(Fraction(-7, 2)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), {Fraction(1, 2): "half"}[0.5])
print(sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1, Fraction(-1, 2)]), max(Fraction(9, 10), 0.95))
print(f"{Fraction(1, 3)}", str(Fraction(5)), Fraction(5) == 5, format(float(Fraction(2, 3)), ".5f"))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction(1, 2) / 0]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
total = Fraction(0)
for i in range(1, 8):
    total += Fraction(1, 2 ** i)
    print(i, total, 1 - total)
print(sum([Fraction(1, n * (n + 1)) for n in range(1, 50)]), Fraction(123456789, 987654321))
