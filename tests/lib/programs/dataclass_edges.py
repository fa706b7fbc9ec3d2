"""Edge cases of dataclasses: generated methods, errors, inheritance, slots, KW_ONLY, InitVar."""
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0


print(Point(1), Point(1, 2) == Point(1, 2), Point(1) == (1, 0), Point.__doc__, Point.count)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__, Point.__hash__)
print(Point.__match_args__, [f.name for f in dataclasses.fields(Point)], Point.__dataclass_params__)
attempt("missing arg", lambda: Point())
attempt("too many", lambda: Point(1, 2, [], 4))
attempt("kw unknown", lambda: Point(1, z=3))
attempt("fields(3)", lambda: dataclasses.fields(3))
attempt("asdict cls", lambda: dataclasses.asdict(Point))
attempt("replace bad", lambda: dataclasses.replace(Point(1), q=2))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return dataclasses.replace(self, minor=self.minor + 1)


v = Version(1, 2)
print(v, v.bump(), sorted([Version(2), Version(1, 5), Version(1)]), v < Version(1, 3), hash(v) == hash((1, 2)))
attempt("frozen set", lambda: setattr(v, "major", 3))
attempt("frozen del", lambda: delattr(v, "major"))
attempt("frozen new attr", lambda: setattr(v, "other", 3))
attempt("compare other", lambda: v < (1, 2))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 7


print(Child(), Child(1, "x", 2.0), [f.name for f in dataclasses.fields(Child)])


@dataclass
class WithInit:
    total: int = field(init=False)
    scale: InitVar[int] = 2
    base: int = 3

    def __post_init__(self, scale):
        self.total = self.base * scale


print(WithInit(), WithInit(5, 2), WithInit.__doc__)
attempt("InitVar repr", lambda: InitVar[int])
attempt("replace initvar", lambda: dataclasses.replace(WithInit(), base=1))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(KW(1, b=5), KW.__doc__)
attempt("kw positional", lambda: KW(1, 2))


@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0


print(AllKW(x=1))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
attempt("slot new attr", lambda: setattr(s, "z", 1))


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    x: int
    y: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashy(3)) == hash((3,)))
attempt("mutable default", lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})))
attempt("both defaults", lambda: field(default=1, default_factory=list))
attempt("order without eq", lambda: dataclass(order=True, eq=False)(type("O", (), {})))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node(1, [Node(2), Node(3, [Node(4)])], {"k": (Node(5), 6)})
print(dataclasses.asdict(tree))
print(dataclasses.astuple(tree))
print(dataclasses.is_dataclass(tree), dataclasses.is_dataclass(Node), dataclasses.is_dataclass(dict))
Dyn = dataclasses.make_dataclass("Dyn", ["a", ("b", int), ("c", int, field(default=5))], namespace={"double": lambda self: self.c * 2})
print(Dyn(1, 2), Dyn(1, 2).double(), Dyn.__module__, [f.type for f in dataclasses.fields(Dyn)])


@dataclass
class Recursive:
    items: list


r = Recursive([])
r.items.append(r)
print(r)
attempt("non-default after default", lambda: dataclass(type("ND", (), {"__annotations__": {"a": int, "b": int}, "a": 1})))
