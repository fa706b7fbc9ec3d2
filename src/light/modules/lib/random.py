"""Random numbers: CPython 3.11's random module, sequence for sequence.

Every method consumes the Mersenne Twister exactly as CPython's does, so a given
seed produces the same values here as there.
"""
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from operator import index as _index
from bisect import bisect as _bisect
import _random

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular", "gauss",
           "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "randbytes"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1
_DEPRECATED_NON_INTEGER = ("non-integer arguments to randrange() have been deprecated since "
                           "Python 3.10 and will be removed in a subsequent version")


def _warn(message, category=UserWarning, stacklevel=1):
    import warnings
    warnings.warn(message, category, stacklevel + 1)


def _urandom(n):
    try:
        from _entropy import urandom
    except ImportError:  # under CPython (scripts/lib-check.py) there is only os
        from os import urandom
    return urandom(n)


def _accumulate(values):
    total = []
    running = None
    for value in values:
        running = value if not total else running + value
        total.append(running)
    return total


def _range_arg(value, which):
    """randrange's argument as an int; whole floats pass with 3.10's deprecation warning."""
    if type(value) is int:
        return value
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % which)
        _warn(_DEPRECATED_NON_INTEGER, DeprecationWarning, 3)
        return as_int


def _seed_material(a, version):
    """The int, float or None that a seed value a stands for under seeding version 1 or 2."""
    if version == 1 and isinstance(a, (str, bytes)):
        text = a.decode("latin-1") if isinstance(a, bytes) else a
        # Python 2's string hash, kept so that old version-1 seeds give the same streams.
        h = ord(text[0]) << 7 if text else 0
        for ch in text:
            h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
        h ^= len(text)
        return -2 if h == -1 else h
    if version == 2 and isinstance(a, (str, bytes, bytearray)):
        from _sha512 import sha512
        raw = a.encode() if isinstance(a, str) else a
        return int.from_bytes(raw + sha512(raw).digest(), "big")
    if a is None or isinstance(a, (int, float, str, bytes, bytearray)):
        return a
    raise TypeError("The only supported seed types are: None,\n"
                    "int, float, str, bytes, and bytearray.")


def _cumulative_weights(weights):
    try:
        return _accumulate(weights)
    except TypeError:
        if isinstance(weights, int):
            # choices(population, 3): the count was passed where weights go.
            raise TypeError("The number of choices must be a keyword argument: "
                            f"k={weights!r}") from None
        raise


def _weight_total(cum_weights, size):
    if len(cum_weights) != size:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not _isfinite(total):
        raise ValueError("Total of weights must be finite")
    return total


def _vonmises_accepted_cosine(draw, rho):
    # Best and Fisher's rejection loop; returns the cosine of the accepted angle.
    while True:
        z = _cos(_pi * draw())
        d = z / (rho + z)
        u = draw()
        if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
            return z


def _gamma_cheng(draw, alpha):
    # Cheng's rejection method (1977) for shape alpha > 1.
    spread = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    slope = alpha + spread
    while True:
        u1 = draw()
        if not 1e-7 < u1 < 0.9999999:
            continue
        u2 = 1.0 - draw()
        v = _log(u1 / (1.0 - u1)) / spread
        x = alpha * _exp(v)
        z = u1 * u1 * u2
        r = shift + slope * v - x
        if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
            return x


def _gamma_ahrens_dieter(draw, alpha):
    # Ahrens and Dieter's GS algorithm for shape alpha < 1.
    bound = (_e + alpha) / _e
    while True:
        p = bound * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if draw() <= _exp(-x):
                return x
        else:
            x = -_log((bound - p) / alpha)
            if draw() <= x ** (alpha - 1.0):
                return x


class Random(_random.Random):
    """The Mersenne Twister of _random, with the distributions built on it."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        super().seed(_seed_material(a, version))
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version != 3 and version != 2:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            # Old pickles may hold words outside 32 bits; they are taken modulo 2**32.
            try:
                words = tuple(word % (2 ** 32) for word in words)
            except ValueError as e:
                raise TypeError from e
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        """A subclass draws integers from getrandbits() or random(), whichever it overrides last."""
        sources = (("getrandbits", cls._randbelow_with_getrandbits),
                   ("random", cls._randbelow_without_getrandbits))
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                return
            for source, picker in sources:
                if source in own:
                    cls._randbelow = picker
                    return

    def _randbelow_with_getrandbits(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        draw = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        # Draws at or above the cutoff would favour the low residues, so they are redrawn.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            x = draw()
            if x < cutoff:
                return _floor(x * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=_ONE):
        istart = _range_arg(start, "arg 1")
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _range_arg(stop, "stop")
        width = istop - istart
        istep = _range_arg(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, k, counts)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        # Up to this size a shrinking copy costs less than a set of indices already taken.
        copy_limit = 21 if k <= 5 else 21 + 4 ** _ceil(_log(k * 3, 4))
        pick = self._randbelow
        chosen = []
        if size <= copy_limit:
            remaining = list(population)
            for last in range(size - 1, size - 1 - k, -1):
                j = pick(last + 1)
                chosen.append(remaining[j])
                remaining[j] = remaining[last]
            return chosen
        taken = set()
        while len(chosen) < k:
            j = pick(size)
            if j not in taken:
                taken.add(j)
                chosen.append(population[j])
        return chosen

    def _sample_counted(self, population, size, k, counts):
        bounds = _accumulate(counts)
        if len(bounds) != size:
            raise ValueError("The number of counts does not match the population")
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        return [population[_bisect(bounds, slot)] for slot in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in range(k)]
        if cum_weights is None:
            cum_weights = _cumulative_weights(weights)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        total = _weight_total(cum_weights, size)
        return [population[_bisect(cum_weights, draw() * total, 0, size - 1)] for _ in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u <= split:
            return low + (high - low) * _sqrt(u * split)
        # The upper part is the lower one mirrored, measured down from high.
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, keeping the second value for the next call)."""
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z, self.gauss_next = _cos(angle) * radius, _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the desired mean."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        z = _vonmises_accepted_cosine(self.random, rho)
        inv = 1.0 / rho
        turn = _acos((inv + z) / (1.0 + inv * z))
        return (mu + turn) % TWOPI if self.random() > 0.5 else (mu - turn) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            return _gamma_cheng(self.random, alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return _gamma_ahrens_dieter(self.random, alpha) * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source."""

    def random(self):
        return (int.from_bytes(_urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes


def _reseed_after_fork():
    """A forked child must not repeat its parent's sequence (the Light tier has no fork)."""
    try:
        from os import register_at_fork
    except ImportError:
        return
    register_at_fork(after_in_child=_inst.seed)


_reseed_after_fork()
