# _functools natively: partial, reduce, cmp_to_key and the lru_cache wrapper against CPython.
import functools, _functools
from functools import partial, reduce, cmp_to_key, lru_cache
p = partial(print, 1, sep='-')
print(repr(p), p.func, p.args, p.keywords)
class P(partial): pass
print(repr(P(max, 1)), repr(partial(P(max, 1), 2)), repr(partial(partial(max, 1), 2)))
q = partial(max, 1); q.attr = 1; print(repr(partial(q, 2)))
for f, a, k in [(partial, (), {}), (partial, (1,), {}), (reduce, (max,), {}), (reduce, (max, 5), {}), (reduce, (max, []), {}), (cmp_to_key, (), {}), (_functools._lru_cache_wrapper, (max, 'a', False, None), {})]:
    try: print(f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
try: p.func = 1
except Exception as e: print(type(e).__name__, e)
K = cmp_to_key(lambda a, b: a - b)
print(type(K), K(1) < K(2), sorted([3,1,2], key=K))
try: K(1) < 1
except Exception as e: print(type(e).__name__, e)
try: hash(K(1))
except Exception as e: print(type(e).__name__, e)
print(K(1).obj)
@lru_cache(maxsize=2)
def f(x, y=0): return x + y
f(1); f(1); f(2); f(3); f(1); f(1, y=2); f(1, y=2); f(x=1)
print(f.cache_info(), f.cache_parameters(), f.__wrapped__ is f.__wrapped__, f.__name__, f.__qualname__, f.__doc__, type(f), repr(f)[:40])
@lru_cache(typed=True)
def g(x): return x
g(1); g(1.0); g(True); print(g.cache_info())
@lru_cache(None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info()); fib.cache_clear(); print(fib.cache_info())
@lru_cache(0)
def z(x): return x
z(1); z(1); print(z.cache_info())
class C:
    @lru_cache
    def m(self, x): return x * 2
c = C(); print(c.m(2), c.m(2), C.m.cache_info())
print(partial.__module__, partial.__name__, type(reduce), _functools.partial is partial)
r = partial(print); r.__dict__['x'] = 1; print(r.x)
print(partial(lambda *a, **k: (a, k), 1, a=1)(2, a=2, b=3))

import copy, weakref
class Q(partial):
    def __call__(self, *a, **k):
        return ('Q', super().__call__(*a, **k))
qq = Q(max, 1)
print(qq(5), repr(partial(qq, 2)), partial(qq, 2)(0))
pc = partial(max, 1, key=abs)
print(copy.copy(pc), copy.deepcopy(pc), pc.__reduce__()[:2], weakref.ref(pc)() is pc)
rp = partial(max); rp2 = partial(rp); print(rp2.func is max)
self_ref = partial(print); self_ref.__setstate__((print, (self_ref,), {}, None)); print(repr(self_ref))
print(partial(max, 1, 2)(3, key=lambda v: -v), partial(sorted, key=len)(['aaa', 'b', 'cc']), partial(sorted, key=len)(['aaa', 'b'], key=None))
class A:
    p = partial(lambda *a: a, 1)
print(A().p(2), A.p(3))
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 'init'), reduce(max, iter([3, 9, 2])))
def gen():
    yield 1
    raise ValueError('boom')
try: reduce(lambda a, b: a + b, gen())
except ValueError as e: print('ValueError', e)
print(sorted(['b', 'C', 'a'], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
k = cmp_to_key(lambda a, b: 0)
print(k(1) == k(2), k(1) <= k(2), k(1) != k(2))
calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    sq(v)
print(calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq(2), sq.cache_info())
@functools.cache
def tri(n): return n if n < 1 else n + tri(n - 1)
print(tri(300), tri.cache_info())
@lru_cache(maxsize=1)
def rec(n): return 0 if n == 0 else rec(n - 1) + 1
print(rec(20), rec.cache_info())
@lru_cache
def kw(a, b=1, *, c=2): return a + b + c
kw(1); kw(1, 1); kw(1, b=1); kw(b=1, a=1); kw(1, c=2); kw(1); print(kw.cache_info())
print(copy.copy(kw) is kw, copy.deepcopy(kw) is kw, kw.__reduce__())
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
@lru_cache(maxsize=1)
def keep(n): return Noisy(n)
keep(1); keep(2); print('after 2')
keep.cache_clear(); print('cleared')
try:
    @lru_cache(maxsize='x')
    def bad(): pass
except TypeError as e: print(e)
@functools.wraps(max)
def w(*a): return max(*a)
print(w.__name__, w.__wrapped__ is max, w(1, 5))
class Token:
    def __init__(self, name): self.name = name
    def __del__(self): print('gone', self.name)
pt = partial(print, Token('arg'), key=Token('kw')); pt.extra = Token('attr'); del pt
kt = cmp_to_key(lambda a, b: 0)(Token('key obj')); del kt
@lru_cache(maxsize=2)
def hold(n): return Token(n)
hold('a'); hold('b'); hold('c'); print('evicted one'); del hold
@lru_cache(maxsize=3)
def hold2(n): return Token(n)
hold2('x'); hold2('y'); hold2('z'); hold2('x'); hold2.cache_clear(); print('cleared')
@lru_cache(maxsize=None)
def hold3(n): return Token(n)
hold3('p'); hold3('q'); hold3('p'); del hold3
print('lifetimes done')

# a key whose __eq__ clears the cache during the lookup

class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, other):
        f.cache_clear()
        return self.v == other.v
@lru_cache(maxsize=4)
def f(k): return k.v * 2
print(f(K(1)), f(K(2)), f(K(1)), f(K(3)), f.cache_info())
@lru_cache(maxsize=None)
def g(k): return k.v
class J(K):
    __hash__ = K.__hash__
    def __eq__(self, other):
        g.cache_clear()
        return self.v == other.v
print(g(J(1)), g(J(2)), g(J(1)), g.cache_info())
