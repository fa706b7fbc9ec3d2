"""LCS, knapsack, edit distance, coin change and more with lru_cache."""
from functools import lru_cache, cache


def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    result = go(0, 0)
    return result, go.cache_info()


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    @cache
    def best(i, cap):
        if i == len(items):
            return 0, ()
        name, weight, value = items[i]
        skip = best(i + 1, cap)
        if weight > cap:
            return skip
        v, chosen = best(i + 1, cap - weight)
        take = (v + value, (name,) + chosen)
        return max(skip, take)
    return best(0, capacity)


@lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    fewest = [0] + [float("inf")] * amount
    for v in range(1, amount + 1):
        for c in coins:
            if c <= v and fewest[v - c] + 1 < fewest[v]:
                fewest[v] = fewest[v - c] + 1
    return ways[amount], fewest[amount]


def longest_increasing(seq):
    tails = []
    import bisect
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("dynamic", "programming")]:
    sub, info = lcs(a, b)
    print(f"lcs({a!r}, {b!r}) = {sub!r} hits={info.hits} misses={info.misses} size={info.currsize}")
    print(f"edit({a!r}, {b!r}) = {edit_distance(a, b)}")

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
print(knapsack(items, 200))
print(knapsack(items, 50))
print([fib(n) for n in range(0, 100, 10)])
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(300))
print(coin_change([1, 5, 10, 25], 100), coin_change([3, 7], 11), coin_change([2], 3))
print(longest_increasing([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
triangle = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
for row in range(len(triangle) - 2, -1, -1):
    for i in range(len(triangle[row])):
        triangle[row][i] += max(triangle[row + 1][i], triangle[row + 1][i + 1])
print("triangle max", triangle[0][0])
print(fib.__wrapped__.__name__, fib.__name__, lcs.__name__)
