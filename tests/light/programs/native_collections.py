# _collections natively: deque, defaultdict and _count_elements against CPython.
from collections import deque, defaultdict, Counter
import copy
d = deque(range(10))
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.rotate(23); print(d, len(d))
d.append(10); d.appendleft(-1); print(d, d.pop(), d.popleft())
b = deque(range(5), maxlen=3); print(b, b.maxlen)
b.append(9); b.appendleft(8); print(b)
b.extend([1,2,3,4]); print(b); b.extendleft('ab'); print(b)
print(deque('abc') + deque('de'), deque('ab') * 3, 2 * deque('xy'), deque('ab', maxlen=3) * 4)
x = deque([1,2]); x += [3]; x *= 2; print(x)
x.insert(1, 'i'); x.insert(-1, 'j'); x.insert(100, 'k'); x.insert(-100, 'l'); print(x)
x.remove(2); print(x, x.count(1), x.index(1), x.index(1, 2), x.index(3, -3))
del x[0]; del x[-1]; del x[3]; print(x)
x[0] = 'z'; x[-1] = 'y'; print(x, x[2], x[-2])
x.reverse(); print(x, list(reversed(x)))
print(1 in x, 'y' in x, 99 in x)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) <= deque([1]), deque([2]) > deque([1,5]), deque([1]) == [1], deque() != deque([1]))
r = deque([1]); r.append(r); print(r)
class D(deque):
    pass
s = D([1,2], 5); print(s, s.copy(), type(s.copy()), copy.copy(s), copy.deepcopy(s), s.maxlen)
print(copy.copy(deque([1,2], 4)), copy.deepcopy(deque([[1],[2]])))
e = deque([1,2,3])
try:
    for i in e: e.append(1)
except RuntimeError as ex: print(ex)
it = iter(deque([1,2,3])); print(it.__length_hint__(), next(it), it.__length_hint__())
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory)
print(defaultdict(), defaultdict(None, {1:2}), defaultdict(int, a=1))
c = dd.copy(); print(c, type(c), c is dd, copy.copy(dd), copy.deepcopy(dd))
print(dd | {'z': 5}, {'y': 0} | dd, type({'y': 0} | dd))
try: defaultdict(5)
except TypeError as ex: print(ex)
try: defaultdict()['x']
except KeyError as ex: print(repr(ex))
class DD(defaultdict):
    def __missing__(self, k): return k * 2
print(DD(int)[4], DD(list), isinstance(DD(), dict))
q = defaultdict(int); q.default_factory = None; print(q)
rr = defaultdict(list); rr.default_factory = rr.copy; print(repr(rr)[:40])
print(Counter('abracadabra').most_common(3), Counter(a=1) + Counter('aab'))
class M(dict):
    def __setitem__(self, k, v): print('set', k, v); super().__setitem__(k, v)
c2 = Counter(); 
import collections
collections._count_elements(M(), 'aba')
print(deque.__module__, defaultdict.__module__, deque.__name__, deque[int])
import weakref; w = weakref.ref(d); print(w() is d)
print(deque(maxlen=0), deque([], 0).maxlen)
z = deque([1,2,3], maxlen=0); z.append(1); print(z)
print(bool(deque()), bool(deque([0])))
print(deque('abcd')[1], deque(x for x in range(3)))
try: deque([1])[1]
except IndexError as ex: print(ex)
try: deque([1]).index(5)
except ValueError as ex: print(ex)
try: deque([1])[0:1]
except TypeError as ex: print(ex)
try: deque([1], 'a')
except TypeError as ex: print(ex)
try: deque([1], -1)
except ValueError as ex: print(ex)
try: deque().popleft()
except IndexError as ex: print(ex)
try: deque([1], 1).insert(0, 2)
except IndexError as ex: print(ex)
try: deque('ab') + [1]
except TypeError as ex: print(ex)
try: deque('ab') * 1.5
except TypeError as ex: print(ex)
try: hash(deque())
except TypeError as ex: print(ex)
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
nd = deque([Noisy(1), Noisy(2)], maxlen=2)
nd.append(Noisy(3))
print('popped', nd.popleft().n)
del nd
print('end')
from collections import namedtuple
Pt = namedtuple('Pt', 'x y')
pt = Pt(1, 2)
g = Pt.__dict__['x']
print(pt.x, pt.y, type(g).__name__, g.__doc__, repr(g), g.__reduce__(), g.__get__(None, Pt) is g)
for call in (lambda: g.__get__(5), lambda: setattr(pt, 'x', 3), lambda: delattr(pt, 'y'),
             lambda: type(g)(5, 'd').__get__((1,)), lambda: type(g)('a', 'd')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
g.__doc__ = 'changed'; print(Pt.x.__doc__)
print(Counter('mississippi').most_common(), Counter('aab').most_common(1))
# lifetimes: what the native objects hold dies with them
import weakref
class Token:
    def __init__(self, name): self.name = name
    def __del__(self): print('gone', self.name)
dq = deque([Token('in deque')]); it = iter(dq); del dq; print('deque kept by its iterator'); del it
fd = defaultdict(Token); fd['k'] = Token('value'); fd.default_factory = None; del fd
print('lifetimes done')

# the order in which a deque releases its items
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print('gone', self.n)
d = deque(T(i) for i in range(5)); d.rotate(2); del d
print('--')
d = deque(T(i) for i in range(4)); d.clear(); print('cleared')
d = deque(T(i) for i in range(3)); d.__init__([T(9)]); print('reinit'); del d
d = deque([T(1)], maxlen=1); d.append(T(2)); print('pushed out'); d.appendleft(T(3)); print('pushed out right')
d.extend([T(4), T(5)]); print('extended'); del d
d = deque(T(i) for i in range(3)); d *= 0; print('times zero')
d = deque(T(i) for i in range(3)); d[1] = T(7); print('set'); del d[0]; print('deleted'); d.remove(d[0]); print('removed'); del d
nan = float('nan')
nd = deque([nan, 1])
print(nan in nd, nd.count(nan), nd.index(nan), nd == deque([nan, 1]), deque([nan]) < deque([nan, 0]))
nd.remove(nan); print(nd)

# defaultdict's constructor forms, factory attribute and dict interplay

print(defaultdict(default_factory=list), defaultdict.fromkeys([1, 2]), dict(defaultdict(int, a=1)))
d = defaultdict(int); d.default_factory = 5
try: d['x']
except TypeError as e: print(e)
del d.default_factory; print(d.default_factory)
d |= {'q': 1}; print(d, type(d))
print(defaultdict(list, [(1, 2)]), defaultdict(list, {3: 4}, z=5), sorted(defaultdict(int, b=1, a=2).items()))
print(isinstance(defaultdict(), dict), issubclass(defaultdict, dict), defaultdict.__mro__)
import json; print(json.dumps(defaultdict(int, a=1)))

# match treats a deque as a sequence and a defaultdict as a mapping

match deque([1, 2]):
    case [a, b]: print('seq', a, b)
    case _: print('no')
match defaultdict(int, {'k': 1}):
    case {'k': v}: print('map', v)
    case _: print('no')
class D(deque): pass
match D([3]):
    case [x]: print('sub', x)
    case _: print('no')
