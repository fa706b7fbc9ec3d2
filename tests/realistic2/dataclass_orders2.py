# Dataclasses beyond the basics: order=True, field options, __post_init__, InitVar, KW_ONLY, slots.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, astuple, is_dataclass, make_dataclass
import dataclasses


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{self.label}" if self.label else "")


@dataclass
class Package:
    name: str
    version: Version
    deps: list = field(default_factory=list)
    size_kb: InitVar[int] = 0
    _: KW_ONLY
    license: str = "MIT"
    internal: bool = field(default=False, repr=False)

    def __post_init__(self, size_kb):
        self.size = f"{size_kb / 1024:.1f} MiB" if size_kb >= 1024 else f"{size_kb} KiB"
        self.name = self.name.lower()


@dataclass(frozen=True, slots=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return Coord(round(self.lat + dlat, 4), round(self.lon + dlon, 4))


@dataclass(eq=False)
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)

    def total(self):
        return self.value + sum(c.total() for c in self.children)


versions = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9, "beta"), Version(1, 2, 3, "rc1"), Version(2)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(Version(1, 2, 3) == Version(1, 2, 3, "other"), Version(1) < Version(1, 0, 1), max(versions))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

pkg = Package("Requests", Version(2, 31), ["urllib3", "idna"], 2048, license="Apache-2.0")
print(pkg)
print(pkg.size, pkg.internal, Package("x", Version(0), size_kb=12).size)
try:
    Package("y", Version(1), [], 5, "GPL")
except TypeError as e:
    print("TypeError:", e)
print([(f.name, f.type if isinstance(f.type, str) else f.type.__name__, f.kw_only) for f in fields(Package)])

c = Coord(52.52, 13.405)
print(c, c.moved(0.1, -0.2), hash(c) == hash(Coord(52.52, 13.405)), c.__slots__)
try:
    c.lat = 0
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.extra = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total(), tree == Node(1, tree.children), tree == tree, tree.children[0])
print(astuple(Version(1, 2, 3, "x")), is_dataclass(pkg), is_dataclass(Package), is_dataclass(1))
Point3 = make_dataclass("Point3", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda s: abs(s.x) + abs(s.y)})
p = Point3(3, -4)
print(p, p.norm(), Point3.__name__, dataclasses.replace(p, y=10))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(Version.__match_args__, Package.__dataclass_params__.order if hasattr(Package, "__dataclass_params__") else None)
match Version(3, 1):
    case Version(3, minor):
        print("major 3, minor", minor)
