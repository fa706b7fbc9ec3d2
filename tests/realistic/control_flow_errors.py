"""Control flow through try/except/else/finally, loops with break/continue, and cleanup order."""


def trace(label):
    print("  ", label)


def classify(x):
    try:
        trace(f"try {x!r}")
        if x == "return":
            return "early"
        value = 10 / x
    except ZeroDivisionError:
        trace("zero")
        return "zero"
    except TypeError as e:
        trace(f"type: {e}")
        return "type"
    else:
        trace("else")
        return f"ok {value}"
    finally:
        trace("finally")


for x in [2, 0, "s", "return"]:
    print(classify(x))


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "loop done"


def break_in_finally():
    while True:
        try:
            1 / 0
        finally:
            break
    return "broke out"


print(finally_wins(), finally_swallows(), break_in_finally())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
else:
    print("no break")

for i in range(2):
    pass
else:
    print("loop finished without break")

n = 0
while n < 10:
    n += 3
    if n == 6:
        continue
    print("n =", n)
else:
    print("while else", n)


class Guard:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} with {et.__name__ if et else None}")
        return self.swallow


with Guard("outer"), Guard("inner", swallow=True):
    raise RuntimeError("swallowed by inner")
print("after with")
try:
    with Guard("a"):
        with Guard("b"):
            raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))


def nested():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("  inner finally")
    except TypeError as e:
        print("  context:", repr(e.__context__))
        return "handled"


print(nested())
errors = []
for item in ["1", "x", None, "3.5", "4"]:
    try:
        errors.append(int(item))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    print(err, "still bound outside except")
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")


for v in gen():
    print("gen value", v)
    break
print("after gen loop")
try:
    raise ExceptionGroup if False else StopAsyncIteration("odd one")
except Exception as e:
    print(type(e).__name__, e)
result = []
try:
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                raise StopIteration((i, j))
            result.append((i, j))
except StopIteration as e:
    print("stopped at", e.value, len(result))
