"""typing annotations: NamedTuple, TypedDict, Generic, Protocol, Optional, get_type_hints."""
from typing import (NamedTuple, TypedDict, Generic, TypeVar, Optional, Union, List, Dict, Callable,
                    Iterator, Any, get_type_hints, cast, overload, Literal, Final, ClassVar)

T = TypeVar("T")
K = TypeVar("K")


class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = ""

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)

    def __repr__(self) -> str:
        return f"Stack({self.items})"


class Registry(Generic[K, T]):
    kind: ClassVar[str] = "registry"
    MAX: Final = 10

    def __init__(self) -> None:
        self.data: Dict[K, T] = {}


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def apply(f: Callable[[int], int], x: Union[int, str]) -> int:
    return f(int(x))


def mode(m: Literal["r", "w"]) -> str:
    return m


p = Point(3, 4, "a")
q = Point(0)
print(p, q, p.dist(q), p._asdict(), p._replace(x=10), Point._fields, Point._field_defaults)
print(p[0], p.label, tuple(p), p == (3, 4, "a"), isinstance(p, tuple), Point.__annotations__)
x, y, _ = p
print(x + y, Point._make([1, 2, "m"]), len(p), p.count(3), p.index(4))
m: Movie = {"title": "Alien", "year": 1979}
pm = PartialMovie(title="Heat")
print(m, pm, type(m) is dict, sorted(Movie.__required_keys__), sorted(PartialMovie.__optional_keys__), Movie.__total__)
s = Stack[int]()
for i in range(4):
    s.push(i * i)
print(s, list(s), s.pop(), Stack.__parameters__, Stack[int], Registry[str, int])
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
print(first([1, 2]), first([], "none"), apply(lambda v: v * 2, "21"), mode("r"), cast(int, "not checked"))
print(get_type_hints(first), get_type_hints(Point.dist))
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Any, Literal["a", 1])
print(int | None, list[tuple[int, ...]], Union[int, None] == Optional[int], Registry.kind, Registry.MAX)
print(Registry.__annotations__, T, T.__name__, Stack.__mro__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"), first.__annotations__)
Pair = NamedTuple("Pair", [("a", int), ("b", int)])
print(Pair(1, 2), Pair.__name__, Pair(1, b=5)._asdict())
