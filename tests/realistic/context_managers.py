"""Context managers: classes, contextlib helpers, ExitStack, exception handling."""
import contextlib
import sys


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        print("begin", self.snapshot)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.store)
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rollback after {exc_type.__name__}: {exc}")
        return exc_type is KeyError


@contextlib.contextmanager
def tag(name, **attrs):
    extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
    print(f"<{name}{extra}>")
    try:
        yield name
    except ValueError as e:
        print(f"<!-- swallowed {e} -->")
    finally:
        print(f"</{name}>")


@contextlib.contextmanager
def resource(name, log):
    log.append(f"open {name}")
    yield name.upper()
    log.append(f"close {name}")


with Indenter() as ind:
    ind.print("level one")
    with ind:
        ind.print("level two")
        with ind:
            ind.print("level three")
    ind.print("back to one")

store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
with Transaction(store) as s:
    s["c"] = 3
    s["missing"]
print("after KeyError", store)
try:
    with Transaction(store) as s:
        s["d"] = 4
        raise ZeroDivisionError("oops")
except ZeroDivisionError as e:
    print("propagated", repr(e), store)

with tag("html"):
    with tag("body", id="main", cls="x") as t:
        print("content of", t)
        raise ValueError("bad content")
    print("continues")

log = []
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in ("db", "cache", "queue")]
    stack.callback(log.append, "callback ran")
    print(names)
print(log)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
    print("not reached")
print("suppressed")

with contextlib.redirect_stdout(sys.stderr):
    pass
with contextlib.nullcontext(42) as v:
    print("nullcontext gave", v)


class Closable:
    def close(self):
        print("closed!")


with contextlib.closing(Closable()):
    print("using closable")

try:
    with resource("broken", log):
        raise RuntimeError("inside")
except RuntimeError as e:
    print("error", e, log[-1])


@contextlib.contextmanager
def bad():
    yield 1
    yield 2


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with contextlib.ExitStack() as outer:
    outer.push(lambda *exc: print("push saw", exc[0].__name__ if exc[0] else None))
    print("inside outer")
