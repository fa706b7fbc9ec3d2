# logging on the Light VM: the caller's file, line, function and module through
# sys._getframe, and asctime/msecs through time.
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s")
def work():
    logging.info("in work")
    logging.getLogger("x").warning("w %d", 3)
work()
logging.debug("top")
class C:
    def m(self):
        logging.getLogger("c").error("method", stack_info=False)
C().m()
fmt = logging.Formatter("%(asctime)s|%(msecs)d|%(relativeCreated)d")
r = logging.LogRecord("n", 10, __file__, 1, "m", (), None)
print(len(fmt.format(r)) > 10, fmt.format(r)[:4].isdigit())
print(logging.Formatter("%(asctime)s", datefmt="%Y").format(r).isdigit())
