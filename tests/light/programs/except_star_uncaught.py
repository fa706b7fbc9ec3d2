def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("nested", [OSError(3), KeyError(4)])])
try:
    f()
except* ValueError as e:
    print("caught", repr(e))
except* OSError:
    print("os")
    raise RuntimeError("in handler")
