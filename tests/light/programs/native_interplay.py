# The native types as the library modules written in Python use them (inspect, dataclasses, enum, typing, singledispatch, copy, the ABCs).
import inspect, functools, dataclasses, typing, enum
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
def f(a, b, *, c=3): return a + b + c
print(inspect.signature(functools.partial(f, 1)), inspect.signature(functools.partial(f, c=5)))
g = functools.lru_cache(f)
print(inspect.signature(g), inspect.unwrap(g) is f, g.__name__, g.__module__)
@dataclasses.dataclass
class D:
    xs: list = dataclasses.field(default_factory=list)
    dd: defaultdict = dataclasses.field(default_factory=lambda: defaultdict(int))
d = D(); d.dd['a'] += 1; print(d)
class Color(enum.Enum):
    RED = 1
    @functools.cached_property
    def twice(self): return self.value * 2
print(Color.RED.twice)
NT = typing.NamedTuple('NT', [('a', int), ('b', str)])
print(NT(1, 'x'), NT._fields, NT(1, 'x').a)
print(isinstance(deque(), typing.Deque) if hasattr(typing, 'Deque') else None)
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: deque): return 'deque'
print(show(deque()), show(1))
print(OrderedDict(a=1) == OrderedDict(a=1), Counter(a=2) - Counter(a=1))
from collections.abc import MutableSequence, MutableMapping
print(isinstance(deque(), MutableSequence), isinstance(defaultdict(), MutableMapping))
import copy; print(copy.deepcopy(defaultdict(list, {1: [2]})), copy.deepcopy(functools.partial(f, [1])).args)
