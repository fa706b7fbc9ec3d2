"""SHA-512 (FIPS 180-4), enough for random.seed() of str and bytes.

Slow in Python; a native _sha512 should replace it once the VM has one.
"""

_MASK = 0xFFFFFFFFFFFFFFFF


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _root_bits(n, root):
    """The first 64 bits of the fractional part of n ** (1 / root), exactly."""
    scaled = n << (64 * root)
    x = 1 << ((scaled.bit_length() + root - 1) // root)
    while True:
        y = ((root - 1) * x + scaled // x ** (root - 1)) // root
        if y >= x:
            break
        x = y
    return x & _MASK


_PRIMES = _primes(80)
_K = [_root_bits(p, 3) for p in _PRIMES]
_H0 = [_root_bits(p, 2) for p in _PRIMES[:8]]


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


class sha512:
    name = "sha512"
    digest_size = 64
    block_size = 128

    def __init__(self, data=b""):
        self._h = list(_H0)
        self._pending = b""
        self._length = 0
        self.update(data)

    def update(self, data):
        data = bytes(data)
        self._length += len(data)
        pending = self._pending + data
        whole = len(pending) - len(pending) % 128
        for start in range(0, whole, 128):
            self._compress(pending[start:start + 128])
        self._pending = pending[whole:]

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 8], "big") for i in range(0, 128, 8)]
        for t in range(16, 80):
            a, b = w[t - 15], w[t - 2]
            s0 = _rotr(a, 1) ^ _rotr(a, 8) ^ (a >> 7)
            s1 = _rotr(b, 19) ^ _rotr(b, 61) ^ (b >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
        a, b, c, d, e, f, g, h = self._h
        for t in range(80):
            t1 = h + (_rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)) + ((e & f) ^ (~e & g)) + _K[t] + w[t]
            t2 = (_rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _MASK, c, b, a, (t1 + t2) & _MASK
        self._h = [(x + y) & _MASK for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def copy(self):
        other = sha512()
        other._h = list(self._h)
        other._pending = self._pending
        other._length = self._length
        return other

    def digest(self):
        tail = self._pending + b"\x80"
        tail += b"\x00" * ((112 - len(tail)) % 128) + (self._length * 8).to_bytes(16, "big")
        finisher = self.copy()
        for start in range(0, len(tail), 128):
            finisher._compress(tail[start:start + 128])
        return b"".join(x.to_bytes(8, "big") for x in finisher._h)

    def hexdigest(self):
        return self.digest().hex()
