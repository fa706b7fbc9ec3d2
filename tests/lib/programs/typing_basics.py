"""typing at run time: the common names, their reprs, Generic, Protocol, NamedTuple, TypedDict, hints."""
from typing import *
import typing


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', int, str); C = TypeVar('C', covariant=True)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Union[int], Callable[[int], str], Callable[..., int], Callable, Tuple[int, ...], Tuple[()], Tuple)
print(Literal[1, 'a'], T, K, V, C, Any, ClassVar[int], Type[int], Annotated[int, 'x'], Optional['X'], Dict[str, T][int], Set, FrozenSet[int], DefaultDict[str, int], Counter[str], Deque[int])
print(Iterable[int], Iterator, Mapping[str, int], Sequence[T], Generator[int, None, None], Awaitable[int], Final[int], NoReturn, Never, Self, TypeAlias, LiteralString)
print(K.__bound__, V.__constraints__, T.__name__, List[int].__origin__, List[int].__args__, Dict[str, T].__parameters__, get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]))
print(Union[int, str] == Union[str, int], int | str == Union[int, str], List[int] == List[int], hash(List[int]) == hash(List[int]), Optional[int] == Union[int, None])
print(Union[int, Union[str, float]], Union[int, str, int], Optional[Union[int, str]], Literal[1, 1, True], Literal[1] == Literal[1], get_args(Literal['a', 'b']))
print(Dict[T, List[T]][str], Union[T, int][str], List[T].__parameters__, isinstance([], List), issubclass(list, Sequence), isinstance(3, Union[int, str]))
print(Union[int, str] | None, List[int] | None, T | None, get_args(Annotated[int, 'm', 2]), get_origin(Annotated[int, 'm']))


class Stack(Generic[T]):
    def __init__(self):
        self.items = []


class Pair(Generic[K, V]):
    pass


class IntStack(Stack[int]):
    pass


print(Stack[int], Stack.__parameters__, Stack[int]().__orig_class__, Stack.__orig_bases__, Stack.__mro__)
print(IntStack.__parameters__, IntStack.__mro__, Pair[int, str], Pair.__parameters__)


class P(NamedTuple):
    x: int
    y: str = 'a'

    def m(self):
        return self.x


print(P(1), P._fields, P.__annotations__, P._field_defaults, P(2).m(), P.__mro__, P.__module__)
Q = NamedTuple('Q', [('a', int)])
print(Q(1), Q.__annotations__, Q.__module__)


class M(TypedDict):
    name: str
    year: int


class M2(M, total=False):
    extra: bool


print(M(name='x', year=1), sorted(M.__required_keys__), sorted(M2.__optional_keys__), M2.__annotations__, M2.__total__, type(M(name='x', year=1)))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__)


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class F:
    def close(self):
        pass


class Proto(Protocol):
    def x(self): ...


print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
attempt("non-runtime", lambda: isinstance(1, Proto))
attempt("instantiate proto", lambda: Proto())
attempt("List()", lambda: List[int]())
attempt("isinstance generic", lambda: isinstance([], List[int]))
attempt("empty union", lambda: Union[()])
attempt("Generic[int]", lambda: Generic[int])
attempt("too many", lambda: Stack[int, str])
attempt("Optional 2", lambda: Optional[int, str])
attempt("TypedDict isinstance", lambda: isinstance({}, M))
attempt("single constraint", lambda: TypeVar('T', int))
attempt("cast", lambda: cast(int, 'x'))
attempt("Any()", lambda: Any())
attempt("Union()", lambda: Union())
attempt("not listed", lambda: type("G2", (Generic[T], List[K]), {}))


def g(a: 'int', b: List['P'] = None) -> 'Stack[int]':
    pass


class A:
    x: int
    y: 'str'


class B(A):
    z: ClassVar[int] = 3
    w: Annotated[int, 'meta']


print(get_type_hints(g), get_type_hints(B), get_type_hints(B, include_extras=True)['w'])


@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x):
    return x


print(h(3), len(get_overloads(h)), typing.TYPE_CHECKING, typing.Text, typing.AnyStr)
print(IntStack.__bases__, Stack.__bases__, type("L", (List[int],), {}).__bases__, typing.IO, typing.TextIO.__mro__[1:3], typing.IO[str])
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsIndex), typing.SupportsInt, issubclass(float, typing.SupportsFloat))
