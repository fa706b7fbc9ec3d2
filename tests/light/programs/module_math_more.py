import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1.0, float('inf')]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.modf(3.5), math.modf(-2.25), math.modf(float('inf')), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.erf(0.5), math.erfc(0.5))
print(math.expm1(1e-10), math.log1p(1e-10), math.acosh(2), math.asinh(1), math.atanh(0.5), math.cbrt(27), math.exp2(10))
for f in [lambda: math.log1p(-1), lambda: math.acosh(0), lambda: math.atanh(1), lambda: math.ldexp(1.0, 2000), lambda: math.ldexp(1.0, 1.5), lambda: math.fsum([float('inf'), float('-inf')]), lambda: math.fsum([1e308, 1e308])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import math
print(math.comb(52, 5), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(100, 50), math.comb(10**20, 2))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(0, 0))
print(math.lcm(12, 18, 30), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3), math.gcd(2 ** 40, 6 ** 20))
for f in [lambda: math.comb(-1, 2), lambda: math.comb(1, -2), lambda: math.comb(1.5, 1), lambda: math.perm(-3), lambda: math.lcm(1.5), lambda: math.comb("a", 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
