# An LRU + TTL cache with OrderedDict, a fake clock and functools.wraps.
from collections import OrderedDict
from functools import wraps


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


class TTLCache:
    def __init__(self, maxsize, ttl, clock):
        self.maxsize, self.ttl, self.clock = maxsize, ttl, clock
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = self.expirations = 0

    def get(self, key, default=None):
        entry = self.data.get(key)
        if entry is None:
            self.misses += 1
            return default
        value, expires = entry
        if expires <= self.clock():
            del self.data[key]
            self.expirations += 1
            self.misses += 1
            return default
        self.data.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = (value, self.clock() + self.ttl)
        while len(self.data) > self.maxsize:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            print(f"  evict {old!r}")

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data and self.data[key][1] > self.clock()

    def __repr__(self):
        return f"TTLCache({list(self.data)}, hits={self.hits}, misses={self.misses})"


def cached(cache):
    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            key = (fn.__name__, args, tuple(sorted(kwargs.items())))
            sentinel = object()
            value = cache.get(key, sentinel)
            if value is sentinel:
                value = fn(*args, **kwargs)
                cache.put(key, value)
            return value
        wrapper.cache = cache
        return wrapper
    return decorator


clock = FakeClock()
cache = TTLCache(3, ttl=10, clock=clock)
calls = []


@cached(cache)
def slow_square(n, *, offset=0):
    """Square n, slowly."""
    calls.append(n)
    return n * n + offset


print(slow_square.__name__, slow_square.__doc__, slow_square.__wrapped__.__name__)
for step, n in enumerate([2, 3, 2, 4, 5, 2, 3, 3]):
    clock.advance(2)
    print(f"t={clock():4.1f} square({n}) = {slow_square(n)}  len={len(cache)}")
print("calls:", calls)
print(slow_square(2, offset=1), slow_square(2, offset=1), cache)
clock.advance(11)
print("after ttl:", slow_square(2, offset=1), ("slow_square", (3,), ()) in cache)
print(f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions} expired={cache.expirations}")


class LRU(OrderedDict):
    def __init__(self, maxsize):
        super().__init__()
        self.maxsize = maxsize

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            del self[next(iter(self))]


lru = LRU(2)
lru["a"] = 1
lru["b"] = 2
lru["a"]
lru["c"] = 3
print(list(lru.items()), repr(lru), lru == OrderedDict([("a", 1), ("c", 3)]), lru == {"c": 3, "a": 1})
od1 = OrderedDict(a=1, b=2)
od2 = OrderedDict(b=2, a=1)
print(od1 == od2, dict(od1) == dict(od2), list(reversed(od1)), od1 | {"z": 0})

# Cache dumps stay short with reprlib; a cache that holds itself prints "...".
import reprlib


class DebugCache(dict):
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"DebugCache({dict.__repr__(self)})"


dc = DebugCache(a=1)
dc["self"] = dc
print(dc, DebugCache.__repr__.__name__)
short = reprlib.Repr()
short.maxdict = 2
short.maxstring = 12
print(short.repr({f"key{i}": "v" * i * 5 for i in range(5)}), reprlib.repr(list(range(50))), reprlib.repr(2 ** 150))
