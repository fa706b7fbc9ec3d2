# Scoping and closures: nonlocal, global, late binding, class scopes, walrus, star-unpacking.
counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def increment(n=1):
        nonlocal count
        global counter_total
        count += step * n
        counter_total += 1
        return count

    def reset():
        nonlocal count
        count = start

    increment.reset = reset
    return increment


c1, c2 = make_counter(), make_counter(100, -5)
print(c1(), c1(), c1(3), c2(), c2(2), counter_total)
c1.reset()
print(c1(), c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner

    x = "rebound"
    return middle()()


print(outer())


class Config:
    base = 10
    doubled = base * 2
    names = [n for n in ("a", "b")]
    try:
        squares = [base * i for i in range(3)]
    except NameError as e:
        error = str(e)


print(Config.doubled, Config.names, getattr(Config, "error", None))

data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * 2) > 5], y)
first, *middle, last = data
print(first, middle, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
head, *tail = "hello"
print(head, tail)
print(*range(3), *"ab", sep="|")
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged, [*range(2), *[9]], (*"xy",), {*()} == set())


def fn(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(fn(1, d=4))
print(fn(1, 2, 3, 4, 5, d=6, f=7, g=8))
try:
    fn(a=1, d=2)
except TypeError as e:
    print("TypeError:", e)
try:
    fn(1)
except TypeError as e:
    print("TypeError:", e)
try:
    fn(1, 2, 3, d=4, c=5)
except TypeError as e:
    print("TypeError:", e)


def gen_scope():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return [add(i) for i in range(5)], total


print(gen_scope())
x = "global x"


def shadow():
    try:
        print(x)
        x = "local"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()


def make_accumulators():
    funcs = {}
    for name, op in (("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)):
        def acc(values, op=op, start=0 if name == "add" else 1):
            result = start
            for v in values:
                result = op(result, v)
            return result
        funcs[name] = acc
    return funcs


accs = make_accumulators()
print(accs["add"]([1, 2, 3, 4]), accs["mul"]([1, 2, 3, 4]))
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda: (yield))().__class__.__name__)
g = globals()
g["dynamic"] = 42
print(dynamic, "dynamic" in globals(), sorted(k for k in locals() if k.startswith("c")))
for i in range(3):
    pass
print(i, [i for i in range(10)][-1], i)
del i
try:
    i
except NameError as e:
    print("NameError:", e)
