# KeyboardInterrupt raised by the program: caught, then uncaught (exit 130).
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
def deeper():
    raise KeyboardInterrupt("stop")
deeper()
