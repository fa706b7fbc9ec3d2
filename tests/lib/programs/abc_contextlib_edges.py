"""Edge cases of abc and contextlib."""
import abc
import contextlib
import io
import sys


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Base(abc.ABC):
    @abc.abstractmethod
    def a(self): ...

    @classmethod
    @abc.abstractmethod
    def b(cls): ...

    @staticmethod
    @abc.abstractmethod
    def c(): ...


class Half(Base):
    def a(self):
        return 1


class One(Base):
    def a(self): ...
    def b(self): ...


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(One.__abstractmethods__))
attempt("Base()", Base)
attempt("Half()", Half)
attempt("One()", One)
print(type(Base).__name__, isinstance(Base, abc.ABCMeta), abc.ABC.__slots__)


class Meta(metaclass=abc.ABCMeta):
    pass


Meta.register(int)
print(isinstance(3, Meta), issubclass(bool, Meta), isinstance("x", Meta), issubclass(Meta, Meta))
attempt("register non-class", lambda: Meta.register(3))
attempt("cycle", lambda: int.__class__ and Meta.register(Meta))
attempt("issubclass non-class", lambda: issubclass(3, Meta))
token = abc.get_cache_token()
Meta.register(str)
print(abc.get_cache_token() != token, isinstance("x", Meta))


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented


class Duck:
    def quack(self):
        pass


print(isinstance(Duck(), Hooked), issubclass(int, Hooked))


class Later(abc.ABC):
    @abc.abstractmethod
    def m(self): ...


class Impl(Later):
    pass


Impl.m = lambda self: 1
abc.update_abstractmethods(Impl)
print(Impl().m(), Impl.__abstractmethods__)

from collections.abc import Iterable, Iterator, Sized, Hashable, Mapping, MutableSequence, Callable, Set, Generator


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


print(isinstance(It(), Iterator), isinstance([], Iterable), isinstance({}, Mapping), isinstance([], MutableSequence))
print(isinstance(NoHash(), Hashable), isinstance(len, Callable), isinstance(frozenset(), Set), isinstance((x for x in ()), Generator))
print(isinstance({}.keys(), Set), issubclass(tuple, MutableSequence), isinstance(range(1), Sized), isinstance(iter(""), Iterator))


class FS(Set):
    def __init__(self, items):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a, b = FS("abc"), FS("bcd")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= FS("abcd"), a == FS("cba"), a._hash() == hash(frozenset("abc")))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("inside", t)


@tag("deco")
def decorated():
    print("body")


decorated()
decorated()


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


def run_cm(cm):
    with cm:
        pass


attempt("no yield", lambda: run_cm(no_yield()))
attempt("two yields", lambda: run_cm(two_yields()))


@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError:
        print("swallowed")


with swallow():
    raise ValueError("x")
print("continued")


def stop_through():
    with swallow():
        raise StopIteration("s")


attempt("stopiteration through", stop_through)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print("buffer:", repr(buf.getvalue()))
with contextlib.suppress(KeyError):
    {}["x"]
attempt("suppress other", lambda: run_suppressed())


def run_suppressed():
    with contextlib.suppress(KeyError):
        raise IndexError("no")


class Res:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with contextlib.closing(Res("r1")) as r:
    print("using", r.name)
with contextlib.nullcontext() as n:
    print("null", n)


def exitstack_errors():
    with contextlib.ExitStack() as stack:
        stack.callback(lambda: print("cleanup ran"))

        def raiser(*exc):
            raise KeyError("from exit")
        stack.push(raiser)
        raise ValueError("body")


try:
    exitstack_errors()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
attempt("enter non-cm", lambda: contextlib.ExitStack().enter_context(3))


class CM:
    def __enter__(self):
        print("enter CM")
        return self

    def __exit__(self, *exc):
        print("exit CM", exc[0])
        return True


with contextlib.ExitStack() as stack:
    stack.enter_context(CM())
    raise RuntimeError("suppressed by CM")
print("after stack")
print(isinstance(CM(), contextlib.AbstractContextManager), isinstance(3, contextlib.AbstractContextManager))
