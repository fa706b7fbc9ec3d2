# Out-of-range and wrongly typed size arguments of the native modules: CPython's exception types and texts.
import bisect, heapq
from collections import deque
from functools import lru_cache
for call in (lambda: bisect.bisect([1], 1, 2**100), lambda: bisect.bisect([1], 1, 0, 2**100), lambda: bisect.bisect([1], 1, -2**100),
             lambda: deque([1]).rotate(2**100), lambda: deque([1]).insert(2**100, 1), lambda: deque([1], 2**100),
             lambda: deque([1])[2**100], lambda: deque([1]).index(1, 2**100), lambda: deque([1]) * 2**100, lambda: deque([1], 3) * 2**62,
             lambda: lru_cache(2**100)(len).cache_info(), lambda: bisect.bisect([1], 1, 1.5), lambda: bisect.bisect([1], 1, 0, 1.5),
             lambda: deque([1]).rotate(1.5), lambda: deque([1]).insert(1.5, 0)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
