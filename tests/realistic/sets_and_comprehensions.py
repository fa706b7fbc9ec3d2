"""Set algebra, comprehensions, walrus, unpacking, slicing and chained comparisons."""
primes = {n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))}
odds = set(range(1, 60, 2))
squares = {n * n for n in range(8)}
print(sorted(primes), len(primes))
print(sorted(primes & odds), sorted(primes - odds), sorted(squares ^ {0, 1, 2, 3}), sorted(squares | {100}))
print(primes.isdisjoint(squares), {2, 3} <= primes, {2, 3} < {2, 3}, primes >= {59}, primes.issuperset([2, 3]))
print({1, 2, 3}, {3, 2, 1}, {(1, 2), (0, 1)}, frozenset({5, 1, 3}), set(), {frozenset({1}): "x"})
print(set([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 8, 16]), {-1, -2, 0, 1000000, 2 ** 40})
s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
s |= {9}
s -= {2}
s &= {3, 4, 9, 11}
s ^= {4, 5}
print(s, s.pop(), s, len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [list(col) for col in zip(*matrix)])
print([x for row in matrix for x in row if x % 2], {x % 4: x for x in range(10)}, {k: v for k, v in zip("abc", range(3))})
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"long list of {n}")
print([y for x in data if (y := x * 2) > 20], [last := x for x in range(3)], last)
first, *middle, final = data
print(first, middle, final)
(a, b), c = (1, 2), 3
head, = [99]
print(a, b, c, head, *data[:2], *"xy")
print(data[::2], data[::-1], data[1:-1], data[-3:], data[:100], data[4:1], data[::-2])
seq = list(range(10))
seq[2:5] = ["a", "b"]
del seq[::3]
seq[::2] = [0] * len(seq[::2])
print(seq)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 == x, x in {5} and x not in [4], not x is None)
print([i if i % 3 else "fizz" for i in range(1, 8)], "yes" if data else "no", [] or "empty", 0 and 1, None or 0)
pairs = sorted({(x % 3, x % 2) for x in range(20)})
print(pairs, sum(1 for _ in filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda t: t[0] * t[1], zip(range(5), range(5, 10)))), any(x > 40 for x in data), all(data))
print(dict.fromkeys("abc", 0), {**{"a": 1}, **{"b": 2}, "a": 3}, {"a": 1} | {"b": 2}, [*range(3), *"ab"])
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
nested = {"a": {"b": {"c": [1, 2, {"d": "deep"}]}}}
print(nested["a"]["b"]["c"][2]["d"], nested.get("x", {}).get("y"), [k for k in nested["a"]])
