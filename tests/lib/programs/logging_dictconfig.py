# logging.config.dictConfig: formatters, filters, handlers, loggers, root,
# disable_existing_loggers, incremental updates and the configuration errors.
import logging
import logging.config
import sys

sys.stderr = sys.stdout
early = logging.getLogger("early")
kept = logging.getLogger("app.child")


class Upper(logging.Filter):
    def __init__(self, prefix=""):
        super().__init__()
        self.prefix = prefix

    def filter(self, record):
        record.msg = self.prefix + str(record.msg).upper()
        return True


config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "braces": {"format": "{name} | {message}", "style": "{"},
        "custom": {"()": "logging.Formatter", "fmt": "[custom] %(message)s"},
        "dated": {"format": "%(asctime)s %(message)s", "datefmt": "[no date]"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "shout": {"()": Upper, "prefix": "!"},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "braces",
                   "filters": ["only_app"]},
        "loud": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "custom", "filters": ["shout"],
                 "level": logging.WARNING},
        "tagged": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "dated"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["braced"], "propagate": True},
        "app.db": {"handlers": ["loud"], "propagate": False},
        "tagged": {"handlers": ["tagged"], "level": "INFO", "propagate": False},
    },
    "root": {"level": "INFO", "handlers": ["out"]},
}
logging.config.dictConfig(config)
logging.getLogger("app").debug("debug from app")
logging.getLogger("app.web").info("info from app.web")
logging.getLogger("app.db").warning("db trouble")
logging.getLogger("app.db").info("db chatter")
logging.getLogger("other").info("other info")
logging.getLogger("other").debug("other debug")
logging.getLogger("tagged").info("with a fixed datefmt")
early.warning("disabled: existing loggers are switched off")
kept.warning("app.child was reset, not disabled")
print(early.disabled, kept.disabled, logging.getLogger("app").level, logging.root.level, [h.name for h in logging.root.handlers])

logging.config.dictConfig({"version": 1, "incremental": True, "handlers": {"out": {"level": "ERROR"}},
                           "loggers": {"other": {"level": "WARNING"}}})
logging.getLogger("other").warning("below the handler's new level")
logging.getLogger("other").error("passes")

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["h"], "level": "WARNING"}})
logging.getLogger("early").warning("still disabled from before: %s", logging.getLogger("early").disabled)
logging.getLogger("fresh").warning("fresh logger")

for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"x": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "handlers": {"x": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "loggers": {"a": {"handlers": ["missing"]}}},
            {"version": 1, "formatters": {"f": {"format": "%(x)", "style": "%"}}},
            {"version": 1, "root": {"level": "LOUD"}},
            {"version": 1, "handlers": {"x": {"class": "logging.StreamHandler", "filters": ["nope"]}}}]:
    try:
        logging.config.dictConfig(bad)
        print("configured")
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("not ok")
except ValueError as e:
    print(e)
