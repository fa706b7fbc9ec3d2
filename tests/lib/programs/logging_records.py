# logging: hierarchy, levels, handlers, filters, the three format styles,
# exc_info rendering, basicConfig and the last-resort handler.
import logging
import sys


class Capture:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)

    def flush(self):
        pass


sys.stderr = sys.stdout  # so that the comparison sees what goes to stderr

logging.getLogger("quiet").warning("last resort: %s", "plain message")
logging.getLogger("quiet").info("dropped")
logging.getLogger("quiet").error("an %(kind)s", {"kind": "error with a mapping"})

app = logging.getLogger("app")
db = logging.getLogger("app.db")
pool = logging.getLogger("app.db.pool")
orphan = logging.getLogger("x.y.z")
mid = logging.getLogger("x.y")
print(db.parent is app, pool.parent is db, orphan.parent is mid, mid.parent is logging.root,
      logging.getLogger() is logging.root, logging.getLogger("root") is logging.root,
      logging.getLogger("app") is app, app.getChild("db") is db, logging.root.getChild("app") is app)
print(repr(app), repr(logging.root), pool.getEffectiveLevel(), app.isEnabledFor(logging.INFO))

stream = Capture()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s|%(levelno)d"))
app.addHandler(handler)
app.setLevel(logging.DEBUG)
db.debug("connect %s:%d", "localhost", 5432)
pool.info("pool size %r", [1, 2])
db.warning("slow query %.2f s", 1.5)
db.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
db.log(25, "custom level named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33), logging.getLevelName("NOPE"))
handler.setLevel(logging.WARNING)
db.info("filtered by the handler's level")
db.error("passes")
print("".join(stream.lines), end="")
stream.lines.clear()
handler.setLevel(logging.NOTSET)

brace = logging.StreamHandler(stream)
brace.setFormatter(logging.Formatter("{levelname}:{name}:{message!r:>20}", style="{"))
dollar = logging.StreamHandler(stream)
dollar.setFormatter(logging.Formatter("$levelname/${name}/$message", style="$"))
defaults = logging.StreamHandler(stream)
defaults.setFormatter(logging.Formatter("%(tag)s %(message)s", defaults={"tag": "[d]"}))
for h in (brace, dollar, defaults):
    mid.addHandler(h)
mid.setLevel(logging.INFO)
orphan.info("through three handlers")
orphan.propagate = False
orphan.warning("not propagated")
orphan.propagate = True
print("".join(stream.lines), end="")
stream.lines.clear()


class OnlyEven(logging.Filter):
    def filter(self, record):
        return not record.args or not isinstance(record.args[0], int) or record.args[0] % 2 == 0


only = logging.StreamHandler(stream)
only.addFilter(OnlyEven())
only.addFilter(lambda record: not record.args or record.args[0] != 4)
solo = logging.getLogger("solo")
solo.propagate = False
solo.addHandler(only)
solo.setLevel(logging.DEBUG)
for n in range(7):
    solo.debug("n=%d", n)
named = logging.Filter("app.db")
print([named.filter(logging.LogRecord(n, 10, "p", 1, "m", (), None)) for n in ("app.db", "app.db.pool", "app.dbx", "app", "x")])
print(logging.Filter().filter(logging.LogRecord("any", 10, "p", 1, "m", (), None)))

try:
    {}["missing"]
except KeyError:
    solo.exception("lookup failed: %s", "details")
    solo.error("with exc_info", exc_info=True)
try:
    raise ValueError("bad value")
except ValueError as e:
    caught = e
solo.critical("from an instance", exc_info=caught)
print("".join(stream.lines), end="")
stream.lines.clear()

extra_handler = logging.StreamHandler(stream)
extra_handler.setFormatter(logging.Formatter("%(user)s did %(message)s"))
solo.addHandler(extra_handler)
solo.removeHandler(only)
solo.info("a thing", extra={"user": "ada"})
try:
    solo.info("x", extra={"message": "clash"})
except KeyError as e:
    print("KeyError", e)
adapter = logging.LoggerAdapter(solo, {"user": "bob"})
adapter.warning("adapted %s", "call")
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG))
solo.removeHandler(extra_handler)
solo.addHandler(only)
print("".join(stream.lines), end="")
stream.lines.clear()

logging.disable(logging.WARNING)
solo.warning("disabled")
solo.error("still on")
logging.disable(logging.NOTSET)
solo.warning("enabled again")
print("".join(stream.lines), end="")
stream.lines.clear()

record = logging.LogRecord("r", logging.INFO, "/some/path/mod.py", 7, "hi %s and %s", ("a", "b"), None)
print(repr(record), record.getMessage(), record.filename, record.module, record.levelname)
print(logging.makeLogRecord({"msg": "made", "levelno": 5}).getMessage())

for bad in [lambda: logging.getLogger(5), lambda: app.setLevel("NOPE"), lambda: app.setLevel(1.5),
            lambda: app.log("x", "m"), lambda: logging.Formatter("%(x)", style="%"),
            lambda: logging.Formatter("abc", style="{"), lambda: logging.Formatter("abc", style="$"),
            lambda: logging.Formatter("x", style="x"), lambda: logging.Formatter("{x!z}", style="{"),
            lambda: logging.Formatter("$ x $y", style="$"), lambda: logging.Formatter("{a.b[c]} {0}", style="{"),
            lambda: logging.basicConfig(foo=1), lambda: logging.Handler().emit(record),
            lambda: logging.basicConfig(stream=sys.stdout, filename="x")]:
    try:
        print("ok", type(bad()).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(logging.StreamHandler(stream)), repr(logging.NullHandler()), repr(logging.Handler(logging.ERROR)))
print(logging.Formatter("%(message)s").format(record), logging.Formatter().usesTime(),
      logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
try:
    logging.Formatter("%(nope)s").format(record)
except ValueError as e:
    print("ValueError", e)

logging.warning("root configured by %s", "a module function")
logging.info("below WARNING")
logging.basicConfig(level=logging.DEBUG)
logging.debug("basicConfig again does nothing")
logging.basicConfig(level=logging.DEBUG, format="%(name)s>%(levelname)s>%(message)s", force=True, stream=sys.stdout)
logging.debug("forced")
logging.getLogger("app").info("app also reaches the root")
logging.root.handlers[0].setFormatter(logging.Formatter("{name}~{message}", style="{"))
logging.error("restyled")
logging.basicConfig(style="$", format="$message!", force=True, stream=sys.stdout)
logging.critical("template")
nothing = logging.getLogger("lib")
nothing.propagate = False
nothing.addHandler(logging.NullHandler())
nothing.error("swallowed")
print(logging.getLevelNamesMapping()["WARN"], logging.root.hasHandlers(), nothing.hasHandlers())
import warnings
logging.captureWarnings(True)
warnings.warn("captured warning")
logging.captureWarnings(False)
