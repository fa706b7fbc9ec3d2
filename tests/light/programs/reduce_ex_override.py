# object.__reduce_ex__ uses a class's own __reduce__ (native ones included: deque,
# defaultdict, partial, _tuplegetter), called as found on the instance.
import copy, collections, functools
from collections import deque, defaultdict, namedtuple
P = namedtuple("P", "x y")
d = deque([1, 2, [3]], maxlen=5)
dd = defaultdict(list, a=[1])
pa = functools.partial(max, 1, key=abs)
for o in (d, dd, pa, P.x):
    print(type(o).__name__, "__reduce_ex__" in vars(type(o)))
    for proto in (0, 1, 2, 4):
        r = o.__reduce_ex__(proto)
        print(proto, r[0], r[1:2])
    c = copy.copy(o); dc = copy.deepcopy(o)
    print(repr(c)[:40], repr(dc)[:40])
class E:
    def __reduce__(self):
        return (E, ())
e = E()
print(e.__reduce_ex__(2), copy.copy(e).__class__)
class F(deque):
    pass
f = F([1, 2])
print(f.__reduce_ex__(2)[0], copy.copy(f))
class G:
    pass
g = G()
g.__reduce__ = lambda: (G, ())
print(g.__reduce_ex__(2)[0].__name__)
class H:
    def __reduce__(self):
        return (H, ("class",))
h = H()
h.__reduce__ = lambda: (H, ("instance",))
print(h.__reduce_ex__(2), h.__reduce_ex__(0))
class I:
    __reduce__ = None
try:
    I().__reduce_ex__(2)
except TypeError as e:
    print(e)
print(deque.__reduce_ex__ is object.__reduce_ex__, deque.__dict__.get("__reduce_ex__"))
print(dict(vars(functools.partial)).get("__reduce_ex__"))
try:
    h.__reduce_ex__("x")
except TypeError as e:
    print(e)
