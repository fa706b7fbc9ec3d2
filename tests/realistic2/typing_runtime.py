# typing at run time: TypeVar, Generic containers, Protocol, NamedTuple, TypedDict, get_type_hints.
from typing import (TypeVar, Generic, Protocol, NamedTuple, TypedDict, Optional, Union, Callable,
                    Iterator, get_type_hints, runtime_checkable, Any, cast, overload, Final, Literal)

T = TypeVar("T")
K = TypeVar("K", str, int)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)


class Pair(Generic[T, K]):
    def __init__(self, first: T, second: K):
        self.first, self.second = first, second

    def __repr__(self):
        return f"Pair({self.first!r}, {self.second!r})"


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Square:
    def __init__(self, side: int):
        self.side = side

    def draw(self) -> str:
        return "\n".join("#" * self.side for _ in range(self.side))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

    def raise_by(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


class Movie(TypedDict, total=False):
    title: str
    year: int


def describe(x: Union[int, str, None], f: Optional[Callable[[int], int]] = None) -> str:
    return f"{x!r}->{f(x) if f and isinstance(x, int) else x}"


s = Stack[int]()
for i in range(4):
    s.push(i * i)
print(list(s), s.pop(), Stack[str].__name__ if hasattr(Stack[str], "__name__") else "alias")
print(Stack[int], Pair[str, int], Pair("a", 1), Stack.__parameters__, Pair.__parameters__)
print(T, K, K.__constraints__, T.__name__, repr(Optional[int]), repr(Union[int, str]))
print(isinstance(Square(2), Drawable), isinstance("x", Drawable), Square(3).draw())
e = Employee("ann", salary=5000)
print(e, e.raise_by(10), Employee._fields, Employee._field_defaults, e._asdict())
m: Movie = {"title": "Heat"}
print(m, Movie.__total__, sorted(Movie.__annotations__), type(m).__name__)
print(describe(4, lambda v: v * 10), describe("s"), describe(None))
hints = get_type_hints(describe)
print(sorted(hints), hints["return"], hints["x"])
print(get_type_hints(Employee), get_type_hints(Square.draw))
print(cast(int, "not really"), Any, Final, Literal["a", "b"], Callable[[int, str], bool])
print(list[int] == list[int], dict[str, int].__origin__, tuple[int, ...].__args__, (int | None))
print(Union[int, Union[str, int]], Optional[Union[int, str]], Union[int] is int)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    Employee()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"), isinstance(3, int | str), issubclass(bool, int | float))


class IntList(list[int]):
    def total(self) -> int:
        return sum(self)


il = IntList([1, 2, 3])
print(il.total(), IntList.__mro__, IntList.__orig_bases__, isinstance(il, list))
try:
    issubclass(IntList, list[int])
except TypeError as e:
    print("TypeError:", e)
print(Optional[int].__name__, Union[int, str].__qualname__, Union.__name__, Stack[int].__qualname__)
