# Deep nesting and recursion through the native types end in RecursionError, as in CPython.
import sys
from collections import deque, defaultdict
from functools import lru_cache, partial, reduce
d = deque()
for i in range(100000):
    d = deque([d])
try:
    repr(d)
except RecursionError as e:
    print('RecursionError', e)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
try:
    print(fib(100000))
except RecursionError as e:
    print('RecursionError', e)
print(fib(500) % 1000)
def f(n):
    return p(n - 1) if n else 0
p = partial(f)
try:
    f(100000)
except RecursionError as e:
    print('RecursionError', e)
dd = defaultdict(list)
for i in range(100000):
    dd = defaultdict(list, {1: dd})
try:
    repr(dd)
except RecursionError as e:
    print('RecursionError', e)
del d, dd
print('ok')
