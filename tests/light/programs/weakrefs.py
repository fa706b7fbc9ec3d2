# Weak references (_weakref): ref, callbacks, sharing, dead references,
# subclasses with slots (as weakref.KeyedRef).
import _weakref
from _weakref import ref


class C:
    def __init__(self, name):
        self.name = name


c = C("c")
r = ref(c)
print(r() is c, ref(c) is r, _weakref.getweakrefcount(c), type(r).__name__, r.__callback__)
dead = []
r2 = ref(c, lambda wr: dead.append(wr() is None))
print(_weakref.getweakrefcount(c), len(_weakref.getweakrefs(c)), r == r2, hash(r) == hash(c))
del c
print(r(), r2(), dead, r == r2, _weakref.getweakrefcount(r))
for bad in (1, "s", (1,), [1], {}, None, 1.5):
    try:
        ref(bad)
    except TypeError as e:
        print(e)


class KeyedRef(ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


gone = []
o = C("o")
k = KeyedRef(o, lambda wr: gone.append(wr.key), "the-key")
print(k() is o, k.key, isinstance(k, ref))
del o
print(gone, k())


def f():
    pass


fr = ref(f)
print(fr() is f, ref(C)() is C, ref(len)() is len)
try:
    hash(r)
    print("hash kept")
    hash(ref(C("temp")))
except TypeError as e:
    print(e)
