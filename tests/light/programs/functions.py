def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
for call in [lambda: f(), lambda: f(1), lambda: g(1, 2, 3), lambda: g(x=1, y=2, z=3), lambda: f(1, c=1, a=2),
             lambda: f(1, c=1, **{"b": 3}), lambda: (lambda: 0)(1), lambda: (lambda a, b: 0)(1, 2, 3),
             lambda: (lambda a, b, c: 0)(), lambda: (lambda *, k: 0)()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c(), c.__name__, c.__qualname__)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b):
    """Adds."""
    return a + b
print(add(2, 3), add.__name__)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
it = gen(3)
print(next(it), it.send("hi"), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
def inner():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 4
print(list(outer()))
print([y for x in [[1, 2], [3]] for y in x], (lambda *a, **k: (a, k))(1, b=2))
if (n := len("abcd")) > 3:
    print("walrus", n)
print(sorted([3, 1, 2], key=lambda v: -v), list(map(str, [1, 2])), list(zip("ab", [1, 2])))
args = (1, 2)
kwargs = {"z": 3}
print(g(*args, **kwargs))
