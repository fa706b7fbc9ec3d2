"""An LRU cache class built on OrderedDict, and one on a linked list."""
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old!r}")

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LinkedLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map[key]
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __setitem__(self, key, value):
        if key in self.map:
            self._unlink(self.map[key])
        node = self.map[key] = Node(key, value)
        self._push_front(node)
        if len(self.map) > self.capacity:
            last = self.tail.prev
            self._unlink(last)
            del self.map[last.key]

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache, len(cache))
print(cache.get("a"), cache.get("z", "none"))
cache.put("d", 4)
cache.put("b", 20)
cache.put("e", 5)
print(cache, "a" in cache, "c" in cache)
print("hits", cache.hits, "misses", cache.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

lru = LinkedLRU(2)
lru[1] = "one"
lru[2] = "two"
print(lru[1])
lru[3] = "three"
print(list(lru.keys()))
try:
    lru[2]
except KeyError as e:
    print("KeyError:", e, repr(e))

requests = [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 2, 3, 7, 1]
for size in (2, 3, 4):
    c = LRUCache(size)
    for r in requests:
        if c.get(r) is None:
            c.put(r, r * r)
    print(f"size={size} hit rate={c.hits / len(requests):.1%}")
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, list(reversed(od)), od.popitem(), od == OrderedDict.fromkeys("eacd"))
