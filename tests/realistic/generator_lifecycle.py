"""Generators and objects whose cleanup prints: close, throw, return values, __del__ timing."""


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"  open {name}")

    def __del__(self):
        print(f"  release {self.name}")


def reader(name, lines):
    res = Resource(name)
    try:
        for line in lines:
            yield line.upper()
    except GeneratorExit:
        print(f"  {name}: closed early")
        raise
    finally:
        print(f"  {name}: finally")


print("full iteration")
print(list(reader("a", ["x", "y"])))
print("partial iteration then close")
g = reader("b", ["1", "2", "3"])
print(next(g))
g.close()
print("dropped without close")
g = reader("c", ["p", "q"])
print(next(g))
del g
print("after del")


def worker():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("  worker recovered from", e)
            continue
        if x is None:
            return total
        total += x


w = worker()
next(w)
print(w.send(5), w.send(7))
print(w.throw(ValueError("bad value")))
try:
    w.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    next(w)
except StopIteration:
    print("exhausted")


def delegator():
    result = yield from worker()
    print("  delegated result", result)
    yield "done"


d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))


def fails():
    yield 1
    raise KeyError("inside generator")


try:
    for v in fails():
        print("got", v)
except KeyError as e:
    print("KeyError:", e)


def gen_with_return():
    yield 1
    return "the end"


print(list(gen_with_return()))
it = gen_with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)


def scoped():
    r = Resource("local")
    print("  in scoped")
    return 42


print(scoped())
items = [Resource(f"item{i}") for i in range(3)]
items.pop(1)
print("popped")
items = None
print("cleared")
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
gi = iter([1, 2, 3])
print(next(gi), list(gi), list(gi))
gen = (i for i in range(3))
print(gen.gi_running)
list(gen)
print(gen.gi_frame)
print("end of program")
