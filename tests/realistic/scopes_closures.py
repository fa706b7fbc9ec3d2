"""Scoping rules in practice: globals, nonlocal, class bodies, default capture and del."""
counter = 0
log = []


def bump(n=1):
    global counter
    counter += n
    return counter


def make_accumulator():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(total)
        return total

    def reset():
        nonlocal total
        total = 0
        history.clear()

    add.reset = reset
    add.history = history
    return add


class Config:
    defaults = {"retries": 3, "timeout": 1.5}
    names = list(defaults)
    doubled = {k: v * 2 for k, v in defaults.items()}
    upper = [n.upper() for n in names]
    retries = defaults["retries"]
    check = staticmethod(lambda v: v > 0)

    def describe(self):
        return f"{type(self).__name__} {self.retries} {sorted(self.doubled.items())}"


print(bump(), bump(5), counter)
acc = make_accumulator()
print(acc(10), acc(5), acc.history, acc.__closure__ is not None)
acc.reset()
print(acc(1), acc.history)
print(Config.names, Config.doubled, Config.upper, Config().describe(), Config.check(3))
try:
    class Broken:
        items = [1, 2, 3]
        scaled = [x * factor for x in items for factor in [items[0]]]
except NameError as e:
    print("NameError:", e)

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


def shadow():
    try:
        print(undefined_local)
    except NameError as e:
        print("NameError:", e)
    try:
        value = value + 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 5
    del value
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()
x = 10


def read_global():
    return x * 2


def write_local():
    x = 3
    return x


print(read_global(), write_local(), x)
g = {"__builtins__": __builtins__}
exec("y = 5\ndef f():\n    return y * 2\nz = f()", g)
print(g["y"], g["z"], sorted(k for k in g if not k.startswith("__")))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len(s)", {"s": "abcd"}))
ns = {}
exec(compile("items = [i * i for i in range(5)]", "<string>", "exec"), ns)
print(ns["items"])


def counter_gen():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        else:
            count += 1


cg = counter_gen()
print(next(cg), next(cg), next(cg), cg.send("reset"), next(cg))
print([name for name in dir() if not name.startswith("_")][:8])
print(locals() is globals(), "bump" in globals(), type(globals()).__name__)
