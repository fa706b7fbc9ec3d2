# Recursion with memoization, lru_cache, cache_info and sys.setrecursionlimit.
import sys
from functools import lru_cache, cache, reduce

print("default limit:", sys.getrecursionlimit())


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 20)])
print(partitions(100, 100), partitions.cache_info().hits > 0)


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(x, y, edit_distance(x, y))
info = edit_distance.cache_info()
print(type(info).__name__, info.maxsize, info.currsize > 10)
edit_distance.cache_clear()
print(edit_distance.cache_info())


@lru_cache(maxsize=3)
def square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 3, 1, 4, 2, 1]:
    square(n)
print(square.cache_info(), square.__wrapped__(9))

memo = {}


def collatz_len(n):
    if n == 1:
        return 1
    if n in memo:
        return memo[n]
    result = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    memo[n] = result
    return result


best = max(range(1, 30000), key=collatz_len)
print("longest collatz under 30000:", best, collatz_len(best))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(3000)
print("limit now", sys.getrecursionlimit(), "depth(2500) =", depth(2500))
try:
    depth(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


moves = hanoi(6, "A", "C", "B", [])
print(len(moves), moves[:5], moves[-1])


def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]


print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
catalan = lru_cache(None)(lambda n: 1 if n < 2 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n)))
print([catalan(i) for i in range(15)])
print(reduce(lambda a, b: a * b, range(1, 21)), sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
