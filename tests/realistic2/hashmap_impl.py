# An open-addressing hash map implementing the mapping protocol, compared against dict.
from collections.abc import MutableMapping


class HashMap(MutableMapping):
    _EMPTY = object()
    _DELETED = object()

    def __init__(self, items=(), **kwargs):
        self._keys = [self._EMPTY] * 8
        self._values = [None] * 8
        self._size = 0
        self._probes = 0
        self.update(items, **kwargs)

    def _slot(self, key):
        mask = len(self._keys) - 1
        i = hash(key) & mask
        perturb = hash(key) & 0xFFFFFFFF
        first_deleted = None
        while True:
            self._probes += 1
            k = self._keys[i]
            if k is self._EMPTY:
                return (first_deleted if first_deleted is not None else i), False
            if k is self._DELETED:
                if first_deleted is None:
                    first_deleted = i
            elif k is key or k == key:
                return i, True
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask

    def _grow(self):
        old = [(k, v) for k, v in zip(self._keys, self._values) if k is not self._EMPTY and k is not self._DELETED]
        self._keys = [self._EMPTY] * (len(self._keys) * 2)
        self._values = [None] * len(self._keys)
        self._size = 0
        for k, v in old:
            self[k] = v

    def __getitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        return self._values[i]

    def __setitem__(self, key, value):
        if (self._size + 1) * 3 > len(self._keys) * 2:
            self._grow()
        i, found = self._slot(key)
        if not found:
            self._size += 1
            self._keys[i] = key
        self._values[i] = value

    def __delitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        self._keys[i] = self._DELETED
        self._values[i] = None
        self._size -= 1

    def __iter__(self):
        for k in self._keys:
            if k is not self._EMPTY and k is not self._DELETED:
                yield k

    def __len__(self):
        return self._size

    def __repr__(self):
        return "HashMap({" + ", ".join(f"{k!r}: {v!r}" for k, v in sorted(self.items(), key=repr)) + "})"


class BadHash:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 42

    def __eq__(self, other):
        return isinstance(other, BadHash) and self.name == other.name

    def __repr__(self):
        return f"BadHash({self.name!r})"


m = HashMap(a=1, b=2)
ref = {"a": 1, "b": 2}
for i in range(200):
    key = (i * 7919) % 101
    if i % 3 == 0 and key in ref:
        del m[key]
        del ref[key]
    else:
        m[key] = ref[key] = i
print(len(m), len(ref), sorted(m.items()) == sorted(ref.items()), dict(m) == ref, m == ref)
print(sorted(m.keys())[:10], sum(m.values()), m.get("zz", "none"), m.get("a"))
print(m.pop("a"), m.pop("a", "gone"), m.setdefault("new", []), "new" in m, "a" in m)
try:
    m["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del m["missing"]
except KeyError as e:
    print("KeyError:", e)
bad = HashMap()
for name in "xyzw":
    bad[BadHash(name)] = name.upper()
del bad[BadHash("y")]
bad[BadHash("v")] = "V"
print(bad, len(bad), BadHash("z") in bad, BadHash("y") in bad)
mixed = HashMap()
mixed[1] = "int"
mixed[1.0] = "float"
mixed[True] = "bool"
mixed[(1, 2)] = "tuple"
mixed[frozenset({1})] = "frozenset"
mixed[None] = "none"
print(mixed, len(mixed))
try:
    mixed[[1]] = "list"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(m, MutableMapping), HashMap.__mro__[1].__name__, m._probes > 0)
m.clear()
print(len(m), list(m), m.popitem() if m else "empty")
bigger = HashMap((str(i), i) for i in range(1000))
print(len(bigger), len(bigger._keys), bigger["999"], sum(bigger.values()))
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"))
