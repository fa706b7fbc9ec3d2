# A small library management system: class hierarchies with __slots__.
class Item:
    __slots__ = ("code", "title", "year", "_loans")
    kind = "item"

    def __init__(self, code, title, year):
        self.code = code
        self.title = title
        self.year = year
        self._loans = []

    def loan_days(self):
        return 14

    def __repr__(self):
        return f"{type(self).__name__}({self.code!r}, {self.title!r}, {self.year})"

    def describe(self):
        return f"[{self.kind}] {self.title} ({self.year}) - {self.loan_days()} days"


class Book(Item):
    __slots__ = ("author", "pages")
    kind = "book"

    def __init__(self, code, title, year, author, pages):
        super().__init__(code, title, year)
        self.author = author
        self.pages = pages

    def describe(self):
        return super().describe() + f" by {self.author}, {self.pages}p"


class Magazine(Item):
    __slots__ = ("issue",)
    kind = "magazine"

    def __init__(self, code, title, year, issue):
        super().__init__(code, title, year)
        self.issue = issue

    def loan_days(self):
        return 7


class DVD(Item):
    __slots__ = ("minutes",)
    kind = "dvd"

    def __init__(self, code, title, year, minutes):
        super().__init__(code, title, year)
        self.minutes = minutes

    def loan_days(self):
        return 3 if self.year > 2015 else 5


class Member:
    __slots__ = ("name", "limit", "borrowed")

    def __init__(self, name, limit=3):
        self.name = name
        self.limit = limit
        self.borrowed = []


class LibraryError(Exception):
    pass


class Library:
    def __init__(self):
        self.items = {}
        self.members = {}
        self.log = []

    def add(self, item):
        if item.code in self.items:
            raise LibraryError(f"duplicate code {item.code}")
        self.items[item.code] = item

    def join(self, member):
        self.members[member.name] = member

    def lend(self, code, name, day):
        item = self.items[code]
        member = self.members[name]
        if len(member.borrowed) >= member.limit:
            raise LibraryError(f"{name} has reached the limit of {member.limit}")
        if item._loans and item._loans[-1][2] is None:
            raise LibraryError(f"{item.title!r} is already lent to {item._loans[-1][0]}")
        item._loans.append([name, day, None])
        member.borrowed.append(code)
        self.log.append(("lend", code, name, day))

    def give_back(self, code, day):
        item = self.items[code]
        loan = item._loans[-1]
        loan[2] = day
        self.members[loan[0]].borrowed.remove(code)
        late = max(0, day - loan[1] - item.loan_days())
        self.log.append(("return", code, loan[0], day))
        return late * (50 if isinstance(item, DVD) else 20)


lib = Library()
lib.add(Book("B1", "Dune", 1965, "Herbert", 412))
lib.add(Book("B2", "Neuromancer", 1984, "Gibson", 271))
lib.add(Magazine("M1", "Byte", 1983, 42))
lib.add(DVD("D1", "Arrival", 2016, 116))
lib.add(DVD("D2", "Alien", 1979, 117))
for name, limit in [("ann", 2), ("bob", 3)]:
    lib.join(Member(name, limit))

for item in sorted(lib.items.values(), key=lambda i: (i.kind, i.year)):
    print(item.describe())
    print("  ", repr(item))

try:
    lib.add(Magazine("B1", "Dup", 2000, 1))
except LibraryError as e:
    print("error:", e)

b = lib.items["B1"]
try:
    b.rating = 5
except AttributeError as e:
    print("AttributeError:", e)
print("has __dict__:", hasattr(b, "__dict__"))
print("Book slots:", Book.__slots__, "Item slots:", Item.__slots__)

events = [("lend", "B1", "ann", 1), ("lend", "D1", "ann", 2), ("lend", "M1", "ann", 2),
          ("lend", "D1", "bob", 3), ("lend", "B2", "bob", 3), ("return", "D1", None, 9),
          ("lend", "D1", "bob", 10), ("return", "B1", None, 20), ("return", "B2", None, 12),
          ("return", "D1", None, 12)]
fines = {}
for op, code, name, day in events:
    try:
        if op == "lend":
            lib.lend(code, name, day)
            print(f"day {day:2}: {name} borrows {lib.items[code].title}")
        else:
            who = lib.items[code]._loans[-1][0]
            fine = lib.give_back(code, day)
            fines[who] = fines.get(who, 0) + fine
            print(f"day {day:2}: {code} returned by {who}, fine {fine} cents")
    except LibraryError as e:
        print(f"day {day:2}: refused: {e}")

for name in sorted(fines):
    print(f"{name:>5}: {fines[name] / 100:.2f}")
print("log entries:", len(lib.log))
print("by kind:", {k: sum(1 for i in lib.items.values() if i.kind == k) for k in ("book", "magazine", "dvd")})
try:
    Item.__slots__ and object.__getattribute__(Magazine("X", "t", 1, 1), "author")
except AttributeError as e:
    print("AttributeError:", e)
m = Member("zed")
try:
    print(m.limit, m.borrowed)
    del m.limit
    print(m.limit)
except AttributeError as e:
    print("AttributeError:", e)
