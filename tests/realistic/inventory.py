"""An inventory with dataclasses and enums."""
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from collections import defaultdict


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()
    BOOK = auto()


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    quantity: int = field(default=0, compare=False)
    category: Category = field(default=Category.TOOL, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return self.price * self.quantity


@dataclass(frozen=True)
class Movement:
    sku: str
    delta: int
    reason: str = "adjust"


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def move(self, sku, delta, reason="adjust"):
        item = self.items[sku]
        if item.quantity + delta < 0:
            raise ValueError(f"cannot remove {-delta} of {item.name}: only {item.quantity}")
        item.quantity += delta
        self.log.append(Movement(sku, delta, reason))

    def by_category(self):
        groups = defaultdict(list)
        for item in sorted(self.items.values()):
            groups[item.category].append(item)
        return groups


inv = Inventory()
inv.add(Item("T-100", "hammer", 12.5, 10, Category.TOOL, ["steel"]))
inv.add(Item("F-200", "apple", 0.4, 250, Category.FOOD))
inv.add(Item("Y-300", "yo-yo", 3.99, 40, Category.TOY, ["kids", "classic"]))
inv.add(Item("B-400", "atlas", 29.0, 3, Category.BOOK))
inv.add(Item("T-101", "wrench", 8.75, 0, Category.TOOL))

try:
    inv.add(Item("T-100", "dup", 1.0))
except KeyError as e:
    print("error:", e)

inv.move("T-101", 15, "restock")
inv.move("F-200", -120, "sale")
try:
    inv.move("B-400", -5, "sale")
except ValueError as e:
    print("error:", e)

for cat, items in inv.by_category().items():
    print(cat, cat.name, cat.value)
    for it in items:
        print("   ", it, f"value={it.value:.2f}")

print(inv.log)
m = inv.log[0]
try:
    m.delta = 3
except Exception as e:
    print(type(e).__name__, e)
print(hash(m) == hash(Movement("T-101", 15, "restock")))
print(asdict(inv.items["Y-300"]))
cheaper = replace(inv.items["T-100"], price=9.99)
print(cheaper, cheaper == inv.items["T-100"], cheaper is inv.items["T-100"])
print(sorted(inv.items.values())[0].sku, max(inv.items.values()).sku)
print(Category["FOOD"], Category(3), list(Category))
print(Category.TOY in Category, len(Category))
total = sum(i.value for i in inv.items.values())
print(f"total stock value: {total:,.2f}")
print({c.name: sum(i.quantity for i in inv.items.values() if i.category is c) for c in Category})
