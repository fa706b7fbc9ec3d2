"""Custom exception hierarchies, chaining, traceback.format_exc, repr/str of errors."""
import traceback


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"{base} ({self.detail})" if self.detail else base


class ConfigError(AppError):
    code = 2


class ValidationError(AppError):
    code = 3

    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError("port is not a number", detail=text) from e
    if not 0 < port < 65536:
        raise ValidationError("port", f"{port} out of range")
    return port


def load(settings):
    try:
        return {"port": parse_port(settings["port"])}
    except KeyError:
        raise ConfigError("missing port")


for settings in [{"port": "8080"}, {"port": "http"}, {"port": "99999"}, {}]:
    try:
        print("loaded", load(settings))
    except AppError as e:
        print(f"{type(e).__name__} code={e.code} str={e!s} repr={e!r} args={e.args}")
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__),
              "suppress:", e.__suppress_context__)

try:
    load({"port": "x"})
except AppError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError:
    print(traceback.format_exc().replace(__file__, "FILE"))

try:
    raise KeyError("k") from None
except KeyError as e:
    print(repr(e), str(e), e.__cause__, e.__suppress_context__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

errors = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("key"), OSError(2, "No such file"),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), StopIteration(5),
          SystemExit(3), AttributeError("obj", name="x", obj=None), IndexError("list index out of range")]
for e in errors:
    print(f"{type(e).__name__:>20} | {str(e)!r:40} | {e!r}")
print(OSError(2, "No such file").errno, StopIteration(5).value, SystemExit(3).code)
e = RuntimeError("outer")
e.__cause__ = TypeError("inner")
print(repr(e.__cause__), e.with_traceback(None) is e)
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
print("".join(traceback.format_exception(e)), end="")


def deep(n):
    if n == 0:
        raise LookupError("bottom reached")
    return deep(n - 1)


try:
    deep(3)
except LookupError as e:
    tb_lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(tb_lines), tb_lines[-1], end="")
    print(traceback.extract_tb(e.__traceback__)[-1].name, traceback.extract_tb(e.__traceback__)[-1].line)
print(issubclass(ValidationError, AppError), ValidationError.__mro__[1:3], AppError.code)
