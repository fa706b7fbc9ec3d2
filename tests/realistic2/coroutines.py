# Generators and coroutines: send, throw, close, yield from return values, pipelines.
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  averager ignoring:", e)
            continue
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count


def delegate(results, key):
    while True:
        results[key] = yield from averager()
        print(f"  {key} finished: {results[key]}")


results = {}
for key, values in {"boys": [39.0, 40.8, 43.2], "girls": [21.0, 22.5, 19.9, 24.1]}.items():
    group = delegate(results, key)
    next(group)
    for v in values:
        print(f"  send {v} -> {group.send(v)}")
    group.send(None)
print(results)

avg = averager()
print(next(avg), avg.send(10), avg.send(20))
print(avg.throw(ValueError("bad sample")))
print(avg.send(30))
try:
    avg.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)


def closing_gen(log):
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        log.append("closed")
        raise
    finally:
        log.append("finally")


log = []
g = closing_gen(log)
print(next(g), next(g))
g.close()
print(log, g.close(), list(g))


def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield 2


r = refuses()
next(r)
try:
    r.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def pipeline_source(text):
    for line in text.splitlines():
        yield line


def grep(pattern, lines):
    return (line for line in lines if pattern in line)


def numbered(lines):
    yield from enumerate(lines, 1)


text = "alpha beta\ngamma\nbeta delta\nepsilon beta"
for n, line in numbered(grep("beta", pipeline_source(text))):
    print(n, line)


def inner():
    x = yield "first"
    y = yield f"got {x}"
    return x + y


def outer():
    result = yield from inner()
    yield f"inner returned {result}"


o = outer()
print(next(o), o.send(3), o.send(4))
o2 = outer()
next(o2)
print(o.gi_running, o.gi_yieldfrom, type(o2.gi_yieldfrom).__name__, o2.gi_yieldfrom.gi_running)


def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1


c = counter()
print([next(c), next(c), c.send("reset"), next(c), next(c)])
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), type(gen).__name__)


def thrower():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield f"handled {e!r}"
    yield 3


t = thrower()
print(next(t), t.throw(KeyError("k")), next(t))
try:
    t.throw(TypeError, "late")
except TypeError as e:
    print("TypeError:", e)
print(next(t, "exhausted"))


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib_gen(), 15)))
print(list(itertools.takewhile(lambda x: x < 100, fib_gen())))
