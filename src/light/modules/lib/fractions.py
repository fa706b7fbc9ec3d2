"""Fraction, a rational number kept in lowest terms, as CPython 3.11's fractions module."""
import math
import sys

try:
    import numbers as _numbers
except ImportError:
    _numbers = None

__all__ = ["Fraction"]

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    return _numbers is not None and isinstance(x, _numbers.Rational)


def _digit_run(s, i):
    """The end of the digits (single underscores allowed between them) starting at s[i]."""
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return i
    while True:
        while i < n and s[i].isdecimal():
            i += 1
        if i + 1 < n and s[i] == "_" and s[i + 1].isdecimal():
            i += 1
            continue
        return i


def _parse(text):
    """(numerator, denominator) written in text, or None if it is not a rational literal."""
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        i = 1
    if not (s[i:i + 1].isdecimal() or (s[i:i + 1] == "." and s[i + 1:i + 2].isdecimal())):
        return None
    end = _digit_run(s, i)
    numerator = int(s[i:end] or "0")
    denominator = 1
    i = end
    if s[i:i + 1] == "/":
        end = _digit_run(s, i + 1)
        if end == i + 1 or end != len(s):
            return None
        denominator = int(s[i + 1:end])
        i = end
    else:
        if s[i:i + 1] == ".":
            end = _digit_run(s, i + 1)
            decimal = s[i + 1:end].replace("_", "")
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            i = end
        if s[i:i + 1] in ("e", "E"):
            start = i + 1
            if s[start:start + 1] in ("+", "-"):
                start += 1
            end = _digit_run(s, start)
            if end == start:
                return None
            exp = int(s[i + 1:end])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            i = end
    if i != len(s):
        return None
    return (-numerator if negative else numerator), denominator


def _only_takes(cls, method, wanted, value):
    return TypeError(f"{cls.__name__}.{method}() only takes {wanted}, "
                     f"not {value!r} ({type(value).__name__})")


class Fraction:

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or type(numerator).__name__ == "Decimal":
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, float):
            return cls(*f.as_integer_ratio())
        if isinstance(f, int):
            return cls(f)
        raise _only_takes(cls, "from_float", "floats", f)

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if not isinstance(dec, (int, Decimal)):
            raise _only_takes(cls, "from_decimal", "Decimals", dec)
        exact = Decimal(int(dec)) if isinstance(dec, int) else dec
        return cls(*exact.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents until the next would be too big; the answer
        # is the last convergent or the best semiconvergent after it, whichever is nearer.
        before_num, before_den, last_num, last_den = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            next_den = before_den + term * last_den
            if next_den > max_denominator:
                break
            before_num, last_num = last_num, before_num + term * last_num
            before_den, last_den = last_den, next_den
            top, bottom = bottom, top - term * bottom
        steps = (max_denominator - before_den) // last_den
        semi = Fraction(before_num + steps * last_num, before_den + steps * last_den)
        last = Fraction(last_num, last_den)
        return last if abs(last - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def _operator_fallbacks(exact, inexact):
        """__op__ and __rop__: exact on ints and Fractions, through float or complex otherwise."""
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented
        forward.__name__ = "__" + inexact.__name__ + "__"

        def reverse(b, a):
            if _is_rational(a):
                return exact(a, b)
            if isinstance(a, float):
                return inexact(float(a), float(b))
            if isinstance(a, complex):
                return inexact(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = "__r" + inexact.__name__ + "__"
        return forward, reverse

    def _add(a, b):
        return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _sub(a, b):
        return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                        a.denominator * b.denominator)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        n, d = a.numerator * b.denominator, a.denominator * b.numerator
        if d == 0:
            # The numerator CPython's reducing division reaches before it meets the zero.
            sign = (a.numerator > 0) - (a.numerator < 0)
            n = sign * (b.denominator // math.gcd(b.denominator, a.denominator))
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        return Fraction(n, d)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _add_op(x, y):
        return x + y

    def _sub_op(x, y):
        return x - y

    def _mul_op(x, y):
        return x * y

    def _truediv_op(x, y):
        return x / y

    def _floordiv_op(x, y):
        return x // y

    def _mod_op(x, y):
        return x % y

    _add_op.__name__ = "add"
    _sub_op.__name__ = "sub"
    _mul_op.__name__ = "mul"
    _truediv_op.__name__ = "truediv"
    _floordiv_op.__name__ = "floordiv"
    _mod_op.__name__ = "mod"

    __add__, __radd__ = _operator_fallbacks(_add, _add_op)
    __sub__, __rsub__ = _operator_fallbacks(_sub, _sub_op)
    __mul__, __rmul__ = _operator_fallbacks(_mul, _mul_op)
    __truediv__, __rtruediv__ = _operator_fallbacks(_div, _truediv_op)
    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, _floordiv_op)
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)
    __mod__, __rmod__ = _operator_fallbacks(_mod, _mod_op)

    def __pow__(a, b):
        """a ** b: exact for integral b, a float otherwise."""
        if not _is_rational(b):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        power, top, bottom = b.numerator, a._numerator, a._denominator
        if power < 0:
            # A negative power inverts, keeping any sign on the numerator.
            power, top, bottom = -power, bottom, top
            if bottom < 0:
                top, bottom = -top, -bottom
        return Fraction(top ** power, bottom ** power, _normalize=False)

    def __rpow__(b, a):
        integral = b._denominator == 1
        if integral and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if integral else float(b))

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return int(-(-a._numerator // a._denominator))
        return int(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves to even, like the other number types."""
        if ndigits is not None:
            scale = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * scale), scale)
            return Fraction(round(self / scale) * scale)
        whole, rest = divmod(self.numerator, self.denominator)
        twice_rest = 2 * rest
        rounds_up = twice_rest > self.denominator or (twice_rest == self.denominator and whole % 2 == 1)
        return whole + 1 if rounds_up else whole

    def __hash__(self):
        # Equal to the hash of an equal int or float: the numerator times the denominator's
        # inverse modulo the hash prime; a denominator without an inverse hashes as infinity.
        if self._denominator % _PyHASH_MODULUS == 0:
            magnitude = _PyHASH_INF
        else:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        signed = -magnitude if self._numerator < 0 else magnitude
        return -2 if signed == -1 else signed

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, float):
            if math.isfinite(other):
                return op(self, self.from_float(other))
            return op(0.0, other)
        if not _is_rational(other):
            return NotImplemented
        return op(self._numerator * other.denominator, self._denominator * other.numerator)

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


if _numbers is not None:
    _numbers.Rational.register(Fraction)
