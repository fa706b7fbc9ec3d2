# type() refuses bases that need __mro_entries__; the class statement resolves them.
from typing import Generic, TypeVar, List
T = TypeVar("T")
for bases in [(List[int],), (Generic[T],), (int, List[int])]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)
class Box(Generic[T]):
    pass
class Ints(List[int]):
    pass
print(Box.__mro__, Ints.__mro__, Box.__orig_bases__)
