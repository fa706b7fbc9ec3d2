# Programs that once crashed the Light tier.
import sys


class C:
    pass


c = C()
for call in (lambda: object.__setattr__(c, 5, 5),
             lambda: object.__delattr__(c, 5),
             lambda: object.__getattribute__(c, 5),
             lambda: type.__setattr__(C, 1.5, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

sys.modules["mod"] = 1
try:
    from mod import *
except ImportError as e:
    print("ImportError:", e)


class M:
    __all__ = ("y",)
    y = "b2"


sys.modules["mod"] = M
from mod import *
print(y)


def f(a, b):
    print(a, b)


try:
    f(1, **{'a': 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
