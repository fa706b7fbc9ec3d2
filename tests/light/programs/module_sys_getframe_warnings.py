# sys._getframe and what stands on it: warnings (with their source lines,
# read through linecache), enum's functional API, traceback.print_stack.
import sys
import warnings


def outer():
    x = 1
    y = "two"
    return inner(x)


def inner(arg):
    f = sys._getframe()
    back = f.f_back
    print(f.f_code.co_name, back.f_code.co_name, back.f_lineno, sorted(back.f_locals.items()), sorted(f.f_locals))
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name, sys._getframe(2).f_globals is globals())
    print(type(f).__name__, f.f_back.f_back.f_back, f.f_builtins is __builtins__.__dict__)
    try:
        sys._getframe(50)
    except ValueError as e:
        print(e)
    return arg


print(outer(), sys._getframe().f_locals is globals(), sys._getframe(0).f_code.co_name)


def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)
    warnings.warn("careful")
    return 42


warnings.simplefilter("always")
print(deprecated_api())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    deprecated_api()
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

import random
try:
    random.randrange(3.5)
except ValueError as e:
    print(e)
print(random.randrange(4.0) in range(4))

import enum
Color = enum.Enum("Color", "RED GREEN")
print(Color.RED, Color.__module__, list(Color))

import traceback


def show():
    traceback.print_stack(limit=2)


show()
