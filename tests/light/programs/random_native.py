"""The native _random.Random: CPython's MT19937 seeding, draws, state and errors."""
import _random


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print(_random.Random, _random.Random.__module__, _random.Random.__name__)
r = _random.Random(42)
print([r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(200), r.getrandbits(0))
for seed in [0, 1, -1, 42, -42, 2**32, 2**32 - 1, 2**64 + 5, 10**40, -(10**40), True, 3.5, -0.0, (1, 2), frozenset()]:
    r.seed(seed)
    print(repr(seed), r.random(), r.getrandbits(64))
r.seed()
print(0.0 <= r.random() < 1.0, r.getrandbits(8) < 256)
a, b = _random.Random(7), _random.Random()
b.setstate(a.getstate())
print(a.random() == b.random(), a.getrandbits(100) == b.getrandbits(100))
state = a.getstate()
print(type(state).__name__, len(state), state[-1], all(0 <= w < 2**32 for w in state[:-1]))
for i in range(700):
    a.random()
s2 = a.getstate()
print(s2[-1], a.random())
attempt("seed([])", lambda: r.seed([]))
attempt("seed(1, 2)", lambda: r.seed(1, 2))
attempt("getrandbits(-1)", lambda: r.getrandbits(-1))
attempt("getrandbits(1.5)", lambda: r.getrandbits(1.5))
attempt("setstate(1)", lambda: r.setstate(1))
attempt("setstate(short)", lambda: r.setstate((1, 2)))
attempt("setstate(bad index)", lambda: r.setstate((0,) * 624 + (625,)))
attempt("setstate(neg index)", lambda: r.setstate((0,) * 624 + (-1,)))
attempt("setstate(str word)", lambda: r.setstate(("a",) * 624 + (0,)))
attempt("setstate(float index)", lambda: r.setstate((0,) * 624 + (1.0,)))
attempt("Random(1, 2)", lambda: _random.Random(1, 2))
attempt("Random(x=1)", lambda: _random.Random(x=1))
big = (2**32 + 7,) + (5,) * 623 + (624,)
r.setstate(big)
print(r.getstate()[0], r.random())


class Sub(_random.Random):
    def __init__(self, x, extra=None):
        self.extra = extra
        self.seed(x)


s = Sub(3, extra="e")
print(s.extra, s.random(), isinstance(s, _random.Random), Sub.__mro__[1])
