"""traceback: formatted exceptions with carets, chains, groups, syntax errors, notes, limits."""
import sys
import traceback


def show(lines):
    print("".join(lines).replace(__file__, "FILE"), end="")
    print("-----")


def divide(a, b):
    return a / b


def index(items, i):
    return items[i] + 0


def call_chain(n):
    if n == 0:
        return divide(1, 0)
    return call_chain(n - 1)


for fn in (lambda: divide(1, 0), lambda: index([1, 2], 5), lambda: call_chain(6), lambda: {"a": 1}["b"],
           lambda: int("x"), lambda: undefined_name, lambda: [1][0] + None):
    try:
        fn()
    except Exception:
        show(traceback.format_exc().splitlines(True))

try:
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError:
    show(traceback.format_exc())

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__, chain=False))
    show(traceback.format_exception_only(e))
    show(traceback.format_tb(e.__traceback__))
    print([tuple(f)[:3] for f in traceback.extract_tb(e.__traceback__)][0][1:], repr(traceback.extract_tb(e.__traceback__)[0]).replace(__file__, "FILE"))

try:
    try:
        raise KeyError("x")
    except KeyError:
        raise TypeError("suppressed context") from None
except TypeError as e:
    show(traceback.format_exception(e))

try:
    compile("def broken(:\n    pass", "<rules>", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))
try:
    compile("x = (1 +\n 2 +)", "<multi>", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))

err = ValueError("with notes")
err.add_note("first note")
err.add_note("second\nmultiline")
show(traceback.format_exception_only(err))
show(traceback.format_exception_only(ValueError, None))
show(traceback.format_exception_only(KeyboardInterrupt()))


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


show(traceback.format_exception_only(Custom("m")))
show(traceback.format_exception_only(BadStr()))
show(traceback.format_exception_only(sys.modules["traceback"].TracebackException))

try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except ExceptionGroup as e:
    show(traceback.format_exception(e))


def recurse(n):
    return recurse(n + 1) if n < 30 else 1 / 0


try:
    recurse(0)
except ZeroDivisionError as e:
    show(traceback.format_exception(e, limit=4))
    show(traceback.format_exception(e, limit=-2))
    lines = traceback.format_exception(e)
    print(len(lines), lines[-3:-1])
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]))
te = traceback.TracebackException.from_exception(err)
print(str(te), te.exc_type.__name__, te.stack, list(te.format(chain=False)))
traceback.print_exception(ValueError("to stdout"), file=sys.stdout)
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout, limit=0)
