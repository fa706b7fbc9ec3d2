# Tracebacks printed by traceback.print_exc / format_exception / format_exception_only.
import sys
import traceback


def parse(value):
    return int(value)


def load(values):
    return [parse(v) for v in values]


def run(values):
    try:
        return load(values)
    except ValueError as e:
        raise RuntimeError("loading failed") from e


try:
    run(["1", "2", "x3"])
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

try:
    {}["missing"]
except KeyError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("".join(lines), end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(e)[-1], end="")


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise ArithmeticError("bad division")


try:
    divide(1, 0)
except ArithmeticError:
    print(traceback.format_exc(), end="")

try:
    raise TypeError("no traceback frames here")
except TypeError as e:
    print(traceback.format_exception_only(e))
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next is None)
    summary = traceback.extract_tb(tb)
    print(len(summary), summary[0].name, summary[0].lineno, summary[0].line)


class CustomError(Exception):
    def __str__(self):
        return "custom: " + ", ".join(map(str, self.args))


for exc in [CustomError(1, 2), ValueError(), KeyError("k"), SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n")),
            OSError(2, "No such file"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(traceback.format_exception_only(type(exc), exc), end=" | ")
    print(repr(exc))

try:
    try:
        [][1]
    except IndexError:
        None.attr
except AttributeError:
    traceback.print_exc(file=sys.stdout)
print("stderr next")
try:
    raise ValueError("to stderr")
except ValueError:
    traceback.print_exc()
print("done")
