"""Edge cases of collections: deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple, User*."""
import collections
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, namedtuple


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


d = deque(range(5), maxlen=4)
print(d, d.maxlen, len(d), d[0], d[-1], 3 in d, list(reversed(d)))
d.append(9); d.appendleft(-1); print(d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extendleft("ab"); print(d, d.count("a"), d.index("a"))
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
e = deque()
attempt("pop empty", e.pop)
attempt("popleft empty", e.popleft)
attempt("index missing", lambda: deque([1]).index(5))
attempt("remove missing", lambda: deque([1]).remove(5))
attempt("slice", lambda: deque([1])[0:1])
attempt("out of range", lambda: deque([1])[3])
attempt("insert full", lambda: deque([1], 1).insert(0, 2))
attempt("bad maxlen", lambda: deque([], -1))
attempt("add list", lambda: deque([1]) + [2])
big = deque()
for i in range(100):
    big.append(i)
    big.appendleft(-i)
for _ in range(50):
    big.pop(); big.popleft()
print(list(big)[:5], len(big), big[50], big[-1])
del big[3]; big[0] = "first"; big.insert(2, "two"); big.reverse()
print(list(big)[-4:], len(big))
rec = deque([1]); rec.append(rec); print(rec)
it = iter(deque([1, 2]))
dq = deque([1, 2]); it = iter(dq); next(it); dq.append(3)
attempt("mutated", lambda: next(it))

dd = defaultdict(list)
dd["a"].append(1); dd["b"]
print(dd, dict(dd), dd.default_factory, dd.copy(), defaultdict(None, x=1))
attempt("no factory", lambda: defaultdict()["x"])
attempt("bad factory", lambda: defaultdict(5))
print(defaultdict(int, {"a": 1}) | {"b": 2}, {"z": 0} | defaultdict(int, {"a": 1}))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b"); od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od.keys()), od.keys(), od.values(), od.items())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
attempt("empty popitem", lambda: OrderedDict().popitem())
attempt("move missing", lambda: OrderedDict().move_to_end("q"))
print(repr(OrderedDict()), list(reversed(OrderedDict(x=1, y=2))), OrderedDict(x=1) | {"y": 2})

c = Counter("mississippi")
print(c, c.most_common(2), c.total(), sorted(c.elements()), c["z"])
c2 = Counter(i=1, s=10, q=-1)
print(c + c2, c - c2, c | c2, c & c2, +c2, -c2, c2 == Counter(i=1, s=10, q=-1, zz=0))
c3 = Counter(a=3); c3 -= Counter(a=5); print(c3)
c4 = Counter(a=1); c4 += Counter(a=2, b=-1); print(c4)
c5 = Counter(a=1, b=2); c5 |= Counter(b=5); c5 &= Counter(a=1, b=3); print(c5)
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter({1: 2}).most_common(0), Counter())
del c["m"]; del c["nothere"]; print(c)
attempt("fromkeys", lambda: Counter.fromkeys("ab"))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), list(cm), cm.parents, cm.new_child({"c": 4}), dict(cm))
cm["z"] = 0; del cm["z"]
attempt("del deeper", lambda: cm.__delitem__("b"))
attempt("missing", lambda: cm["nope"])
attempt("popitem empty", lambda: ChainMap({}, {"x": 1}).popitem())
print(cm.get("q", "dflt"), "b" in cm, bool(ChainMap()), cm | {"q": 9})

P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, P._fields, P._field_defaults, p._asdict(), P._make([3, 4]), p._replace(y=5), P.__doc__, P.x.__doc__)
print(P.__new__.__doc__, P._make.__doc__, P.__qualname__, P.__module__, type(P.x).__name__, P.__match_args__)
attempt("missing", lambda: P())
attempt("extra", lambda: P(1, 2, 3))
attempt("kw", lambda: P(1, z=2))
attempt("make wrong", lambda: P._make([1]))
attempt("replace bad", lambda: p._replace(z=1))
attempt("set", lambda: setattr(p, "x", 5))
attempt("bad name", lambda: namedtuple("X", "a-b"))
attempt("keyword", lambda: namedtuple("X", "class"))
attempt("underscore", lambda: namedtuple("X", "_a"))
attempt("dup", lambda: namedtuple("X", "a a"))
attempt("defaults", lambda: namedtuple("X", "a", defaults=(1, 2)))
Q = namedtuple("Q", "a, b", module="somewhere")
print(Q.__module__, Q(1, 2), namedtuple("One", "a")(1), namedtuple("Empty", "")())

ud = collections.UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), ud.copy(), "a" in ud, ud | {"c": 3}, type(ud.copy()).__name__)
ul = collections.UserList([3, 1, 2])
ul.sort(); ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], ul * 2, ul == [1, 2, 3, 4], ul.index(3))
us = collections.UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us.split("l"), us + "!", us[1:3], len(us), "ell" in us)
import collections.abc
print(isinstance(ud, collections.abc.MutableMapping), collections.ChainMap.__module__)
