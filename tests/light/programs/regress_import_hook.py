import builtins

original = builtins.__import__


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    print("import", name, fromlist, level, locals is None)
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = hook
import math
from math import pi, tau


def f():
    import sys
    return sys.__name__


print(f(), math.floor(pi))
builtins.__import__ = original
import types
print("restored")
