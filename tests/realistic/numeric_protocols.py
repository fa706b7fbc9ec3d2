"""Custom numeric types: reflected and in-place operators, __index__, __int__, __round__, int subclasses."""
import math
import operator


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Celsius({float(self)!r})"

    def to_f(self):
        return self * 9 / 5 + 32


class Bits(int):
    def __repr__(self):
        return f"Bits({bin(self)})"

    def __and__(self, other):
        return Bits(int(self) & int(other))

    def __or__(self, other):
        return Bits(int(self) | int(other))

    __rand__, __ror__ = __and__, __or__


class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__ with {other!r}")
        return self + other

    def __iadd__(self, other):
        print(f"  __iadd__ with {other!r}")
        self.cents += other.cents if isinstance(other, Money) else other
        return self

    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2)) if ndigits is None else Money(round(self.cents, ndigits))

    def __bool__(self):
        return self.cents != 0

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    __hash__ = None


c = Celsius(21.5)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, isinstance(c, float), round(c), math.floor(c))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
b = Bits(0b1100)
print(b, repr(b), b & 0b1010, 0b0011 | b, b + 1, type(b + 1).__name__, type(b & 1).__name__, b << 2, ~b)
data = list(range(10))
s = Slot(3)
print(data[s], data[Slot(1):Slot(8):Slot(3)], bin(s), hex(s), operator.index(s), "abcdef"[s], range(s)[-1])
print([1, 2] * Slot(2), math.comb(Slot(5), 2), int.__index__(7), (5).__index__())
m = Money(250)
print(m + Money(100), m + 5, 5 + m, sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]))
m += Money(50)
m += 10
print(m, 3 * m, m * 2, -m, abs(Money(-7)), int(m), float(m), round(Money(1260)), round(Money(1263), -1))
print(bool(Money(0)), bool(m), sorted([Money(3), Money(1), Money(2)]), max(Money(3), Money(9)), Money(1) == Money(1))
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    m * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    {m: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][Money(1)]
except TypeError as e:
    print("TypeError:", e)
print(True + True, True * 10, False - 1, -True, True / 2, sum([True, True, False]), True & False, True ^ True)
print(divmod(Bits(17), 5), pow(Bits(2), 10), abs(Bits(-3)), Bits(5) == 5, hash(Bits(5)) == hash(5), int("12", base=Slot(4)) if False else "")
acc = 0
for op in (operator.add, operator.sub, operator.mul, operator.floordiv, operator.mod, operator.pow):
    acc = op(acc if acc else 7, 3)
    print(op.__name__, acc)
x = [1, 2]
y = x
x += [3]
t = (1, 2)
u = t
t += (3,)
print(x is y, t is u, x, u)
print(operator.iadd([1], [2]), operator.itemgetter(slice(1, 3))("abcd"), operator.methodcaller("upper")("q"))
print(1 < 2.5 < Celsius(3), 10 ** -1, 7 // -2, -7 // 2, 7 % -2, round(-0.5), round(1.5), round(2.5), math.isclose(0.1 * 3, 0.3))
