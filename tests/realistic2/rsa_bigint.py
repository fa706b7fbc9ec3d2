# Big-integer math: a toy RSA, factorials, modular inverse, bit tricks and base conversions.
import math


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


p = next_prime(2 ** 127 + 12345)
q = next_prime(3 ** 80 + 7)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "d bits:", d.bit_length(), "e*d % phi =", e * d % phi)
message = int.from_bytes("Attack at dawn! 🚀".encode(), "big")
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
print("cipher:", hex(cipher)[:40], "...")
print("decrypted:", plain.to_bytes((plain.bit_length() + 7) // 8, "big").decode())
try:
    pow(6, -1, 9)
except ValueError as exc:
    print("ValueError:", exc)

f100 = math.factorial(100)
print("100! =", f100)
print("digits:", len(str(f100)), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print("digit sum:", sum(map(int, str(f100))), "bit_count:", f100.bit_count())
print(math.comb(100, 50), math.perm(20, 10), math.isqrt(10 ** 40 + 12345))
print(math.gcd(2 ** 64 - 1, 2 ** 48 - 1), math.lcm(2 ** 10, 3 ** 5, 10 ** 3))
big = 7 ** 222
print(big % 10 ** 12, big // 10 ** 180, divmod(-big, 10 ** 20)[1], (-big) // 3 ** 300)
print(hex(2 ** 100), oct(2 ** 65), bin(12345678901234567890)[:30], int("zz" * 10, 36))
print(int("-0x_dead_beef", 16), int("0b1010_1010", 0), int(" 1_000 "), int("١٢٣"))
print((2 ** 200).to_bytes(26, "little")[-2:], int.from_bytes(b"\xff\xfe", "little", signed=True))
print((-255).to_bytes(2, "big", signed=True), (1 << 1000) >> 995, -(1 << 70) >> 3, ~(2 ** 70))
print(2 ** 64 & 0xFFFF_FFFF_FFFF_FFFF_FFFF, (2 ** 80 - 1) ^ (2 ** 79), (2 ** 90) | 1)
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
print("F(299) =", fib[299], math.gcd(fib[299], fib[200]) == fib[math.gcd(299, 200)])
print(float(2 ** 1023), 10 ** 20 / 3, 10 ** 400 // 10 ** 399, round(2 ** 70, -20), abs(-(10 ** 30)))
try:
    float(10 ** 400)
except OverflowError as exc:
    print("OverflowError:", exc)
try:
    10 ** 400 / 1
except OverflowError as exc:
    print("OverflowError:", exc)
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, -2), pow(-8, 1 / 3).real < 0 or True, (10 ** 50).__sizeof__() > 0)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 70)), hash(10 ** 30) == hash(10 ** 30 + 0.0))
print(sum(i * i for i in range(10 ** 5)), math.prod(range(1, 30)), 2 ** 0.5 * 2 ** 0.5 == 2)
print(f"{2 ** 100:,}", f"{2 ** 70:_x}", f"{-10 ** 25:>40}", f"{10 ** 20:e}", "%d" % 10 ** 30)
