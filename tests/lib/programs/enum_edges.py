"""Edge cases of enum: reprs, str/format, aliases, _missing_, Flag boundaries, errors."""
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias


print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.__members__["CRIMSON"])
print(repr(Color), str(Color.RED), format(Color.RED, ">12"), f"{Color.GREEN!r}", hash(Color.RED) == hash("RED"))
print(Color.RED.name, Color.RED.value, Color(3), Color["GREEN"], list(reversed(Color)))
attempt("Color(7)", lambda: Color(7))
attempt("Color['x']", lambda: Color["x"])
attempt("Color.x", lambda: Color.x)
attempt("del member", lambda: delattr(Color, "RED"))
attempt("contains member", lambda: Color.RED in Color)
attempt("unique", lambda: unique(Color))
attempt("extend", lambda: type("More", (Color,), {}))
print(sorted(dir(Color))[:5], Color.RED.__class__, type(Color))


class Shade(str, Enum):
    LIGHT = "l"
    DARK = "d"


print(repr(Shade.LIGHT), str(Shade.LIGHT), f"{Shade.DARK}", Shade.LIGHT == "l", Shade("d"))


class Level(StrEnum):
    LOW = auto()
    HIGH = auto()


print(repr(Level.LOW), str(Level.HIGH), f"[{Level.LOW:>6}]", Level.LOW.upper(), Level("high"))


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(repr(Num.ONE), str(Num.TWO), f"{Num.TWO:03d}", Num.ONE + Num.TWO, Num(2), Num.TWO * 3, sorted(Num, reverse=True))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.X), Perm.R | 8, repr(Perm(0)), repr(~Perm.R), Perm(7), list(Perm(6)))
print(repr(Perm(9)), Perm.R + 1, format(Perm.W, "d"), len(Perm(7)), Perm.W in Perm(6))


class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


attempt("Strict(5)", lambda: Strict(5))
attempt("Conform(5)", lambda: Conform(5))
attempt("Eject(5)", lambda: Eject(5))
attempt("Flag str", lambda: str(Conform(3)))
attempt("Flag none str", lambda: str(Conform(0)))
attempt("Flag bad type", lambda: Conform("a"))


class Auto(Enum):
    A = auto()
    B = 10
    C = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(list(Auto), Auto("c"), Auto._member_names_)
attempt("missing none", lambda: Auto(99))


class Weird(Enum):
    @classmethod
    def _missing_(cls, value):
        return 5

    X = 1


attempt("bad missing", lambda: Weird(3))


class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.MARS.mass, Planet.EARTH.value, Planet((6.421e+23, 3.3972e6)))


class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    X = (1, "ex")
    Y = (2, "why")


print(Coord(2), Coord.X.label, Coord.Y.value)

Animal = Enum("Animal", "ANT BEE CAT", start=10)
print(list(Animal), Animal.__module__, Animal.BEE.value)
Pairs = Enum("Pairs", {"a": 1, "b": 2})
print(list(Pairs), repr(Pairs.b))
Mixed = IntEnum("Mixed", [("x", 5), ("y", 6)])
print(repr(Mixed.x), Mixed.x + 1)
attempt("reuse key", lambda: Enum("Dup", [("a", 1), ("a", 2)]))
attempt("sunder", lambda: Enum("S", [("_bad_", 1)]))
attempt("mro name", lambda: Enum("M", [("mro", 1)]))


class Ordered(Enum):
    _order_ = "B A"
    A = 1
    B = 2


