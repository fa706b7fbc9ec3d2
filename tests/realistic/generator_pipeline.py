"""A data pipeline of generators: read, parse, filter, window, aggregate."""
from itertools import islice, groupby, accumulate, chain, tee

RAW = """\
# sensor readings: id,time,value
s1,0,20.5
s2,0,19.0
s1,1,21.0
s2,1,bad
s1,2,22.5
s3,2,-5
s2,2,19.5
s1,3,23.0
s2,3,20.0

s3,3,-4.5
s1,4,30.0
"""


def lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def skip_comments(items):
    for n, line in items:
        if line.strip() and not line.startswith("#"):
            yield n, line


def parse(items, errors):
    for n, line in items:
        sensor, t, value = line.split(",")
        try:
            yield sensor, int(t), float(value)
        except ValueError as e:
            errors.append((n, str(e)))


def window(iterable, size):
    it = iter(iterable)
    win = list(islice(it, size))
    if len(win) == size:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)


def moving_average(values, size):
    for w in window(values, size):
        yield round(sum(w) / size, 3)


def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received:
                n = received
            else:
                n -= 1
    finally:
        print("countdown closed at", n)


def delegate():
    total = yield from inner()
    print("inner returned", total)
    yield "after"


def inner():
    s = 0
    for i in range(3):
        s += yield i
    return s


errors = []
records = list(parse(skip_comments(lines(RAW)), errors))
print(len(records), "records;", "errors:", errors)
for sensor, group in groupby(sorted(records), key=lambda r: r[0]):
    values = [v for _, _, v in group]
    print(sensor, values, list(moving_average(values, 2)), list(accumulate(values))[-1])

hot = (r for r in records if r[2] > 20)
print(next(hot), next(hot), list(hot))
a, b = tee(v for _, _, v in records)
print(max(a), min(b))
print(list(chain.from_iterable(window("abcde", 3))))

gen = countdown(5)
print(next(gen), next(gen), gen.send(10), next(gen))
gen.close()
print(list(countdown(3)))

d = delegate()
print(next(d), d.send(10), d.send(20))
print(d.send(30))
print(list(d))

squares = (x * x for x in range(10))
print(sum(squares), sum(squares))
evens = filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(10)))
print(list(evens), list(zip("abc", range(5), strict=False)))
try:
    list(zip("ab", range(3), strict=True))
except ValueError as e:
    print("ValueError:", e)
g = (i for i in range(3))
print(g.__name__, type(g).__name__, list(enumerate(g, start=1)))
