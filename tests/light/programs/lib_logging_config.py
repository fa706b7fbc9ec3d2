# logging.config.dictConfig on the Light VM, as an application configures it at start-up.
import logging
import logging.config

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)-7s %(name)s: %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stdout"},
        "errors": {"class": "logging.StreamHandler", "formatter": "plain", "level": "ERROR"},
    },
    "loggers": {"shop.payments": {"level": "DEBUG", "handlers": ["errors"]}},
    "root": {"level": "INFO", "handlers": ["console"]},
})
log = logging.getLogger("shop.orders")
log.info("order %d placed", 17)
log.debug("not shown")
payments = logging.getLogger("shop.payments")
payments.debug("card check for order %d", 17)
payments.error("card declined")
print(logging.root.handlers[0].name, payments.getEffectiveLevel(), log.getEffectiveLevel())
