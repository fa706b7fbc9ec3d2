# numbers: the PEP 3141 tower, its registrations and abstract methods.
import numbers
from decimal import Decimal
from fractions import Fraction

kinds = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for value in [True, 3, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "3", None]:
    print(repr(value), [k.__name__ for k in kinds if isinstance(value, k)])
for cls in [bool, int, float, complex, Fraction, Decimal]:
    print(cls.__name__, [k.__name__ for k in kinds if issubclass(cls, k)])
print([c.__name__ for c in numbers.Integral.__mro__])
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(numbers.__all__, numbers.Number.__hash__)
try:
    numbers.Real()
except TypeError as e:
    print(e)


class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __eq__(self, o): return self.v == float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __repr__(self): return f"Meters({self.v})"


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), m.real, m.imag, m.conjugate(), complex(m), bool(m), bool(Meters(0)))
print(isinstance(m, numbers.Complex), isinstance(m, numbers.Rational))


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    __abs__ = __add__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __le__ = __lt__ = None
    __mod__ = __mul__ = __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = None
    __rmul__ = __round__ = __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = None


print(float(Half()))
numbers.Integral.register(type("MyInt", (), {}))
print(issubclass(Fraction, numbers.Rational), Decimal(1) < Fraction(3, 2))
