# weakref.ref refuses exactly the types CPython gives no weak reference list
# (int, str, tuple, list, dict, iterators, ...) and accepts the others.
import weakref, itertools, collections, functools, types, sys, re, io
class C: pass
class S:
    __slots__ = ("a",)
class SW:
    __slots__ = ("a", "__weakref__")
class SubS(S): pass
class LI(list): pass
class DI(dict): pass
class IN(int): pass
class TU(tuple): pass
class ST(str): pass
def f(): pass
def gen(): yield 1
async def co(): pass
cands = [1, 2**80, 1.5, 1j, "s", b"b", bytearray(), (1,), [], {}, set(), frozenset(), None, True,
         range(3), slice(1), object(), C(), C, S(), SW(), SubS(), LI(), DI(), IN(1), TU(), ST("x"),
         f, gen(), len, [].append, C().__init__, type, int, iter([]), iter(()), iter(""), iter({}),
         itertools.count(), itertools.chain(), itertools.repeat(1), collections.deque(), collections.OrderedDict(),
         collections.defaultdict(), functools.partial(f), types.SimpleNamespace(), sys, re.compile("a"),
         io.StringIO(), property(), staticmethod(f), classmethod(f), memoryview(b""), Ellipsis,
         NotImplemented, enumerate([]), zip(), map(f, []), filter(None, []), reversed([]), weakref.ref(C),
         ValueError(), super, types.MappingProxyType({}), dict().keys(), f.__code__,
         functools.lru_cache(f), lambda: 0, co, collections.namedtuple("P", "x")(1), Exception, object]
for o in cands:
    try:
        r = weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(type(o).__name__, e)
try:
    weakref.ref(1, None)
except TypeError as e:
    print(e)
print(weakref.getweakrefcount(1), hasattr(C(), "__weakref__"), hasattr(S(), "__weakref__"))
class E(Exception): pass
class M(type): pass
class DictSlots:
    __slots__ = ("__dict__",)
class AfterDictSlots(DictSlots): pass
for o in (E(), M("X", (), {}), DictSlots(), AfterDictSlots()):
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok", "__weakref__" in type(o).__dict__)
    except TypeError as e:
        print(e)
for bases, slots in (((int,), ("__weakref__",)), ((C,), ("__weakref__",)), ((), ("__weakref__", "__weakref__"))):
    try:
        type("T", bases, {"__slots__": slots})
        print("created")
    except TypeError as e:
        print(e)
class D2(collections.deque): pass
r = weakref.ref(D2())
print(r())
