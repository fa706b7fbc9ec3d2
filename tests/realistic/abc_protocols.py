"""Abstract base classes, typing.Protocol and collections.abc."""
from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping, Iterable, Sized, Container, MutableMapping, Hashable
from typing import Protocol, runtime_checkable
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Broken(Shape):
    def area(self):
        return 0


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Sprite:
    def draw(self):
        return "sprite!"


class Range3(Sequence):
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


for shape in [Circle(1), Square(2.5), Circle(0.5)]:
    print(shape.describe())
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Sprite(), Drawable), isinstance(Circle(1), Drawable), isinstance(Circle(1), Shape))
r = Range3()
print(list(r), 20 in r, r.index(20), r.count(10), list(reversed(r)), isinstance(r, Iterable))
reg = Registry()
reg["Alpha"] = 1
reg["BETA"] = 2
reg.update(gamma=3)
print(dict(reg), reg.get("ALPHA"), reg.pop("beta"), len(reg), "Gamma" in reg, reg.setdefault("delta", 4))
print(sorted(reg.keys()), list(reg.items()), reg == {"alpha": 1, "gamma": 3, "delta": 4})
for obj in [[1], (1,), "s", {1: 2}, {1}, 5, None, range(3), b"x"]:
    flags = [cls.__name__ for cls in (Sequence, Mapping, Iterable, Sized, Container, Hashable) if isinstance(obj, cls)]
    print(f"{type(obj).__name__:>6}: {flags}")


class Tree(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Tree and any("children" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Node:
    children = ()


Tree.register(int)
print(issubclass(Node, Tree), isinstance(3, Tree), issubclass(str, Tree), Shape.__abstractmethods__ == {"area", "perimeter"})
print(sorted(Broken.__abstractmethods__), Circle.__abstractmethods__)
