"""Integer and float arithmetic: divmod, round, math, big ints, bit tricks."""
import math

for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7.5, 2), (-7.5, 2), (10 ** 30 + 7, 10 ** 9)]:
    print(f"{a!r} {b!r}: // {a // b!r} % {a % b!r} divmod {divmod(a, b)!r}")

for x in [2.5, 3.5, -2.5, 0.125, 1.005, 2.675, 1234.5678, -0.5, 1e300]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -2), math.floor(x), math.ceil(x), math.trunc(x))
print(round(12345, -2), round(15, -1), round(25, -1), round(-35, -1), type(round(2.5)), type(round(2.5, 0)))

print(math.factorial(30), math.comb(52, 5), math.perm(10, 3), math.gcd(2 ** 40, 6 ** 20), math.lcm(12, 18, 30))
print(math.isqrt(10 ** 40 + 12345), math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.log(1000, 10), math.log10(1e-5), math.log2(1024), math.exp(1), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4.5]), math.copysign(3, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isfinite(1e308 * 10), math.isnan(float("nan")))
print(math.modf(3.75), math.frexp(48.0), math.ldexp(0.75, 6), math.fmod(-7, 3), -7 % 3)
print(math.inf, -math.inf, math.nan, math.tau, math.e)

big = 2 ** 521 - 1
print(big.bit_length(), len(str(big)), str(big)[:20], big % 1000007, big.bit_count())
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, -1, 17), pow(2, 100), pow(2.0, 0.5), pow(-8, 1 / 3))
print(hex(255), oct(8), bin(-10), int("ff", 16), int("0b1010", 0), int("  -42  "), int("1_000"))
print((1234).to_bytes(4, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 100, -(2 ** 70) >> 3, (2 ** 64) // 3, -(2 ** 64) // 3)
print(10 / 4, 10 // 4, 2 ** -2, (-2) ** 3, (-8) ** 0.5 if False else abs(-8) ** 0.5, 0 ** 0)
print(float("1e-320"), 5e-324 / 2, 1.7976931348623157e308 * 1.0, float("-0.0"), -0.0 == 0.0)
print(1 / 3, 2 / 3, 100 / 3, 1e16, 1e15 + 0.3, 123456789.123456789, 0.1 * 3, 1e-7, 123e-20)
print(float.fromhex("0x1.8p1"), (3.5).hex(), (0.1).as_integer_ratio(), (2.0).is_integer(), (7).as_integer_ratio())
print(int(3.99), int(-3.99), int(1e20), float(2 ** 60), float("inf") > 10 ** 400, 10 ** 400 > 1e308)
print(abs(-5), abs(-5.5), abs(3 + 4j), sum(range(101)), sum(x * x for x in range(10 ** 4)))
print(max(3, 7.5, -2), min([4, 2, 8], default=0), min([], default="empty"), divmod(-7.5, 2))
primes = [n for n in range(2, 100) if all(n % d for d in range(2, math.isqrt(n) + 1))]
print(primes, len(primes))
collatz = lambda n: 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=collatz), collatz(27))
for bad in ["math.sqrt(-1)", "math.log(0)", "1 / 0", "2.0 ** 10000", "10 % 0", "int('12a')", "math.factorial(-1)"]:
    try:
        eval(bad)
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(f"{bad:22} {type(e).__name__}: {e}")
print(2 ** 0.5 * 2 ** 0.5, 3 * 1.1, 1.1 + 2.2, 4.35 * 100, round(4.35 * 100), 1e22, 1e23)
print(hash(2 ** 61 - 1), hash(-1), hash(1.5), hash(2 ** 100), hash(-2.5))
