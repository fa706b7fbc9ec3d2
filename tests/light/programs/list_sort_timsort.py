# list.sort makes CPython 3.11's exact sequence of comparisons: runs,
# reversed descending runs, binary insertion, galloping merges, keys,
# reverse=True, and which pair fails first on mixed types.
import random


class Logged:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Logged.log.append((self.v, other.v))
        return self.v < other.v


def check(name, data, key=None, reverse=False):
    Logged.log = []
    items = [Logged(x) for x in data]
    if key:
        items.sort(key=lambda o: Logged(key(o.v)), reverse=reverse)
    else:
        items.sort(reverse=reverse)
    out = [x.v for x in items]
    digest = 0
    for a, b in Logged.log:
        digest = (digest * 1000003 + hash((a, b))) & 0xFFFFFFFFFFFF
    print(name, len(data), len(Logged.log), digest, out == sorted(data, key=key, reverse=reverse))


rng = random.Random(12345)
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 127, 200, 500, 1000, 2000]:
    data = [rng.randrange(n * 2 + 1) for _ in range(n)]
    check("random", data)
    check("dups", [rng.randrange(4) for _ in range(n)])
    check("sorted", sorted(data))
    check("reversed", sorted(data, reverse=True))
    runs = []
    while len(runs) < n:
        run = sorted(rng.randrange(1000) for _ in range(rng.randrange(1, 80)))
        runs += run if rng.random() < 0.5 else run[::-1]
    check("runs", runs[:n])
    check("reverse", data, reverse=True)
    check("key", data, key=lambda x: x % 7)
    check("key-reverse", runs[:n], key=lambda x: -x, reverse=True)
    check("sawtooth", [i % 17 for i in range(n)])

# The first mixed pair compared names the types in the error.
for data in ([3, "a", 1], ["a", 3, 1], [1, 2, 3, "x", 0], [5, 4, 3, 2, 1, None],
             list(range(50)) + ["s"] + list(range(40))):
    try:
        data.sort()
    except TypeError as e:
        print(e, data[:8])

# Even a failed sort leaves a permutation, partly sorted as CPython leaves it.
data = list(range(100, 0, -3)) + [None] + list(range(70))
try:
    data.sort(reverse=True)
except TypeError as e:
    print(e, data[:12], len(data))

# Mutation during the sort.
class Meddle:
    def __init__(self, v, target):
        self.v, self.target = v, target

    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v

victim = []
victim.extend(Meddle(i, victim) for i in (3, 1, 2))
try:
    victim.sort()
except ValueError as e:
    print(e, [m.v for m in victim])

# A failing key function leaves the list untouched.
def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x

data = [3, 2, 1]
try:
    data.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e, data)
print(sorted("the quick brown fox".split(), key=len, reverse=True))

# With one class for all keys, CPython calls its comparison directly and the
# whole protocol only when that returns NotImplemented (__lt__ runs twice).
calls = []
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append("lt")
        return NotImplemented
    def __gt__(self, o):
        calls.append("gt")
        return self.v > o.v
class B(A):
    pass
for data in ([A(3), A(1), A(2)], [A(3), B(1), A(2)], [B(2), B(1)]):
    calls.clear()
    data.sort()
    print([x.v for x in data], calls)
calls.clear()
print([x.v for x in sorted([A(3), A(1), A(2)], key=lambda a: A(-a.v))], calls)
