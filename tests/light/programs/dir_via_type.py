# dir(x) calls __dir__ looked up on type(x): a metaclass's __dir__ decides a class's listing.
import enum
class Meta(type):
    def __dir__(cls):
        return ["zeta", "alpha", "alpha"]
class C(metaclass=Meta):
    x = 1
class D:
    y = 2
    def __dir__(self):
        return ("b", "a")
class Color(enum.Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
print(dir(C), dir(D)[-3:], dir(D()), dir(Color)[:5], dir(Color.RED)[:6])
