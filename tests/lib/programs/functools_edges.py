"""Edge cases of functools."""
import functools
from functools import partial, reduce, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch, wraps


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def f(a, b=2, *, c=3):
    return (a, b, c)


p = partial(f, 1, c=5)
print(p(), p(7), p(c=0), p.args, p.keywords, repr(partial(len)))
pp = partial(p, 9)
print(pp.func is f, pp.args, pp.keywords, pp())
attempt("readonly", lambda: setattr(p, "func", len))
attempt("no args", lambda: partial())
attempt("non callable", lambda: partial(3))
p.attr = 1
ppp = partial(p, 1)
print(ppp.func is p, vars(p))


class MyPartial(partial):
    pass


print(repr(MyPartial(len, 1)), type(partial(MyPartial(f), 2).func).__name__)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
attempt("reduce empty", lambda: reduce(max, []))
attempt("reduce noniter", lambda: reduce(max, 5))

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 1, 2)], calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__, type(sq).__name__)


@lru_cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info())


@lru_cache(typed=True)
def ident(x):
    calls.append(("t", x))
    return x


ident(1); ident(1.0); ident(True)
print(ident.cache_info().currsize, ident.cache_info().misses)
attempt("bad maxsize", lambda: lru_cache("x"))


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


class Box:
    def __init__(self, v):
        self.v = v

    @cached_property
    def double(self):
        print("computing")
        return self.v * 2

    @lru_cache
    def triple(self):
        return self.v * 3


b = Box(4)
print(b.double, b.double, vars(b), Box.double.attrname, b.triple(), Box(4).triple())


class Slotted:
    __slots__ = ("v",)

    @cached_property
    def x(self):
        return 1


attempt("slots cached", lambda: Slotted().x)


@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.n < o.n


print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), Ver(2) > Ver(2), Ver.__gt__.__name__)
attempt("total_ordering none", lambda: total_ordering(type("X", (), {})))
attempt("compare other", lambda: Ver(1) >= 3)


@total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __ge__(self, o):
        return self.n >= o.n


print(Desc(1) < Desc(2), Desc(1) <= Desc(1), Desc(2) > Desc(1))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), type(cmp_to_key(len)).__name__)


@singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


@show.register(list)
def _(x):
    return "list"


from collections.abc import Mapping, Sequence


@show.register
def _(x: Mapping):
    return "mapping"


@show.register(Sequence)
def _(x):
    return "sequence"


print(show(1), show(True), show([]), show({}), show(()), show("s"), show(3.5), show(range(3)))
print(show.dispatch(dict).__name__, len(show.registry))
attempt("no args", lambda: show())
attempt("bad register", lambda: show.register(5))


@show.register
def _(x: str | bytes):
    return "text"


print(show("s"), show(b"b"))


def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@deco
def documented(x: int) -> int:
    """Doc."""
    return x


print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__qualname__)


class Dispatch:
    @functools.singledispatchmethod
    def go(self, x):
        return "base"

    @go.register
    def _(self, x: int):
        return "int"


print(Dispatch().go(1), Dispatch().go("x"))


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v

    set_one = functools.partialmethod(set, 1)


c = Cell(); c.set_one(); print(c.v, repr(Cell.set_one)[:28])
