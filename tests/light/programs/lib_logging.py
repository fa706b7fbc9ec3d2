# logging on the Light VM: the last-resort handler and basicConfig's default
# format on stderr, a hierarchy with levels, styles and filters on stdout.
import logging
import sys

logging.getLogger("early").warning("no handlers yet: %d%%", 100)
logging.getLogger("early").info("not shown")
logging.warning("root %s", "configured now")
logging.info("below the root's level")

service = logging.getLogger("service")
worker = logging.getLogger("service.worker")
service.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
service.addHandler(out)
worker.debug("started %s", "job-1")
worker.error("job %(id)s failed", {"id": 7})
service.propagate = False
worker.critical("only on stdout")
braces = logging.StreamHandler(sys.stdout)
braces.setFormatter(logging.Formatter("{name:>16} | {levelname:<8} | {message}", style="{"))
braces.addFilter(lambda record: "secret" not in record.getMessage())
worker.addHandler(braces)
worker.info("twice: once per handler")
worker.info("a secret is filtered from one handler")
print(repr(worker), worker.getEffectiveLevel(), worker.parent is service, logging.getLevelName(40))
logging.disable(logging.INFO)
worker.info("disabled")
logging.disable(logging.NOTSET)
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(message)s", stream=sys.stdout, force=True)
logging.debug("root reconfigured to stdout")
try:
    logging.Formatter("%(oops", style="%")
except ValueError as e:
    print(e)
