# Number theory: sieve, factorisation, totients, divisor sums, Goldbach, perfect and amicable numbers.
from math import gcd, isqrt, prod
from collections import Counter


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for p in range(2, isqrt(n) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, f in enumerate(flags) if f]


def smallest_factors(n):
    spf = list(range(n + 1))
    for p in range(2, isqrt(n) + 1):
        if spf[p] == p:
            for m in range(p * p, n + 1, p):
                if spf[m] == m:
                    spf[m] = p
    return spf


LIMIT = 20000
primes = sieve(LIMIT)
spf = smallest_factors(LIMIT)
prime_set = set(primes)


def factorize(n):
    out = Counter()
    while n > 1:
        out[spf[n]] += 1
        n //= spf[n]
    return out


def totient(n):
    return prod(p ** (k - 1) * (p - 1) for p, k in factorize(n).items())


def sigma(n):
    return prod((p ** (k + 1) - 1) // (p - 1) for p, k in factorize(n).items())


print("primes below", LIMIT, ":", len(primes), "last five:", primes[-5:])
print("twin primes:", sum(1 for p in primes if p + 2 in prime_set), "first:", [(p, p + 2) for p in primes[:30] if p + 2 in prime_set][:6])
gaps = Counter(b - a for a, b in zip(primes, primes[1:]))
print("gap histogram:", sorted(gaps.items())[:10], "max gap:", max(gaps))
for n in (360, 1001, 9973, 19683, 17640):
    f = factorize(n)
    text = " * ".join(f"{p}^{k}" if k > 1 else str(p) for p, k in sorted(f.items()))
    print(f"{n} = {text}; phi={totient(n)} sigma={sigma(n)} divisors={prod(k + 1 for k in f.values())}")
print("phi sum to 1000:", sum(totient(n) for n in range(2, 1001)) + 1)
perfect = [n for n in range(2, LIMIT) if sigma(n) - n == n]
print("perfect:", perfect)
amicable = sorted({(a, b) for a in range(2, LIMIT) if (b := sigma(a) - a) != a and b < LIMIT and b > 1 and sigma(b) - b == a and a < b})
print("amicable pairs:", amicable)
for even in (4, 28, 100, 1000, 9998):
    for p in primes:
        if even - p in prime_set:
            print(f"{even} = {p} + {even - p}", end="; ")
            break
print()
coprime = sum(1 for a in range(1, 200) for b in range(1, 200) if gcd(a, b) == 1)
print("coprime pairs below 200:", coprime, f"ratio {coprime / 199 ** 2:.5f} vs 6/pi^2 0.60793")
mersenne = [p for p in primes[:15] if all((2 ** p - 1) % q for q in primes[:200] if q * q <= 2 ** p - 1)]
print("mersenne exponents (trial division):", mersenne)
print("primitive root of 23:", next(g for g in range(2, 23) if len({pow(g, k, 23) for k in range(1, 23)}) == 22))
print("digits of 2**1000 sum:", sum(map(int, str(2 ** 1000))), "100th prime:", primes[99], "10000th:", primes[9999] if len(primes) > 9999 else None)
print("squarefree below 100:", sum(1 for n in range(1, 100) if all(k == 1 for k in factorize(n).values())))
