"""Value objects with __repr__, __str__, __eq__, __hash__ and ordering."""
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int(frac.ljust(2, "0")[:2])), currency)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents / 100:.0f}{self.currency[0]}"
        return format(str(self), spec)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot compare {self.currency} and {other.currency}")
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __add__(self, other):
        if other == 0:
            return self
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)

    def __bool__(self):
        return self.cents != 0


class Person:
    def __init__(self, first, last, email):
        self.first, self.last, self.email = first, last, email

    def __repr__(self):
        return f"{type(self).__name__}({self.first!r}, {self.last!r}, {self.email!r})"

    def __str__(self):
        return f"{self.first} {self.last} <{self.email}>"

    def __eq__(self, other):
        return isinstance(other, Person) and self.email.lower() == other.email.lower()

    def __hash__(self):
        return hash(self.email.lower())


class NoHash:
    def __eq__(self, other):
        return True


prices = [Money.parse(s) for s in ["3.50 EUR", "10 EUR", "0.99 EUR", "-2.5 EUR", "3.5 EUR"]]
print(prices)
print([str(p) for p in prices], sorted(prices), max(prices), min(prices))
print(sum(prices), sum(prices, Money(0)), prices[0] * 3, prices[1] * 0.333)
print(len(set(prices)), prices[0] == prices[4], prices[0] is prices[4], prices[0] != prices[1])
print(f"[{prices[1]:>12}] [{prices[2]:short}] [{prices[3]}]", bool(Money(0)), bool(prices[3]))
print(prices[0] == "3.50 EUR", prices[0] <= prices[1], prices[2] >= prices[3])
try:
    Money(1, "USD") < Money(1)
except ValueError as e:
    print("ValueError:", e)
try:
    prices[0] + Money(5, "USD")
except ValueError as e:
    print("ValueError:", e)
people = [Person("Ada", "Lovelace", "ada@example.org"), Person("Alan", "Turing", "alan@example.org"),
          Person("A.", "Lovelace", "ADA@example.org")]
print(people[0], repr(people[1]), people[0] == people[2], len(set(people)))
book = {p: p.last for p in people}
print(book, list(map(str, book)))
print(people.index(Person("x", "y", "Alan@Example.org")), people.count(people[0]))
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__, NoHash() == 5, NoHash() in [1, 2])
print(str([Money(5)]), repr({"k": Money(7, "GBP")}), "%s|%r" % (Money(1), Money(2)))
print(object.__repr__(people[0]).startswith("<__main__.Person object at 0x"), f"{people[1]!s:>40}")
