"""Iteration protocols: __iter__/__next__, __getitem__ sequences, iter(callable, sentinel), __reversed__."""


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start

    def __contains__(self, x):
        return 0 < x <= self.start


class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        return (x for row in self.rows for x in row)

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __len__(self):
        return sum(len(r) for r in self.rows)

    def __bool__(self):
        return any(self)


cd = Countdown(5)
print(list(cd), list(reversed(cd)), len(cd), 3 in cd, 9 in cd, sorted(cd), sum(cd), max(cd))
it = iter(cd)
print(next(it), next(it), list(it), next(it, "done"))
sq = Squares()
print(list(sq), 16 in sq, 17 in sq, list(enumerate(sq, 1))[:3], list(reversed([*sq])))
print(list(Fib(100)), list(zip(Fib(10), "abcdefg")), dict(enumerate(Fib(5))))
m = Matrix([[1, 2], [3, 0]])
print(list(m), m[1, 0], len(m), bool(m), bool(Matrix([[0]])), sorted(m, reverse=True))
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
chunks = list(iter(lambda: [next(data, None) for _ in range(3)], [None, None, None]))
print(chunks)
values = iter([5, 3, 0, 7])
print(list(iter(lambda: next(values), 0)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(CountdownIterator(3))
except TypeError as e:
    print("TypeError:", e)


class Broken:
    def __iter__(self):
        return 42


try:
    for _ in Broken():
        pass
except TypeError as e:
    print("TypeError:", e)
a, b, *rest = Countdown(6)
print(a, b, rest)
print(list(map(lambda p: p[0] * p[1], zip(Countdown(3), Squares()))), list(filter(None, Squares())))
print(any(x > 20 for x in Squares()), all(Countdown(3)), min(Squares(), key=lambda v: abs(v - 10)))
d = dict.fromkeys(Countdown(3), 0)
print(d, set(Countdown(4)) - {2}, tuple(Squares())[::2], "".join(map(str, Countdown(9))))
r = range(10, 0, -3)
print(list(r), r[1], r[-1], len(r), 4 in r, r.index(7), list(reversed(r)), r == range(10, 0, -3))
e = enumerate("abc")
print(next(e), list(e))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
