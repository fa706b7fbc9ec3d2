"""A warehouse snapshot dumped with pprint at several widths and depths."""
import pprint
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field


@dataclass
class Bin:
    code: str
    items: dict = field(default_factory=dict)
    history: list = field(default_factory=list)


warehouse = {
    "site": "north-2",
    "open": True,
    "capacity": 12_500,
    "zones": {
        "A": [Bin("A1", {"bolt-m4": 1200, "nut-m4": 1150}, ["restock 2024-01-02"]),
              Bin("A2", {"washer": 40})],
        "B": [Bin("B1"), Bin("B2", {"drill": 3, "saw": 2, "hammer": 7, "pliers": 12, "level": 1})],
    },
    "staff": ["ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lou"],
    "dock_doors": (1, 2, 3),
    "notes": "Forklift 3 is due for service. Aisle B floor repainting is scheduled for the first weekend "
             "of next month; route pickers through aisle C until then.",
}
pprint.pprint(warehouse)
print("-" * 40)
pprint.pprint(warehouse, width=50, depth=2)
print("-" * 40)
pprint.pprint(warehouse["staff"], width=30, compact=True)
pprint.pp({"z": 1, "a": [1, 2], "m": {"y": 2, "b": 1}})
counts = Counter()
for zone in warehouse["zones"].values():
    for b in zone:
        counts.update(b.items)
pprint.pprint(counts, width=40)
by_letter = defaultdict(list)
for name in warehouse["staff"]:
    by_letter[name[0] in "aeiou"].append(name)
pprint.pprint(by_letter, width=40)
log = deque((f"event {i}" for i in range(12)), maxlen=8)
pprint.pprint(log, width=40)
shifts = OrderedDict((day, warehouse["staff"][i:i + 3]) for i, day in enumerate(["mon", "tue", "wed", "thu"]))
pprint.pprint(shifts, width=44)
text = pprint.pformat(warehouse["zones"]["B"], width=60)
print(text.count("\n"), len(text))
print(pprint.pformat(list(range(100)), compact=True, width=72))
grid = [[(r * 7 + c) % 10 for c in range(12)] for r in range(6)]
pprint.pprint(grid, width=45)
pprint.pprint({"nested": {"deeper": {"deepest": {"value": [1, 2, 3]}}}}, depth=3)
cycle = {"name": "loop"}
cycle["self"] = cycle
print(pprint.pformat(cycle).split("<")[0])
print(pprint.isrecursive(cycle), pprint.isreadable(warehouse["staff"]), pprint.saferepr({"b": 2, "a": 1}))
pprint.pprint("word " * 40, width=50)
pprint.pprint({"config": "x" * 90}, width=60)
pprint.pprint([1.5, None, True, b"raw bytes here " * 6], width=50)
