# lru_cache hit/miss counts under random calls (recursion, typed, keywords), compared with CPython.
from functools import lru_cache, partial, reduce
from collections import defaultdict, Counter
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
for maxsize in (None, 0, 1, 2, 5, 16):
    for typed in (False, True):
        calls = []
        @lru_cache(maxsize=maxsize, typed=typed)
        def f(*a, **k):
            calls.append((a, tuple(sorted(k.items()))))
            if a and a[0] == 3 and len(calls) < 50:
                f(rnd(6))
            return len(calls)
        res = []
        for _ in range(300):
            kind = rnd(5)
            v = rnd(8)
            if kind == 0: res.append(f(v))
            elif kind == 1: res.append(f(float(v)))
            elif kind == 2: res.append(f(v, k=rnd(2)))
            elif kind == 3: res.append(f(str(v)))
            else: res.append(f(v, rnd(3)))
        print(maxsize, typed, f.cache_info(), sum(res), len(calls))
g = defaultdict(int)
for i in range(1000): g[rnd(30)] += 1
print(sorted(g.items()), Counter(rnd(7) for _ in range(500)).most_common())
print(reduce(lambda a, b: (a * 31 + b) % 1000003, (rnd(100) for _ in range(1000))))
