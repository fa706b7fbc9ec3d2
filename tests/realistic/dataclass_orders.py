"""An order system on dataclasses: __post_init__, field(init=False), slots, kw_only, InitVar."""
from dataclasses import dataclass, field, fields, astuple, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Address:
    street: str
    city: str
    zip_code: str = "00000"


@dataclass(slots=True)
class LineItem:
    sku: str
    qty: int
    unit_price: float

    @property
    def total(self):
        return round(self.qty * self.unit_price, 2)


@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    _: KW_ONLY
    discount: float = 0.0
    address: Address = None
    total: float = field(init=False, default=0.0)
    tax_rate: InitVar[float] = 0.2
    counter: ClassVar[int] = 0

    def __post_init__(self, tax_rate):
        Order.counter += 1
        if not 0 <= self.discount < 1:
            raise ValueError(f"discount must be in [0, 1), got {self.discount}")
        subtotal = sum(i.total for i in self.items)
        self.total = round(subtotal * (1 - self.discount) * (1 + tax_rate), 2)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(eq=False)
class Handle:
    name: str


@dataclass(unsafe_hash=True)
class Tag:
    label: str
    weight: int = field(default=1, hash=False, compare=False)


items = [LineItem("pen", 3, 1.2), LineItem("pad", 2, 3.45), LineItem("ink", 1, 12.0)]
o = Order(1, "ada", items, discount=0.1, address=Address("1 Main St", "Springfield"))
print(o)
print(o.total, Order.counter, [i.total for i in o.items])
o2 = Order(2, "bob", tax_rate=0.0)
print(o2, o2.total, Order.counter)
try:
    Order(3, "eve", discount=1.5)
except ValueError as e:
    print("ValueError:", e)
try:
    Order(4, "x", [], 0.5)
except TypeError as e:
    print("TypeError:", e)
try:
    items[0].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print([f.name for f in fields(Order)], [f.name for f in fields(LineItem)], LineItem.__slots__)
print(astuple(items[1]), Address("a", "b") == Address("a", "b"), Address.__match_args__)
vs = sorted(Version.parse(s) for s in ["1.10.0", "1.2.3", "0.9.9", "1.2.10", "2.0.0"])
print([str(v) for v in vs], max(vs), Version(1) < Version(1, 0, 1), hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
h1, h2 = Handle("a"), Handle("a")
print(h1 == h2, h1 == h1, hash(h1) == id(h1) >> 4 or True)
print(Tag("x", 1) == Tag("x", 99), len({Tag("x", 1), Tag("x", 2), Tag("y")}), Tag("q"))
print(repr(Address("Elm", "Paris", zip_code="75001")), Order.__init__.__annotations__ if False else "")
