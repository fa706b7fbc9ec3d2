"""A service that logs through the logging module: levels, hierarchy, handlers, formatters, filters."""
import logging
import sys

logging.warning("before any configuration: %s", "last resort or basicConfig")
logging.info("not shown at the default WARNING level")
root = logging.getLogger()
print(root, root.level, logging.getLevelName(root.getEffectiveLevel()), len(root.handlers))

app = logging.getLogger("app")
db = logging.getLogger("app.db")
cache = logging.getLogger("app.cache")
print(db.parent is app, app.parent is root, db.name, db.getEffectiveLevel(), logging.getLogger("app.db") is db)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
out.setLevel(logging.DEBUG)
app.addHandler(out)
app.setLevel(logging.DEBUG)
app.propagate = False

db.debug("connecting to %s:%d", "localhost", 5432)
db.info("connected in %.2f ms", 12.3456)
cache.warning("cache miss ratio %d%%", 42)
app.error("request %(id)s failed with %(code)d", {"id": "r-17", "code": 503})
db.critical("database unavailable")
app.log(25, "custom level 25")
logging.addLevelName(25, "NOTICE")
app.log(25, "now with a name")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(99))


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR


err_handler = logging.StreamHandler(sys.stdout)
err_handler.setFormatter(logging.Formatter("ERRORS ONLY {levelname}: {message}", style="{"))
err_handler.addFilter(OnlyErrors())
cache.addHandler(err_handler)
cache.info("info goes to the app handler only")
cache.error("error goes to both handlers")
cache.removeHandler(err_handler)

db.setLevel(logging.WARNING)
db.info("suppressed by db's own level")
db.warning("db warning passes")
print(db.isEnabledFor(logging.INFO), db.isEnabledFor(logging.ERROR), cache.getEffectiveLevel(), app.hasHandlers())

adapter = logging.LoggerAdapter(app, {"user": "ann"})
fmt_handler = logging.StreamHandler(sys.stdout)
fmt_handler.setFormatter(logging.Formatter("%(user)s did: %(message)s"))
audit = logging.getLogger("audit")
audit.addHandler(fmt_handler)
audit.propagate = False
logging.LoggerAdapter(audit, {"user": "ann"}).warning("deleted %d rows", 3)
print(adapter, repr(audit), out)

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s", stream=sys.stdout, force=True)
logging.debug("root now logs debug to stdout")
logging.getLogger("other.module").info("propagates to root")
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still enabled")
logging.disable(logging.NOTSET)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
record = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelno": 20, "levelname": "INFO"})
print(record.getMessage(), logging.Formatter("%(levelname)s %(message)s").format(record))
for bad in ["%(nope)s", "{nope}"]:
    try:
        logging.Formatter(bad, style="%" if bad.startswith("%") else "{").format(record)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted(n for n in logging.Logger.manager.loggerDict))
