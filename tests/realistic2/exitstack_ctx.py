# Context managers: contextlib.ExitStack, suppress, contextmanager, nullcontext, exception suppression.
import contextlib
from contextlib import ExitStack, suppress, contextmanager, nullcontext, closing, redirect_stdout
import io

events = []


class Resource:
    def __init__(self, name, fail_on_exit=False, swallow=False):
        self.name, self.fail_on_exit, self.swallow = name, fail_on_exit, swallow

    def __enter__(self):
        events.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        events.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return self.swallow


def show(title):
    print(title, events)
    events.clear()


with ExitStack() as stack:
    files = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(events.append, "callback ran")
    print([f.name for f in files])
show("plain:")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("outer"))
        stack.enter_context(Resource("swallower", swallow=True))
        stack.enter_context(Resource("inner"))
        raise KeyError("boom")
except KeyError:
    print("not reached")
show("swallowed:")

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("x"))
        stack.enter_context(Resource("bad", fail_on_exit=True))
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
show("replaced:")

with ExitStack() as stack:
    stack.enter_context(Resource("keep"))
    moved = stack.pop_all()
events.append("after first with")
with moved:
    pass
show("pop_all:")


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"  {name} handled {e}")
    finally:
        print(f"</{name}>")


with tag("html") as h, tag("body") as b:
    print("  inside", h, b)
with tag("div"):
    1 / 0
print("continued after div")
try:
    with tag("p"):
        raise IndexError("not handled")
except IndexError as e:
    print("IndexError escaped:", e)

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed KeyError")
with nullcontext(42) as v:
    print("nullcontext gave", v)


class Conn:
    def close(self):
        print("Conn closed")


with closing(Conn()):
    print("using conn")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second")
print("captured:", repr(buf.getvalue()))


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception:
        store.clear()
        store.update(snapshot)
        raise


db = {"a": 1}
try:
    with transaction(db) as t:
        t["a"] = 2
        t["b"] = 3
        raise ValueError("rollback please")
except ValueError as e:
    print("rolled back:", db, e)
with transaction(db) as t:
    t["c"] = 4
print("committed:", db)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self

    def __exit__(self, *exc):
        print("exit timer", exc[0])
        return False


@Timer()
def work(n):
    return sum(range(n))


print(work(10))
with ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0]) or True)
    raise TypeError("ignored by push")
print("end", events)
