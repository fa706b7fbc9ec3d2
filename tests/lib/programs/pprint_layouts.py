# pprint's line breaking, compared with python3.11's own pprint.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList
from dataclasses import dataclass, field
import types

data = {
    "name": "pytier", "versions": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, 5)}] * 4},
    "tuple1": ("single",), "empty": [], "set": {5, 3, 1, 9, 7, 11, 13, 15, 17, 19, 21, 23, 25, 27},
    "fs": frozenset({8, 2}), "bytes": b"\x00\x01binary payload that is long enough to wrap" * 2,
    "ba": bytearray(b"abcdefgh" * 12), 3: "int key", (1, 2): "tuple key",
    "text": "The quick brown fox jumps over the lazy dog. " * 5,
    "lines": "first line\nsecond line that is fairly long and keeps going on and on and on\nthird\n",
}
for width in (80, 40, 20, 7, 1):
    print("width", width)
    pprint.pprint(data, width=width)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=30)
pprint.pp(data, width=60)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([list(range(12))] * 5, compact=True, width=30)
pprint.pprint([[1, 2, 3], "ab" * 30, (4, 5)] * 3, compact=True, width=40, indent=3)
pprint.pprint(123456789012345678901234567890, underscore_numbers=True)
pprint.pprint([10**12, {2**40: 7}], underscore_numbers=True)
print(pprint.pformat("x" * 100))
print(pprint.pformat(["word " * 30]))
print(pprint.pformat({"k": "alpha beta gamma delta epsilon " * 4}, width=40))
print(pprint.pformat(b"short"))
print(pprint.pformat(b"0123456789" * 10, width=30))
print(pprint.pformat("  leading spaces and    runs   of blanks " * 3, width=25))
print(pprint.pformat("nospacesatallinthisverylongwordthatcannotbesplitanywhere" * 2, width=20))

r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(r).replace(str(id(r)), "ID"))
print(pprint.isrecursive(r), pprint.isrecursive([1]), pprint.isreadable(d), pprint.isreadable({1: "a"}))
print(pprint.isreadable(object()), pprint.isreadable([1, 2.5, None, True]))
print(pprint.pformat([r, d], width=10).replace(str(id(r)), "ID").replace(str(id(d)), "ID"))
pp = pprint.PrettyPrinter(width=20)
print(pp.isrecursive(r), pp.isreadable(r), pp.isreadable((1, 2)))

od = OrderedDict((str(i), i * i) for i in range(12))
pprint.pprint(od, width=40)
pprint.pprint(OrderedDict())
dd = defaultdict(list, {"a": [1] * 20, "b": [2] * 20})
pprint.pprint(dd, width=40)
c = Counter("the quick brown fox jumps over the lazy dog abracadabra")
pprint.pprint(c, width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({"a": list(range(10))}, {"b": list(range(10))}), width=40)
pprint.pprint(UserDict({"x": list(range(20))}), width=40)
pprint.pprint(UserList(list(range(30))), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta="b" * 50), width=40)
pprint.pprint(types.MappingProxyType({"k": list(range(25))}), width=40)


@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "a line with a rather long label " * 2


pprint.pprint(Line(Point(1, list(range(20))), Point(3, [4])), width=50)
pprint.pprint([Point(1), Point(2)])
pprint.pprint({"deep": {"deeper": {"deepest": list(range(40))}}}, width=30, indent=2)
pprint.pprint({5: 1, "a": 2, 2.5: 3, None: 4, (1,): 5}, width=20)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False, width=5)
pprint.pprint({}, width=1)
pprint.pprint(((((((((("deep",),),),),),),),),), width=10)

for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
pprint.pprint({"to": "a stream"}, stream=sink)
print(sink.parts)
pprint.PrettyPrinter(stream=sink, width=10).pprint([1, 2, 3, 4])
print("".join(sink.parts))


class Custom(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return obj.upper(), True, False
        return super().format(obj, context, maxlevels, level)


print(Custom(width=20).pformat(["abc", "def", ["ghi", 1, 2, 3, 4, 5]]))
