# The frozen library modules import, packages included, and lazily.
import sys

import collections.abc
import functools
import weakref

print(collections.abc.Sequence.__module__, isinstance([], collections.abc.MutableSequence))
print(issubclass(memoryview, collections.abc.Sequence), memoryview.__name__)
print(collections.__package__, collections.abc.__package__, collections.abc.__name__)
from collections import abc as abc2

print(abc2 is collections.abc, sys.modules["collections.abc"] is collections.abc)


@functools.singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


@show.register(list)
def _(x):
    return "list"


print(show(1), show("s"), show(True), show([1]))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(e)
try:
    import collections.nope
except ModuleNotFoundError as e:
    print(e)
