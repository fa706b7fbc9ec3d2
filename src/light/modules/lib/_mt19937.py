"""The Mersenne Twister MT19937 behind random.Random, seeded the way CPython's _random does.

Hot: every random call lands in next32(); this module should become native first.
"""

_N = 624
_M = 397
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MATRIX_A = 0x9908B0DF
_MASK32 = 0xFFFFFFFF


class MT19937:
    def __init__(self):
        self.mt = [0] * _N
        self.index = _N + 1

    def init_genrand(self, s):
        mt = self.mt
        mt[0] = s & _MASK32
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        self.index = _N

    def init_by_array(self, key):
        self.init_genrand(19650218)
        mt = self.mt
        i, j = 1, 0
        length = len(key)
        for _ in range(max(_N, length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000

    def seed_int(self, n):
        """Seed from a non-negative int: its 32-bit words, least significant first."""
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        self.init_by_array(key or [0])

    def _twist(self):
        mt = self.mt
        for k in range(_N):
            y = (mt[k] & _UPPER) | (mt[(k + 1) % _N] & _LOWER)
            mt[k] = mt[(k + _M) % _N] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
        self.index = 0

    def next32(self):
        if self.index >= _N:
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def random(self):
        a = self.next32() >> 5
        b = self.next32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k <= 32:
            return self.next32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self.next32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        return tuple(self.mt) + (self.index,)

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        words = []
        for word in state[:_N]:
            words.append(_as_word(word))
        index = _as_c_long(state[_N])
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self.mt = words
        self.index = index


def _as_word(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if value < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if value >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return value & _MASK32


def _as_c_long(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value
