# Every native container and callable releases what it held: the refcount of one object is back where it started.
import sys
from collections import deque, defaultdict, Counter, namedtuple
from functools import partial, lru_cache, reduce, cmp_to_key
from operator import itemgetter, attrgetter, methodcaller
import heapq, bisect
x = object()
class K:
    a = x
    def m(self, *a, **k): return x
def f(*a, **k): return x
before = sys.getrefcount(x)
for _ in range(50):
    d = deque([x] * 5, maxlen=9); d.rotate(2); d.extend([x, x]); d.appendleft(x); d.insert(2, x); d.remove(x); del d[1]; d[0] = x
    d2 = d.copy() + d; d2 *= 3; d2 += [x]; list(d2); list(reversed(d2)); d2.count(x); d2.index(x); x in d2; repr(d2); d2.pop(); d2.popleft(); d.__reduce__(); d == d2; d < d2
    dd = defaultdict(lambda: x); dd[1]; dd[x] = x; dd.copy(); dd | {x: x}; {x: 1} | dd; repr(dd); dd.__reduce__()
    c = Counter([x, x, 1]); c.most_common()
    P = namedtuple('P', 'a b'); p = P(x, x); p.a; p.b
    pp = partial(f, x, k=x); pp(x, j=x); pp(x); partial(pp, x)(x); repr(pp); pp.__reduce__(); pp.func; pp.args; pp.keywords
    p2 = partial(f, x); p2(x); p2(x, z=x)
    @lru_cache(maxsize=2)
    def g(*a, **k): return x
    g(x); g(x); g(1); g(2); g(x, k=x); g.cache_info(); g.cache_clear(); g(x)
    @lru_cache(None)
    def h(a): return x
    h(x); h(x); h(1)
    reduce(lambda a, b: x, [x, x, x], x)
    sorted([x, x], key=cmp_to_key(lambda a, b: 0))
    itemgetter(0, 1)([x, x]); itemgetter(0)([x]); attrgetter('a', 'a')(K); attrgetter('a')(K()); methodcaller('m', x, k=x)(K()); methodcaller('m')(K())
    hp = []; heapq.heappush(hp, 1); heapq.heappush(hp, 0); heapq.heappushpop(hp, 3); heapq.heapreplace(hp, 2); heapq.heappop(hp)
    lst = [1, 3]; bisect.insort(lst, 2); bisect.bisect(lst, 2, key=lambda v: v)
    try: deque().pop()
    except IndexError: pass
    try: d.index(object())
    except ValueError: pass
del d, d2, dd, c, p, P, pp, p2, g, h
print(sys.getrefcount(x) - before)
