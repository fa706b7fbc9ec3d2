"""An observer/event bus with callbacks, functools.partial, closures and weak references."""
import functools
import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.log = []

    def on(self, event, handler=None, *, priority=0):
        if handler is None:
            return functools.partial(self.on, event, priority=priority)
        self._handlers[event].append((priority, len(self._handlers[event]), handler))
        self._handlers[event].sort(key=lambda t: (-t[0], t[1]))
        return handler

    def off(self, event, handler):
        before = len(self._handlers[event])
        self._handlers[event] = [t for t in self._handlers[event] if t[2] != handler]
        return before - len(self._handlers[event])

    def emit(self, event, *args, **kwargs):
        results = []
        for _, _, handler in list(self._handlers.get(event, ())):
            try:
                r = handler(*args, **kwargs)
            except Exception as e:
                self.log.append(f"{event}: {getattr(handler, '__name__', handler)!s} raised {e!r}")
                continue
            if r is StopIteration:
                break
            results.append(r)
        return results


bus = EventBus()


@bus.on("order")
def log_order(order_id, amount):
    return f"logged {order_id}"


@bus.on("order", priority=10)
def check_fraud(order_id, amount):
    if amount > 1000:
        print(f"  fraud check stops order {order_id}")
        return StopIteration
    return "clean"


def notify(channel, order_id, amount):
    return f"{channel}: order {order_id} for {amount}"


bus.on("order", functools.partial(notify, "email"))
bus.on("order", functools.partial(notify, "sms"), priority=5)
bus.on("order", lambda order_id, amount: 1 / 0)
print(bus.emit("order", 1, amount=50))
print(bus.emit("order", 2, 5000))
print(bus.emit("nothing"))
print(bus.off("order", log_order), bus.off("order", log_order), bus.emit("order", 3, 10))
print(bus.log)


def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    counter.reset = reset
    return counter


c1, c2 = make_counter(), make_counter(100, -10)
print([c1() for _ in range(3)], [c2() for _ in range(3)])
c1.reset()
print(c1(), c2(), c1.__closure__ is not None, len(c1.__code__.co_freevars))
adders = [lambda x, n=n: x + n for n in range(4)]
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in adders], [f(10) for f in late])
p = functools.partial(int, base=2)
print(p("1011"), p.func, p.args, p.keywords, repr(functools.partial(max, 1, key=abs)))


class Listener:
    def __init__(self, name):
        self.name = name

    def __call__(self, msg):
        return f"{self.name} got {msg}"


alive = Listener("alive")
ghost = Listener("ghost")
refs = [weakref.ref(alive), weakref.ref(ghost)]
del ghost
print([r() is not None for r in refs], refs[0]()("hello"))
cache = weakref.WeakValueDictionary()
cache["a"] = alive
tmp = Listener("tmp")
cache["t"] = tmp
print(sorted(cache.keys()))
del tmp
print(sorted(cache.keys()), len(cache))
finalized = []
obj = Listener("finalize-me")
weakref.finalize(obj, finalized.append, "gone")
del obj
print(finalized)
