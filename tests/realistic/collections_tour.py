"""A tour of collections: namedtuple, deque, ChainMap, OrderedDict, Counter, defaultdict, UserDict."""
from collections import namedtuple, deque, ChainMap, OrderedDict, Counter, defaultdict, UserDict, UserList, UserString

Card = namedtuple("Card", "rank suit", defaults=["spades"])
Point3 = namedtuple("Point3", ["x", "y", "z"], rename=False)
Row = namedtuple("Row", "id name class def", rename=True)
hand = [Card("A", "hearts"), Card("10"), Card(rank="K", suit="clubs")]
print(hand, hand[1].suit, Card._fields, Card._field_defaults, Row._fields)
p = Point3(1, 2, 3)
print(p._replace(z=9), p._asdict(), Point3._make(range(3)), p.x + p.y, p == (1, 2, 3), max(p), Point3.__name__)
try:
    Point3(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)

d = deque([1, 2, 3, 4, 5], maxlen=7)
d.rotate(2)
print(d)
d.rotate(-3)
d.appendleft(0)
d.extend([6, 7, 8])
d.extendleft("ab")
print(d, d.maxlen, d.count(3), d.index(4), d[0], d[-1], len(d))
d.remove(4)
d.reverse()
print(d, d.pop(), d.popleft(), list(reversed(d)), 5 in d, d.copy() == d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), sum(window) / len(window))

defaults = {"color": "red", "size": "M", "user": "guest"}
env = {"user": "admin"}
cli = {"size": "XL"}
config = ChainMap(cli, env, defaults)
print(config["color"], config["size"], config["user"], len(config), sorted(config), config.maps[1])
child = config.new_child({"color": "blue"})
child["extra"] = 1
print(child["color"], config["color"], child.maps[0], dict(child.parents) == dict(config), "extra" in config)
del child["extra"]
try:
    del child["user"]
except KeyError as e:
    print("KeyError:", e)

od = OrderedDict()
for k in "bdac":
    od[k] = ord(k)
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), list(od.keys()), od == OrderedDict([("d", 100), ("a", 97)]))
print(od == {"a": 97, "d": 100}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))

inventory = Counter(apples=5, pears=2, plums=0)
sold = Counter(apples=3, pears=4)
print(inventory - sold, inventory + sold, inventory & sold, inventory | sold, -sold + Counter(x=1))
inventory.subtract(sold)
print(inventory, +inventory, inventory.total(), sorted(inventory.elements()))
inventory.update("aab")
print(inventory.most_common(2), inventory["missing"], list(inventory), inventory == Counter(inventory))
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
print({k: dict(v) for k, v in root.items()}["a"].keys(), root["a"]["b"]["c"], len(root["missing"]))
groups = defaultdict(set)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].add(len(word))
print(sorted((k, sorted(v)) for k, v in groups.items()), groups.default_factory.__name__)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


ld = LowerDict({"Name": "x"})
ld["AGE"] = 3
print(ld, ld["name"], "age" in ld, ld.data, len(ld), isinstance(ld, dict))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s + [9], s * 2, type(s + [9]).__name__, s.data)
us = UserString("Hello")
print(us.upper(), us + " World", us[1:3], len(us), us == "Hello", type(us.lower()).__name__)
