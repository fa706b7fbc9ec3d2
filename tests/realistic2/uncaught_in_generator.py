# An uncaught exception raised inside a generator consumed by a comprehension, during a with block.
class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


def readings(raw):
    for i, text in enumerate(raw):
        value = float(text)
        if value < 0:
            raise ValueError(f"reading {i} is negative: {value}")
        yield value


def average(values):
    values = list(values)
    return sum(values) / len(values)


def moving(values, width):
    window = []
    for v in values:
        window.append(v)
        if len(window) > width:
            window.pop(0)
        yield sum(window) / len(window)


print(average(readings(["1.5", "2.5", "3"])))
print([round(m, 3) for m in moving(readings(["1", "2", "4", "8", "16"]), 3)])
try:
    average(readings(["1", "bad"]))
except ValueError as e:
    print("ValueError:", e)
try:
    average(readings([]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
gen = readings(["2", "-2"])
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e, "| then:", next(gen, "exhausted"))
with Step("outer"):
    with Step("inner"):
        print([round(v * 2, 1) for v in readings(["4", "5.25", "-1", "7"])])
