"""Decimal floating-point arithmetic with the results, flags and messages of CPython 3.11's
decimal module (libmpdec), following the General Decimal Arithmetic specification.

A finite Decimal is (sign, coefficient, exponent) with the coefficient a Python int, so every
exact step is one big-int operation; rounding happens once, in _finish, as the spec has it."""
import math
import numbers as _numbers
import sys
from collections import namedtuple

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------------------------------------
# Signals. Each condition is one bit of a status word; the four kinds of invalid operation have
# bits of their own because the exception's argument names which one happened.

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Inexact(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class FloatOperation(DecimalException, TypeError):
    pass


_S_INVALID = 1
_S_SYNTAX = 2
_S_IMPOSSIBLE = 4
_S_UNDEFINED = 8
_S_CONTEXT = 16
_S_FLOAT = 32
_S_DIVZERO = 64
_S_OVERFLOW = 128
_S_UNDERFLOW = 256
_S_SUBNORMAL = 512
_S_INEXACT = 1024
_S_ROUNDED = 2048
_S_CLAMPED = 4096
_S_ANY_INVALID = 31

# The order libmpdec reports them in: this is the order of a context's flags and traps, and the
# first trapped one in it names the exception raised.
_SIGNALS = ((InvalidOperation, _S_ANY_INVALID), (FloatOperation, _S_FLOAT),
            (DivisionByZero, _S_DIVZERO), (Overflow, _S_OVERFLOW), (Underflow, _S_UNDERFLOW),
            (Subnormal, _S_SUBNORMAL), (Inexact, _S_INEXACT), (Rounded, _S_ROUNDED),
            (Clamped, _S_CLAMPED))
_SIGNAL_BITS = dict(_SIGNALS)
# The classes an exception's argument lists, bit by bit.
_CONDITIONS = ((InvalidOperation, _S_INVALID), (ConversionSyntax, _S_SYNTAX),
               (DivisionImpossible, _S_IMPOSSIBLE), (DivisionUndefined, _S_UNDEFINED),
               (InvalidContext, _S_CONTEXT)) + _SIGNALS[1:]


_SIGNAL_KEYS_TEXT = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, "
                     "DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                     "   Clamped]")


def _signal_error(status):
    kind = next(cls for cls, bits in _SIGNALS if status & bits)
    return kind([cls for cls, bit in _CONDITIONS if status & bit])


# The order libmpdec's status bits print in, each under its signal's name.
_PRINT_ORDER = ((_S_CLAMPED, "Clamped"), (_S_SYNTAX, "InvalidOperation"),
                (_S_DIVZERO, "DivisionByZero"), (_S_IMPOSSIBLE, "InvalidOperation"),
                (_S_UNDEFINED, "InvalidOperation"), (_S_INEXACT, "Inexact"),
                (_S_CONTEXT, "InvalidOperation"), (_S_INVALID, "InvalidOperation"),
                (_S_FLOAT, "FloatOperation"), (_S_OVERFLOW, "Overflow"), (_S_ROUNDED, "Rounded"),
                (_S_SUBNORMAL, "Subnormal"), (_S_UNDERFLOW, "Underflow"))


def _signal_names(status):
    names = []
    for bit, name in _PRINT_ORDER:
        if status & bit and name not in names:
            names.append(name)
    return ", ".join(names)


class SignalDictMixin:
    """A context's flags or traps: a mapping from each signal class to a bool."""
    __slots__ = ("_context", "_field")

    def __init__(self, context, field):
        self._context = context
        self._field = field

    def __getitem__(self, signal):
        bits = _SIGNAL_BITS.get(signal)
        if bits is None:
            raise KeyError(_SIGNAL_KEYS_TEXT)
        return bool(getattr(self._context, self._field) & bits)

    def __setitem__(self, signal, value):
        bits = _SIGNAL_BITS.get(signal)
        if bits is None:
            raise KeyError(_SIGNAL_KEYS_TEXT)
        word = getattr(self._context, self._field)
        if value:
            word |= bits
        else:
            word &= ~bits
        setattr(self._context, self._field, word)

    def __delitem__(self, signal):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter([cls for cls, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, signal):
        return signal in _SIGNAL_BITS

    def keys(self):
        return [cls for cls, _ in _SIGNALS]

    def values(self):
        return [self[cls] for cls, _ in _SIGNALS]

    def items(self):
        return [(cls, self[cls]) for cls, _ in _SIGNALS]

    def get(self, signal, default=None):
        return self[signal] if signal in _SIGNAL_BITS else default

    def copy(self):
        return {cls: self[cls] for cls, _ in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, SignalDictMixin):
            return self.copy() == other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return "{" + ", ".join(f"{cls}:{self[cls]}" for cls, _ in _SIGNALS) + "}"

    __hash__ = None


def _status_from(signals, mapping_only=False):
    """The status word that the flags or traps given to a Context describe: a signal dict, or
    (except when assigned to the attribute) a list of signals."""
    word = 0
    if isinstance(signals, list) and not mapping_only:
        for signal in signals:
            if signal not in _SIGNAL_BITS:
                raise KeyError(_SIGNAL_KEYS_TEXT)
            word |= _SIGNAL_BITS[signal]
        return word
    if isinstance(signals, SignalDictMixin):
        return _status_from(signals.copy())
    if not isinstance(signals, dict):
        raise TypeError("argument must be a signal dict")
    if isinstance(signals, dict):
        if len(signals) != len(_SIGNALS) or any(s not in _SIGNAL_BITS for s in signals):
            raise KeyError("invalid signal dict")
        for signal, on in signals.items():
            if on:
                word |= _SIGNAL_BITS[signal]
    return word


# ---------------------------------------------------------------------------------------------
# Context

def _fits_below(prec):
    """10**prec, the bound below which a coefficient surely fits prec digits; for precisions
    too big to write out, a smaller power of ten that is still such a bound."""
    return 10 ** min(prec, 5000)


def _checked_int(value, low, high, text):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not low <= value <= high:
        raise ValueError(text)
    return value


_CONTEXT_FIELDS = ("_prec", "_rounding", "_Emin", "_Emax", "_capitals", "_clamping", "_flags",
                   "_traps", "_limit")


class Context:
    """The precision, rounding, exponent limits, flags and traps that arithmetic works under."""
    # Slots, so that a misspelt setting (ctx.precision = 5) fails as on the C type.
    __slots__ = _CONTEXT_FIELDS + ("_flag_view", "_trap_view")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        if "DefaultContext" in globals():
            DefaultContext._copy_into(self)
        else:
            self._prec, self._rounding = 28, ROUND_HALF_EVEN
            self._Emin, self._Emax, self._capitals, self._clamping = -999999, 999999, 1, 0
            self._traps = _S_ANY_INVALID | _S_DIVZERO | _S_OVERFLOW
            self._limit = _fits_below(self._prec)
        self._flags = 0
        self._flag_view = self._trap_view = None
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _status_from(flags)
        if traps is not None:
            self._traps = _status_from(traps)

    # The six settings are checked on assignment, as the C type's getset slots do.
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        self._prec = _checked_int(value, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")
        self._limit = _fits_below(self._prec)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or not isinstance(value, str):
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                            "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                            "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        self._Emin = _checked_int(value, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        self._Emax = _checked_int(value, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        self._capitals = _checked_int(value, 0, 1, "valid values for capitals are 0 or 1")

    @property
    def clamp(self):
        return self._clamping

    @clamp.setter
    def clamp(self, value):
        self._clamping = _checked_int(value, 0, 1, "valid values for clamp are 0 or 1")

    @property
    def flags(self):
        if self._flag_view is None:
            self._flag_view = SignalDictMixin(self, "_flags")
        return self._flag_view

    @flags.setter
    def flags(self, value):
        self._flags = _status_from(value, True)

    @property
    def traps(self):
        if self._trap_view is None:
            self._trap_view = SignalDictMixin(self, "_traps")
        return self._trap_view

    @traps.setter
    def traps(self, value):
        self._traps = _status_from(value, True)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        twin = Context.__new__(Context)
        self._copy_into(twin)
        twin._flags = self._flags
        return twin

    def _copy_into(self, other):
        """Gives other (a Context, or one still being made) self's settings and traps."""
        for name in _CONTEXT_FIELDS:
            setattr(other, name, getattr(self, name))
        other._flag_view = other._trap_view = None

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                          self._clamping, [c for c, b in _SIGNALS if self._flags & b],
                          [c for c, b in _SIGNALS if self._traps & b]))

    def __repr__(self):
        flags, traps = _signal_names(self._flags), _signal_names(self._traps)
        return (f"Context(prec={self._prec}, rounding={self._rounding}, Emin={self._Emin}, "
                f"Emax={self._Emax}, capitals={self._capitals}, clamp={self._clamping}, "
                f"flags=[{flags}], traps=[{traps}])")

    def _signal(self, status):
        """Record status in the flags; raise if one of its conditions is trapped."""
        self._flags |= status
        if status & self._traps:
            raise _signal_error(status & self._traps)

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            number = _from_str(num, self, False)
        elif isinstance(num, (list, tuple)):
            number = _from_tuple(num)
        elif isinstance(num, float):
            self._signal(_S_FLOAT)
            number = _from_float(num)
        else:
            number = Decimal(num)
        if number._form >= _NAN:
            room = self._prec - self._clamping
            if len(str(number._coeff)) > room and number._coeff:
                self._signal(_S_SYNTAX)
                return _make(0, 0, 0, _NAN)
            return number
        return _finish(number._sign, number._coeff, number._exp, self) if number._form == _FINITE else number

    def create_decimal_from_float(self, f):
        if isinstance(f, int):
            return self.create_decimal(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        number = _from_float(f)
        if number._form != _FINITE:
            return number
        return _finish(number._sign, number._coeff, number._exp, self)

    def _apply(self, a):
        number = _operand(a, True)
        if number._form:
            return _nan_result(number, None, self) if number._form >= _NAN else number
        return _finish(number._sign, number._coeff, number._exp, self)

    def to_sci_string(self, a):
        return _operand(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _operand(a, True).to_eng_string(self)

    def copy_decimal(self, a):
        return _operand(a, True)

    def radix(self):
        return Decimal(10)

    def divmod(self, a, b):
        return _divide_integer(_operand(a, True), _operand(b, True), self, 2)

    def power(self, a, b, modulo=None):
        return _operand(a, True).__pow__(b, modulo, self, True)

    def __eq__(self, other):
        return NotImplemented


# Context methods that take Decimal operands and forward to the Decimal method of that name.
def _context_forwarder(name, arity, method_name=None):
    method_name = method_name or name

    if arity == 1:
        def forward(self, a):
            return getattr(_operand(a, True), method_name)(context=self)
    elif arity == 2:
        def forward(self, a, b):
            return getattr(_operand(a, True), method_name)(_operand(b, True), context=self)
    else:
        def forward(self, a, b, c):
            return getattr(_operand(a, True), method_name)(_operand(b, True), _operand(c, True),
                                                           context=self)
    forward.__name__ = name
    forward.__qualname__ = "Context." + name
    return forward


def _context_predicate(name):
    def ask(self, a):
        return getattr(_operand(a, True), name)()
    ask.__name__ = name
    ask.__qualname__ = "Context." + name
    return ask


for _name in ("abs", "exp", "ln", "log10", "logb",
              "logical_invert", "minus", "next_minus", "next_plus", "normalize", "number_class",
              "plus", "sqrt", "to_integral", "to_integral_exact", "to_integral_value"):
    setattr(Context, _name, _context_forwarder(_name, 1, {"abs": "_abs", "minus": "_minus",
                                                          "plus": "_plus"}.get(_name)))
for _name in ("add", "compare", "compare_signal", "compare_total", "compare_total_mag",
              "copy_sign", "divide", "divide_int", "logical_and", "logical_or", "logical_xor",
              "max", "max_mag", "min", "min_mag", "multiply", "next_toward", "quantize",
              "remainder", "remainder_near", "rotate", "same_quantum", "scaleb", "shift",
              "subtract"):
    setattr(Context, _name, _context_forwarder(_name, 2, {
        "add": "_add", "subtract": "_sub", "multiply": "_mul", "divide": "_div",
        "divide_int": "_divint", "remainder": "_rem", "copy_sign": "_copy_sign",
        "compare_total": "_compare_total", "compare_total_mag": "_compare_total_mag",
        "same_quantum": "_same_quantum"}.get(_name)))
Context.fma = _context_forwarder("fma", 3)
for _name in ("is_canonical", "is_finite", "is_infinite", "is_nan", "is_qnan", "is_signed",
              "is_snan", "is_zero", "canonical", "copy_abs", "copy_negate"):
    setattr(Context, _name, _context_predicate(_name))


def _context_is_normal(self, a):
    return _operand(a, True).is_normal(self)


def _context_is_subnormal(self, a):
    return _operand(a, True).is_subnormal(self)


Context.is_normal = _context_is_normal
Context.is_subnormal = _context_is_subnormal


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

# What internal steps that must not round use: room for any exponent, precision unbounded.
_EXACT = DefaultContext.copy()
_EXACT._prec, _EXACT._limit = MAX_PREC, 0
_EXACT._Emax, _EXACT._Emin, _EXACT._traps = MAX_EMAX, MIN_EMIN, 0

try:
    from contextvars import ContextVar as _ContextVar
except ImportError:
    _ContextVar = None


class _GlobalSlot:
    """Where the current context lives without contextvars: one slot, as the Light tier runs a
    single thread."""

    def __init__(self):
        self.value = None

    def get(self, default):
        return self.value if self.value is not None else default

    def set(self, value):
        self.value = value


# Each thread and asyncio task sees its own context, as with CPython's contextvar.
_current = _ContextVar("decimal_context") if _ContextVar is not None else _GlobalSlot()


def getcontext():
    """The current context (a fresh copy of DefaultContext until one is set)."""
    context = _current.get(None)
    if context is None:
        context = DefaultContext.copy()
        context._flags = 0
        _current.set(context)
    return context


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current.set(context)


_LOCAL_KEYWORDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class ContextManager:
    """What localcontext() returns: sets a copy of a context for the length of a with block."""

    def __init__(self, context):
        self.new_context = context
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    local = ctx.copy()
    for name, value in kwargs.items():
        if name not in _LOCAL_KEYWORDS:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if name == "flags" or name == "traps":
            # Like Context(), and unlike assigning the attribute, this takes lists too.
            setattr(local, "_" + name, _status_from(value))
        else:
            setattr(local, name, value)
    return ContextManager(local)


# ---------------------------------------------------------------------------------------------
# The number itself: sign (0 or 1), coefficient (an int >= 0), exponent, and form. A NaN keeps
# its diagnostic payload in the coefficient.

_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _make(sign, coeff, exp, form=_FINITE):
    number = object.__new__(Decimal)
    number._sign = sign
    number._coeff = coeff
    number._exp = exp
    number._form = form
    return number


def _digits(n):
    """How many decimal digits n >= 0 has (1 for 0)."""
    if n < 10 ** 15:
        return len(str(n))
    # n >= 2**(bits - 1) fixes the count to one of two values; one comparison settles which.
    guess = int((n.bit_length() - 1) * 0.30102999566398120) + 1
    return guess + 1 if n >= 10 ** guess else guess


def _strip_zeros(coeff, exp, lowest):
    """coeff * 10**exp with trailing zeros of the coefficient moved into the exponent, as long
    as the exponent stays at most `lowest`."""
    while exp < lowest and coeff and coeff % 10 == 0:
        # Strip in big steps first: coefficients from division can end in many zeros.
        step = 1
        while exp + 2 * step <= lowest and coeff % 10 ** (2 * step) == 0:
            step *= 2
        coeff //= 10 ** step
        exp += step
    return coeff, exp


def _cut(coeff, drop, rounding, negative):
    """coeff without its last `drop` (> 0) digits, rounded as `rounding` says, and whether the
    digits dropped were not all zero."""
    if coeff and drop > 20 and drop > _digits(coeff) + 1:
        # All of it goes, and it is under a hundredth of the unit: a stand-in rounds alike.
        coeff, drop = 1, 2
    unit = 10 ** drop
    kept, rest = divmod(coeff, unit)
    if not rest:
        return kept, False
    if rounding == ROUND_HALF_EVEN:
        up = 2 * rest > unit or (2 * rest == unit and kept & 1)
    elif rounding == ROUND_HALF_UP:
        up = 2 * rest >= unit
    elif rounding == ROUND_HALF_DOWN:
        up = 2 * rest > unit
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not negative
    elif rounding == ROUND_FLOOR:
        up = negative
    else:
        up = kept % 5 == 0
    return kept + 1 if up else kept, True


def _overflowed(sign, ctx, rounding):
    """The result of an overflow: infinity, or the largest finite number when the rounding
    goes towards zero."""
    if (rounding in (ROUND_DOWN, ROUND_05UP) or (rounding == ROUND_CEILING and sign)
            or (rounding == ROUND_FLOOR and not sign)):
        return _make(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    return _make(sign, 0, 0, _INF)


def _finish(sign, coeff, exp, ctx, status=0, rounding=None):
    """The exact value (-1)**sign * coeff * 10**exp fitted to ctx: rounded to its precision,
    checked against its exponent limits, with the conditions signalled."""
    prec = ctx._prec
    if coeff < ctx._limit and exp >= ctx._Emin and exp + prec - 1 <= ctx._Emax:
        if status:
            ctx._signal(status)
        return _make(sign, coeff, exp)
    rounding = rounding or ctx._rounding
    emin, emax = ctx._Emin, ctx._Emax
    etiny = emin - prec + 1
    if not coeff:
        top = emax - prec + 1 if ctx._clamping else emax
        if exp < etiny:
            exp, status = etiny, status | _S_CLAMPED
        elif exp > top:
            exp, status = top, status | _S_CLAMPED
        if status:
            ctx._signal(status)
        return _make(sign, 0, exp)
    adjusted = exp + _digits(coeff) - 1
    if adjusted > emax:
        ctx._signal(status | _S_OVERFLOW | _S_INEXACT | _S_ROUNDED)
        return _overflowed(sign, ctx, rounding)
    subnormal = adjusted < emin
    lowest = etiny if subnormal else adjusted - prec + 1
    if exp < lowest:
        coeff, inexact = _cut(coeff, lowest - exp, rounding, sign)
        exp = lowest
        status |= _S_ROUNDED
        if inexact:
            status |= _S_INEXACT
            if subnormal:
                status |= _S_UNDERFLOW
                if not coeff:
                    status |= _S_CLAMPED
        if coeff >= ctx._limit and _digits(coeff) > prec:
            coeff //= 10
            exp += 1
            if exp > emax - prec + 1:
                ctx._signal(status | _S_OVERFLOW | _S_INEXACT | _S_ROUNDED)
                return _overflowed(sign, ctx, rounding)
    if subnormal:
        status |= _S_SUBNORMAL
    elif ctx._clamping and exp > emax - prec + 1:
        coeff *= 10 ** (exp - (emax - prec + 1))
        exp = emax - prec + 1
        status |= _S_CLAMPED
    if status:
        ctx._signal(status)
    return _make(sign, coeff, exp)


def _quiet(number, ctx):
    """A NaN operand as a result: quiet, its payload cut to what the context can hold."""
    coeff = number._coeff
    room = ctx._prec - ctx._clamping
    if coeff and _digits(coeff) > room:
        coeff %= 10 ** room
    return _make(number._sign, coeff, 0, _NAN)


def _nan_result(a, b, ctx):
    """The result of an operation with a NaN operand (None if neither is one): the first
    signalling NaN, quieted, with InvalidOperation; else the first quiet NaN."""
    if a._form == _SNAN:
        ctx._signal(_S_INVALID)
        return _quiet(a, ctx)
    if b is not None and b._form == _SNAN:
        ctx._signal(_S_INVALID)
        return _quiet(b, ctx)
    if a._form == _NAN:
        return _quiet(a, ctx)
    if b is not None and b._form == _NAN:
        return _quiet(b, ctx)
    return None


def _invalid(ctx, status=_S_INVALID):
    ctx._signal(status)
    return _make(0, 0, 0, _NAN)


# ---------------------------------------------------------------------------------------------
# Conversions into Decimal

def _from_int(n):
    if type(n) is not int:
        n = int(n)
    return _make(0, n, 0) if n >= 0 else _make(1, -n, 0)


def _from_float(f):
    if f != f:
        return _make(0, 0, 0, _NAN)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (math.inf, -math.inf):
        return _make(sign, 0, 0, _INF)
    numerator, denominator = abs(f).as_integer_ratio()
    # denominator is 2**k, and n / 2**k == n * 5**k / 10**k exactly.
    k = denominator.bit_length() - 1
    return _make(sign, numerator * 5 ** k, -k)


def _parse_digits(text):
    """The int that a run of ASCII digits spells, or None."""
    if text and text.isdigit() and text.isascii():
        return int(text)
    return None


def _from_str(text, ctx, lenient=True):
    """The Decimal that text spells, or NaN with ConversionSyntax signalled on ctx. The
    constructor (lenient) ignores surrounding whitespace and underscores."""
    s = text
    if lenient:
        s = s.strip()
        if "_" in s:
            s = s.replace("_", "")
    if not s.isascii():
        s = "".join(str(int(ch)) if ch.isdecimal() else ch for ch in s)
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return _make(sign, 0, 0, _INF)
    for prefix, form in (("nan", _NAN), ("snan", _SNAN)):
        if lower.startswith(prefix):
            payload = lower[len(prefix):]
            coeff = _parse_digits(payload) if payload else 0
            if coeff is None:
                break
            return _make(sign, coeff, 0, form)
    else:
        mantissa, e, exponent = lower.partition("e")
        exp = 0
        if e:
            digits = exponent[1:] if exponent[:1] in ("+", "-") else exponent
            if _parse_digits(digits) is None:
                return _invalid(ctx, _S_SYNTAX)
            exp = int(exponent)
        whole, dot, fraction = mantissa.partition(".")
        if (whole or fraction) and (not whole or whole.isdigit()) and (not fraction or fraction.isdigit()) \
                and whole.isascii() and fraction.isascii():
            return _make(sign, int(whole + fraction), exp - len(fraction))
    return _invalid(ctx, _S_SYNTAX)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        forms = {"F": _INF, "n": _NAN, "N": _SNAN}
        if exp not in forms:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        form = forms[exp]
        exp = 0
    elif isinstance(exp, int):
        form = _FINITE
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coeff = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + digit
    if form == _INF:
        coeff = 0
    return _make(sign, coeff, exp, form)


def _operand(value, strict=False):
    """value as a Decimal if it is a Decimal or an int; else NotImplemented, or TypeError when
    strict (the methods and the Context functions)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if strict:
        raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")
    return NotImplemented


# Builtin operands that no operator method of theirs will combine with a Decimal: for them
# the TypeError is raised here, so that it names the C type as CPython does ('decimal.Decimal',
# not 'Decimal'). Sequences on the left still get their own turn (and message) after ours.
_FOREIGN = (float, complex, type(None))
_FOREIGN_ON_THE_RIGHT = _FOREIGN + (str, bytes, list, tuple, dict, set)


def _binary_operand(number, other, op, reflected):
    """other as a Decimal for the operator op; NotImplemented to let Python try other's side."""
    if isinstance(other, Decimal):
        return other
    theirs = _operand(other)
    if theirs is NotImplemented and type(other) in (_FOREIGN if reflected else _FOREIGN_ON_THE_RIGHT):
        names = ("decimal.Decimal", type(other).__name__)
        left, right = names[::-1] if reflected else names
        raise TypeError(f"unsupported operand type(s) for {op}: '{left}' and '{right}'")
    return theirs


def _comparand(value, ctx, equality):
    """value as a Decimal for a comparison, which also takes floats, Rationals and complex
    numbers with no imaginary part; None when it cannot be compared."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, float):
        if equality:
            ctx._flags |= _S_FLOAT
        else:
            ctx._signal(_S_FLOAT)
        return _from_float(value)
    if equality and isinstance(value, complex) and value.imag == 0:
        ctx._flags |= _S_FLOAT
        return _from_float(value.real)
    return None


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _as_rational(number):
    """(numerator, denominator) of a finite Decimal."""
    if number._exp >= 0:
        n, d = number._coeff * 10 ** number._exp, 1
    else:
        n, d = number._coeff, 10 ** -number._exp
    return (-n if number._sign else n), d


def _compare(a, b):
    """-1, 0 or 1 as a < b, a == b, a > b, for two Decimals that are not NaNs."""
    if a._form or b._form:
        x = 0 if not a._form else (1 if not a._sign else -1)
        y = 0 if not b._form else (1 if not b._sign else -1)
        if x != y:
            return -1 if x < y else 1
        if x:
            return 0
    if not a._coeff:
        return 0 if not b._coeff else (1 if b._sign else -1)
    if not b._coeff:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    adj_a = a._exp + _digits(a._coeff)
    adj_b = b._exp + _digits(b._coeff)
    if adj_a != adj_b:
        return flip if adj_a > adj_b else -flip
    if a._exp >= b._exp:
        x, y = a._coeff * 10 ** (a._exp - b._exp), b._coeff
    else:
        x, y = a._coeff, b._coeff * 10 ** (b._exp - a._exp)
    return 0 if x == y else (flip if x > y else -flip)


# sys.hash_info of a 64-bit CPython: the Light tier hashes numbers the same way on every target.
def _compare_rational(number, numerator, denominator):
    """-1, 0 or 1 comparing a finite Decimal with numerator / denominator (denominator > 0)."""
    mine = 0 if not number._coeff else (-1 if number._sign else 1)
    theirs = (numerator > 0) - (numerator < 0)
    if mine != theirs or not mine:
        return (mine > theirs) - (mine < theirs)
    # Compare |number| * denominator with |numerator|, by their sizes when those differ enough:
    # the exact products can be astronomically long.
    numerator = abs(numerator)
    left = number._exp + _digits(number._coeff) - 1 + _digits(denominator)
    right = _digits(numerator)
    if left - 1 >= right:
        return mine
    if left + 2 <= right:
        return -mine
    if number._exp >= 0:
        x, y = number._coeff * 10 ** number._exp * denominator, numerator
    else:
        x, y = number._coeff * denominator, numerator * 10 ** -number._exp
    return mine * ((x > y) - (x < y))


_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_INVERSE_TEN = pow(10, _MODULUS - 2, _MODULUS)


class Decimal:
    """A decimal floating-point number: Decimal('1.10'), Decimal(7), Decimal(0.1)."""
    __slots__ = ("_sign", "_coeff", "_exp", "_form")

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            number = _from_str(value, _ctx(context))
        elif isinstance(value, int):
            number = _from_int(value)
        elif isinstance(value, Decimal):
            number = value
            if cls is Decimal and type(value) is Decimal:
                return value
        elif isinstance(value, float):
            _ctx(context)._signal(_S_FLOAT)
            number = _from_float(value)
        elif isinstance(value, (tuple, list)):
            number = _from_tuple(value)
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")
        if cls is Decimal and type(number) is Decimal:
            return number
        made = object.__new__(cls)
        made._sign, made._coeff, made._exp, made._form = (number._sign, number._coeff,
                                                          number._exp, number._form)
        return made

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            number = _from_int(f)
        elif isinstance(f, float):
            number = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return number if cls is Decimal else cls(number)

    # -- text ----------------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._form:
            if self._form == _INF:
                return sign + "Infinity"
            payload = str(self._coeff) if self._coeff else ""
            return sign + ("NaN" if self._form == _NAN else "sNaN") + payload
        digits = str(self._coeff)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            point = len(digits) + exp
            if exp == 0:
                return sign + digits
            if point > 0:
                return sign + digits[:point] + "." + digits[point:]
            return sign + "0." + "0" * -point + digits
        shown = adjusted
        if not eng:
            body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        elif self._coeff:
            lead = 1 + adjusted % 3
            shown = adjusted - adjusted % 3
            if len(digits) <= lead:
                body = digits + "0" * (lead - len(digits))
            else:
                body = digits[:lead] + "." + digits[lead:]
        else:
            # A zero's exponent is moved up to a multiple of three, and the digits after the
            # point show how far.
            extra = -exp % 3
            shown = exp + extra
            body = ("0", "0.00", "0.0")[exp % 3]
        letter = "E" if _ctx(context)._capitals else "e"
        if shown == 0 and eng:
            return sign + body
        return sign + body + letter + ("+" if shown >= 0 else "-") + str(abs(shown))

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('" + str(self) + "')"

    # -- predicates ----------------------------------------------------------------------------

    def is_nan(self):
        return self._form >= _NAN

    def is_qnan(self):
        return self._form == _NAN

    def is_snan(self):
        return self._form == _SNAN

    def is_infinite(self):
        return self._form == _INF

    def is_finite(self):
        return self._form == _FINITE

    def is_zero(self):
        return self._form == _FINITE and not self._coeff

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._form or not self._coeff:
            return False
        return self.adjusted() >= _ctx(context)._Emin

    def is_subnormal(self, context=None):
        if self._form or not self._coeff:
            return False
        return self.adjusted() < _ctx(context)._Emin

    def adjusted(self):
        if self._form:
            return 0
        return self._exp + _digits(self._coeff) - 1

    def number_class(self, context=None):
        minus = "-" if self._sign else "+"
        if self._form == _SNAN:
            return "sNaN"
        if self._form == _NAN:
            return "NaN"
        if self._form == _INF:
            return minus + "Infinity"
        if not self._coeff:
            return minus + "Zero"
        if self.adjusted() < _ctx(context)._Emin:
            return minus + "Subnormal"
        return minus + "Normal"

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self


    def as_tuple(self):
        digits = tuple(map(int, str(self._coeff))) if (self._coeff or self._form != _NAN and
                                                       self._form != _SNAN) else ()
        if self._form == _INF:
            digits = (0,)
        exp = ("F", "n", "N")[self._form - 1] if self._form else self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._form == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._form:
            raise ValueError("cannot convert NaN to integer ratio")
        n, d = _as_rational(self)
        g = math.gcd(n, d)
        return n // g, d // g

    # -- Python's numeric protocol -------------------------------------------------------------

    def __bool__(self):
        return bool(self._form or self._coeff)

    def __int__(self):
        if self._form == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._form:
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._coeff * 10 ** self._exp
        else:
            n = self._coeff // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def _integer(self, rounding):
        if self._form == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._form:
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._coeff * 10 ** self._exp
        else:
            n, _ = _cut(self._coeff, -self._exp, rounding, self._sign)
        return -n if self._sign else n

    def __floor__(self):
        return self._integer(ROUND_FLOOR)

    def __ceil__(self):
        return self._integer(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integer(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -n))

    def __float__(self):
        if self._form == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._form == _NAN:
            return -math.nan if self._sign else math.nan
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __hash__(self):
        if self._form == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._form == _NAN:
            return object.__hash__(self)
        if self._form == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._coeff * pow(10, self._exp, _MODULUS) % _MODULUS
        else:
            h = self._coeff * pow(_INVERSE_TEN, -self._exp, _MODULUS) % _MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else self.__class__(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- comparisons ---------------------------------------------------------------------------

    def _order(self, other, equality):
        """-1, 0 or 1; None when a NaN makes the answer false (after signalling as the
        comparison requires); NotImplemented for an operand of another kind."""
        ctx = getcontext()
        rational = None
        theirs = _comparand(other, ctx, equality)
        if theirs is None:
            if not isinstance(other, _numbers.Rational):
                return NotImplemented
            rational = other
            theirs = _make(0, 0, 0)
        if self._form >= _NAN or theirs._form >= _NAN:
            if not equality or self._form == _SNAN or theirs._form == _SNAN:
                ctx._signal(_S_INVALID)
            return None
        if rational is not None:
            if self._form == _INF:
                return -1 if self._sign else 1
            return _compare_rational(self, rational.numerator, rational.denominator)
        return _compare(self, theirs)

    def __eq__(self, other):
        order = self._order(other, True)
        return order if order is NotImplemented else order == 0

    def __ne__(self, other):
        order = self._order(other, True)
        return order if order is NotImplemented else order != 0

    def __lt__(self, other):
        order = self._order(other, False)
        return order if order is NotImplemented else (order is not None and order < 0)

    def __le__(self, other):
        order = self._order(other, False)
        return order if order is NotImplemented else (order is not None and order <= 0)

    def __gt__(self, other):
        order = self._order(other, False)
        return order if order is NotImplemented else (order is not None and order > 0)

    def __ge__(self, other):
        order = self._order(other, False)
        return order if order is NotImplemented else (order is not None and order >= 0)

    # -- arithmetic ----------------------------------------------------------------------------

    def _add(self, other, context=None):
        return _sum(self, _operand(other, True), _ctx(context), 0)

    def _sub(self, other, context=None):
        return _sum(self, _operand(other, True), _ctx(context), 1)

    def _mul(self, other, context=None):
        return _product(self, _operand(other, True), _ctx(context))

    def _div(self, other, context=None):
        return _quotient(self, _operand(other, True), _ctx(context))

    def _divint(self, other, context=None):
        return _divide_integer(self, _operand(other, True), _ctx(context), 0)

    def _rem(self, other, context=None):
        return _divide_integer(self, _operand(other, True), _ctx(context), 1)

    def __add__(self, other):
        other = _binary_operand(self, other, "+", False)
        return other if other is NotImplemented else _sum(self, other, getcontext(), 0)

    def __radd__(self, other):
        other = _binary_operand(self, other, "+", True)
        return other if other is NotImplemented else _sum(other, self, getcontext(), 0)

    def __sub__(self, other):
        other = _binary_operand(self, other, "-", False)
        return other if other is NotImplemented else _sum(self, other, getcontext(), 1)

    def __rsub__(self, other):
        other = _binary_operand(self, other, "-", True)
        return other if other is NotImplemented else _sum(other, self, getcontext(), 1)

    def __mul__(self, other):
        other = _binary_operand(self, other, "*", False)
        return other if other is NotImplemented else _product(self, other, getcontext())

    def __rmul__(self, other):
        other = _binary_operand(self, other, "*", True)
        return other if other is NotImplemented else _product(other, self, getcontext())

    def __truediv__(self, other):
        other = _binary_operand(self, other, "/", False)
        return other if other is NotImplemented else _quotient(self, other, getcontext())

    def __rtruediv__(self, other):
        other = _binary_operand(self, other, "/", True)
        return other if other is NotImplemented else _quotient(other, self, getcontext())

    def __floordiv__(self, other):
        other = _binary_operand(self, other, "//", False)
        return other if other is NotImplemented else _divide_integer(self, other, getcontext(), 0)

    def __rfloordiv__(self, other):
        other = _binary_operand(self, other, "//", True)
        return other if other is NotImplemented else _divide_integer(other, self, getcontext(), 0)

    def __mod__(self, other):
        other = _binary_operand(self, other, "%", False)
        return other if other is NotImplemented else _divide_integer(self, other, getcontext(), 1)

    def __rmod__(self, other):
        other = _binary_operand(self, other, "%", True)
        return other if other is NotImplemented else _divide_integer(other, self, getcontext(), 1)

    def __divmod__(self, other):
        other = _binary_operand(self, other, "divmod()", False)
        return other if other is NotImplemented else _divide_integer(self, other, getcontext(), 2)

    def __rdivmod__(self, other):
        other = _binary_operand(self, other, "divmod()", True)
        return other if other is NotImplemented else _divide_integer(other, self, getcontext(), 2)

    def __pow__(self, other, modulo=None, context=None, strict=False):
        other = _operand(other, True) if strict else _binary_operand(self, other, "** or pow()", False)
        if other is NotImplemented:
            return other
        ctx = _ctx(context)
        if modulo is None:
            return _power(self, other, ctx)
        modulo = _operand(modulo, strict)
        if modulo is NotImplemented:
            raise TypeError("pow() 3rd argument not allowed unless all arguments are integers")
        return _power_modulo(self, other, modulo, ctx)

    def __rpow__(self, other, modulo=None):
        other = _binary_operand(self, other, "** or pow()", True)
        return other if other is NotImplemented else other.__pow__(self, modulo)

    def _minus(self, context=None):
        return self._signed(1 - self._sign, _ctx(context))

    def _plus(self, context=None):
        return self._signed(self._sign, _ctx(context))

    def _abs(self, context=None):
        return self._signed(0, _ctx(context))

    def _signed(self, sign, ctx):
        """self with the given sign, rounded to ctx. Minus and plus are 0 - x and 0 + x, so a
        zero comes out positive unless rounding towards minus infinity makes it minus."""
        if self._form:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else _make(sign, 0, 0, _INF)
        if not self._coeff and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(sign, self._coeff, self._exp, ctx)

    def __neg__(self):
        return self._minus()

    def __pos__(self):
        return self._plus()

    def __abs__(self, round=True, context=None):
        return self._abs(context)

    def plus(self, context=None):
        return self._plus(context)

    def minus(self, context=None):
        return self._minus(context)

    def copy_abs(self):
        return _make(0, self._coeff, self._exp, self._form)

    def copy_negate(self):
        return _make(1 - self._sign, self._coeff, self._exp, self._form)

    def copy_sign(self, other, context=None):
        other = _operand(other, True)
        return _make(other._sign, self._coeff, self._exp, self._form)

    _copy_sign = copy_sign

    # -- functions of one number ---------------------------------------------------------------

    def sqrt(self, context=None):
        return _sqrt(self, _ctx(context))

    def exp(self, context=None):
        return _exp(self, _ctx(context))

    def ln(self, context=None):
        return _ln(self, _ctx(context))

    def log10(self, context=None):
        return _log10(self, _ctx(context))

    def logb(self, context=None):
        ctx = _ctx(context)
        if self._form:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else _make(0, 0, 0, _INF)
        if not self._coeff:
            ctx._signal(_S_DIVZERO)
            return _make(1, 0, 0, _INF)
        return _finish(0, 0, 0, ctx) if not self.adjusted() else _finish(
            1 if self.adjusted() < 0 else 0, abs(self.adjusted()), 0, ctx)

    def normalize(self, context=None):
        ctx = _ctx(context)
        if self._form:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else self
        number = _finish(self._sign, self._coeff, self._exp, ctx)
        if number._form:
            return number
        if not number._coeff:
            return _make(number._sign, 0, 0)
        top = ctx._Emax - ctx._prec + 1 if ctx._clamping else ctx._Emax
        coeff, exp = _strip_zeros(number._coeff, number._exp, top)
        return _make(number._sign, coeff, exp)

    def _rescaled(self, exp, rounding):
        """self with exponent exp, rounded if that drops digits; (number, inexact)."""
        if self._exp >= exp:
            return _make(self._sign, self._coeff * 10 ** (self._exp - exp), exp), False
        coeff, drop = self._coeff, exp - self._exp
        if coeff and drop > _digits(coeff) + 1:
            # All of it is cut off, less than half a unit: one hundredth of a unit rounds alike.
            coeff, drop = 1, 2
        coeff, inexact = _cut(coeff, drop, rounding, self._sign)
        return _make(self._sign, coeff, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        exp = _operand(exp, True)
        ctx = _ctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                            "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                            "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        if self._form or exp._form:
            nan = _nan_result(self, exp, ctx)
            if nan is not None:
                return nan
            if self._form == exp._form == _INF:
                return self
            return _invalid(ctx)
        target = exp._exp
        if not ctx._Emin - ctx._prec + 1 <= target <= ctx._Emax:
            return _invalid(ctx)
        number, inexact = self._rescaled(target, rounding or ctx._rounding)
        status = 0
        if number._coeff >= ctx._limit and _digits(number._coeff) > ctx._prec:
            return _invalid(ctx)
        if number._coeff and not ctx._Emin <= target <= ctx._Emax - ctx._prec + 1:
            # Only near the exponent limits does the result's size need a closer look.
            adjusted = number.adjusted()
            if adjusted > ctx._Emax:
                return _invalid(ctx)
            if adjusted < ctx._Emin:
                status |= _S_SUBNORMAL
        top = ctx._Emax - ctx._prec + 1
        if ctx._clamping and target > top:
            number = _make(number._sign, number._coeff * 10 ** (target - top), top)
            status |= _S_CLAMPED
        if target > self._exp and self._coeff:
            status |= _S_ROUNDED
            if inexact:
                status |= _S_INEXACT
                if status & _S_SUBNORMAL:
                    status |= _S_UNDERFLOW
        if status:
            ctx._signal(status)
        return number

    def same_quantum(self, other, context=None):
        other = _operand(other, True)
        if self._form or other._form:
            return (self._form >= _NAN and other._form >= _NAN) or (self._form == other._form == _INF)
        return self._exp == other._exp

    _same_quantum = same_quantum

    def _integral(self, rounding, context, exact):
        ctx = _ctx(context)
        if self._form:
            nan = _nan_result(self, None, ctx)
            return nan if nan is not None else self
        if self._exp >= 0:
            return self
        number, inexact = self._rescaled(0, rounding or ctx._rounding)
        if exact and self._coeff:
            ctx._signal(_S_ROUNDED | (_S_INEXACT if inexact else 0))
        return number

    def to_integral_value(self, rounding=None, context=None):
        return self._integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._integral(rounding, context, True)

    def next_plus(self, context=None):
        return self._step(0, _ctx(context))

    def next_minus(self, context=None):
        return self._step(1, _ctx(context))

    def _step(self, down, ctx):
        """The closest number to self in ctx's range above it (below it when down is 1)."""
        if self._form >= _NAN:
            return _nan_result(self, None, ctx)
        if self._form == _INF:
            if self._sign == down:
                return self
            return _make(self._sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
        # Rounding self plus or minus a hair, towards where we go, lands on the next number.
        scratch = ctx.copy()
        scratch._traps = scratch._flags = 0
        scratch._rounding = ROUND_FLOOR if down else ROUND_CEILING
        etiny = ctx._Emin - ctx._prec + 1
        below = etiny if not self._coeff else min(self._exp, self.adjusted() - ctx._prec, etiny)
        return _sum(self, _make(down, 1, below - 2), scratch, 0)

    def next_toward(self, other, context=None):
        other = _operand(other, True)
        ctx = _ctx(context)
        nan = _nan_result(self, other, ctx) if (self._form >= _NAN or other._form >= _NAN) else None
        if nan is not None:
            return nan
        order = _compare(self, other)
        if order == 0:
            return self.copy_sign(other)
        result = self._step(0 if order < 0 else 1, ctx)
        if result._form == _INF:
            ctx._signal(_S_OVERFLOW | _S_INEXACT | _S_ROUNDED)
        elif not result._form and result.adjusted() < ctx._Emin:
            status = _S_SUBNORMAL | _S_UNDERFLOW | _S_INEXACT | _S_ROUNDED
            if not result._coeff:
                status |= _S_CLAMPED
            ctx._signal(status)
        return result

    # -- functions of two numbers --------------------------------------------------------------

    def compare(self, other, context=None):
        other = _operand(other, True)
        ctx = _ctx(context)
        if self._form >= _NAN or other._form >= _NAN:
            return _nan_result(self, other, ctx)
        return _from_int(_compare(self, other))

    def compare_signal(self, other, context=None):
        other = _operand(other, True)
        ctx = _ctx(context)
        if self._form >= _NAN or other._form >= _NAN:
            ctx._signal(_S_INVALID)
            return _quiet(self if self._form >= _NAN else other, ctx)
        return _from_int(_compare(self, other))

    def _total_key(self):
        """A tuple that orders Decimals as the spec's total ordering does (given the sign)."""
        if self._form >= _NAN:
            return (3, 1 if self._form == _NAN else 0, self._coeff, 0)
        if self._form == _INF:
            return (2, 0, 0, 0)
        return (1, 0, 0, 0)

    def compare_total(self, other, context=None):
        other = _operand(other, True)
        return _from_int(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _operand(other, True)
        return _from_int(_total_order(self.copy_abs(), other.copy_abs()))

    _compare_total = compare_total
    _compare_total_mag = compare_total_mag

    def _extreme(self, other, context, larger, magnitude):
        other = _operand(other, True)
        ctx = _ctx(context)
        if self._form >= _NAN or other._form >= _NAN:
            # A quiet NaN loses to a number; signalling NaNs still signal.
            if self._form == _SNAN or other._form == _SNAN or (
                    self._form >= _NAN and other._form >= _NAN):
                return _nan_result(self, other, ctx)
            number = other if self._form >= _NAN else self
            return _finish(number._sign, number._coeff, number._exp, ctx) if not number._form else number
        order = _compare(self.copy_abs(), other.copy_abs()) if magnitude else 0
        if order == 0:
            order = _compare(self, other)
        if order == 0:
            order = _total_order(self, other)
        chosen = self if (order > 0) == larger else other
        if chosen._form:
            return chosen
        return _finish(chosen._sign, chosen._coeff, chosen._exp, ctx)

    def max(self, other, context=None):
        return self._extreme(other, context, True, False)

    def min(self, other, context=None):
        return self._extreme(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._extreme(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._extreme(other, context, False, True)

    def remainder_near(self, other, context=None):
        other = _operand(other, True)
        ctx = _ctx(context)
        if self._form or other._form or not other._coeff:
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
            if self._form == _INF or (not other._form and not other._coeff):
                return _invalid(ctx, _S_UNDEFINED if (not self._form and not self._coeff) else _S_INVALID)
            return _finish(self._sign, self._coeff, self._exp, ctx)
        exp = min(self._exp, other._exp)
        if not self._coeff or self.adjusted() < other.adjusted() - 1:
            # Under half of other: self is its own remainder, and the two can be far apart.
            coeff = self._coeff * 10 ** (self._exp - exp) if self._coeff else 0
            return _finish(self._sign, coeff, exp, ctx)
        if self.adjusted() - other.adjusted() > ctx._prec:
            return _invalid(ctx, _S_IMPOSSIBLE)
        x = self._coeff * 10 ** (self._exp - exp)
        y = other._coeff * 10 ** (other._exp - exp)
        q, r = divmod(x, y)
        if 2 * r > y or (2 * r == y and q & 1):
            q, r = q + 1, y - r
            sign = 1 - self._sign
        else:
            sign = self._sign
        if q >= ctx._limit and _digits(q) > ctx._prec:
            return _invalid(ctx, _S_IMPOSSIBLE)
        return _finish(sign if r else self._sign, r, exp, ctx)

    def fma(self, other, third, context=None):
        other = _operand(other, True)
        third = _operand(third, True)
        ctx = _ctx(context)
        if self._form == _SNAN or other._form == _SNAN:
            return _nan_result(self, other, ctx)
        exact = ctx.copy()
        exact._prec, exact._limit = 10 ** 9, 0
        exact._Emax, exact._Emin = MAX_EMAX, MIN_EMIN
        exact._traps = 0
        if self._form or other._form:
            product = _product(self, other, exact)
            if product._form >= _NAN and third._form != _SNAN:
                ctx._signal(exact._flags & _S_ANY_INVALID)
                return _quiet(product, ctx) if not exact._flags else _make(0, 0, 0, _NAN)
        else:
            product = _make(self._sign ^ other._sign, self._coeff * other._coeff, self._exp + other._exp)
        return _sum(product, third, ctx, 0)

    def scaleb(self, other, context=None):
        other = _operand(other, True)
        ctx = _ctx(context)
        if self._form >= _NAN or other._form >= _NAN:
            return _nan_result(self, other, ctx)
        if other._form or other._exp != 0:
            return _invalid(ctx)
        shift = _integral_value(other)
        bound = 2 * (ctx._Emax + ctx._prec)
        if not -bound <= shift <= bound:
            return _invalid(ctx)
        if self._form:
            return self
        return _finish(self._sign, self._coeff, self._exp + shift, ctx)

    def _digit_shift(self, other, context, rotate):
        other = _operand(other, True)
        ctx = _ctx(context)
        if self._form >= _NAN or other._form >= _NAN:
            return _nan_result(self, other, ctx)
        if other._form or other._exp != 0 or abs(_integral_value(other)) > ctx._prec:
            return _invalid(ctx)
        if self._form:
            return self
        n = _integral_value(other)
        prec = ctx._prec
        unit = 10 ** prec
        coeff = self._coeff % unit
        if rotate:
            n %= prec
            coeff = (coeff * 10 ** n) % unit + coeff // 10 ** (prec - n)
        elif n >= 0:
            coeff = (coeff * 10 ** n) % unit
        else:
            coeff //= 10 ** -n
        return _make(self._sign, coeff, self._exp)

    def shift(self, other, context=None):
        return self._digit_shift(other, context, False)

    def rotate(self, other, context=None):
        return self._digit_shift(other, context, True)

    def _logical_digits(self, ctx):
        """The coefficient's digits as an int of 0/1 digits read in base 2, or None."""
        if self._form or self._sign or self._exp != 0:
            return None
        text = str(self._coeff)
        if text.strip("01"):
            return None
        return int(text[-ctx._prec:], 2)

    def _logical(self, other, context, op):
        ctx = _ctx(context)
        a = self._logical_digits(ctx)
        b = _operand(other, True)._logical_digits(ctx) if other is not None else None
        if a is None or (other is not None and b is None):
            return _invalid(ctx)
        if op == "and":
            bits = a & b
        elif op == "or":
            bits = a | b
        elif op == "xor":
            bits = a ^ b
        else:
            bits = ~a & ((1 << ctx._prec) - 1)
        return _make(0, int(bin(bits)[2:]), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, "and")

    def logical_or(self, other, context=None):
        return self._logical(other, context, "or")

    def logical_xor(self, other, context=None):
        return self._logical(other, context, "xor")

    def logical_invert(self, context=None):
        return self._logical(None, context, "invert")

    # -- formatting ----------------------------------------------------------------------------

    def __format__(self, spec, _localeconv=None):
        spec = _parse_spec(spec)
        if spec is None:
            raise ValueError("invalid format string")
        fill, align, sign_mode, no_neg_zero, zero, width, grouping, prec, kind = spec
        if zero and align is None:
            fill, align = "0", "="
        ctx = getcontext()
        negative = self._sign
        if self._form:
            body = str(self.copy_abs())
            if kind == "%":
                body += "%"
            if zero and fill == "0" and align == "=":
                fill, align = " ", ">"
        else:
            digits, exp, point = _format_digits(self, kind, prec, ctx)
            if no_neg_zero and not digits.strip("0"):
                negative = 0
            body = _place_point(digits, exp, point, kind, ctx)
        sign = "-" if negative else ("" if sign_mode == "-" else sign_mode)
        end = len(body)
        for mark in ".eE%":
            at = body.find(mark)
            if at >= 0:
                end = min(end, at)
        whole, rest = body[:end], body[end:]
        if grouping and whole.isdigit():
            need = width - len(sign) - len(rest) if (align == "=" and fill == "0") else 0
            while True:
                grouped = _group(whole)
                if len(grouped) >= need:
                    break
                whole = "0" + whole
            body = grouped + rest
        text = sign + body
        pad = width - len(text)
        if pad <= 0:
            return text
        align = align or ">"
        if align == "<":
            return text + fill * pad
        if align == ">":
            return fill * pad + text
        if align == "=":
            return sign + fill * pad + body
        return fill * (pad // 2) + text + fill * (pad - pad // 2)


# ---------------------------------------------------------------------------------------------
# The four operations

def _sum(a, b, ctx, subtract):
    """a + b, or a - b when subtract is 1."""
    b_sign = b._sign ^ subtract
    if a._form or b._form:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._form and b._form and a._sign != b_sign:
            return _invalid(ctx)
        return _make(a._sign if a._form else b_sign, 0, 0, _INF)
    if not a._coeff and not b._coeff:
        if a._sign == b_sign:
            sign = a._sign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _finish(sign, 0, min(a._exp, b._exp), ctx)
    a_coeff, a_exp, b_coeff, b_exp = a._coeff, a._exp, b._coeff, b._exp
    if a_exp < b_exp:
        a_coeff, a_exp, b_coeff, b_exp = b_coeff, b_exp, a_coeff, a_exp
        a_sign, b_sign = b_sign, a._sign
    else:
        a_sign = a._sign
    # Now a has the larger exponent, and aligning it with b multiplies its coefficient by
    # 10**(a_exp - b_exp). When that is more than the result can show, only rounding needs b:
    # a zero b may as well sit two digits below a's rounding point, and a nonzero b that far
    # below a can be replaced by one unit there, which rounds the same way.
    if a_exp - b_exp > ctx._prec + 2 and a_coeff:
        floor = min(a_exp, a_exp + _digits(a_coeff) - 1 - ctx._prec) - 2
        if not b_coeff:
            b_exp = max(b_exp, floor)
        elif b_exp + _digits(b_coeff) <= floor:
            b_coeff, b_exp = 1, floor
    if a_exp > b_exp and a_coeff:
        a_coeff *= 10 ** (a_exp - b_exp)
    total = a_coeff - b_coeff if a_sign != b_sign else a_coeff + b_coeff
    sign = a_sign
    if total < 0:
        sign, total = b_sign, -total
    elif total == 0 and a_sign != b_sign:
        sign = 1 if ctx._rounding == ROUND_FLOOR else 0
    return _finish(sign, total, b_exp, ctx)


def _product(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._form or b._form:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if (not a._form and not a._coeff) or (not b._form and not b._coeff):
            return _invalid(ctx)
        return _make(sign, 0, 0, _INF)
    return _finish(sign, a._coeff * b._coeff, a._exp + b._exp, ctx)


def _quotient(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._form or b._form:
        nan = _nan_result(a, b, ctx)
        if nan is not None:
            return nan
        if a._form and b._form:
            return _invalid(ctx)
        if a._form:
            return _make(sign, 0, 0, _INF)
        return _finish(sign, 0, ctx._Emin - ctx._prec + 1, ctx, _S_CLAMPED)
    if not b._coeff:
        if not a._coeff:
            return _invalid(ctx, _S_UNDEFINED)
        ctx._signal(_S_DIVZERO)
        return _make(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if not a._coeff:
        return _finish(sign, 0, ideal, ctx)
    # Scale so that the quotient has at least prec + 1 digits: the last one only says on which
    # side of the rounding point the exact value lies.
    shift = _digits(b._coeff) - _digits(a._coeff) + ctx._prec + 1
    if shift >= 0:
        q, r = divmod(a._coeff * 10 ** shift, b._coeff)
    else:
        q, r = divmod(a._coeff, b._coeff * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        q, exp = _strip_zeros(q, exp, ideal)
    return _finish(sign, q, exp, ctx)


def _divide_integer(a, b, ctx, part):
    """a // b (part 0: the quotient truncated to an integer), a % b (part 1: the remainder,
    with a's sign) or both as a pair (part 2). Only the parts asked for signal."""
    sign = a._sign ^ b._sign
    if a._form or b._form:
        nan = _nan_result(a, b, ctx)
        if nan is None and a._form and b._form:
            nan = _invalid(ctx)
        if nan is not None:
            return (nan, nan) if part == 2 else nan
        if a._form:
            # Infinity // x is infinite; only the remainder is invalid.
            infinity = _make(sign, 0, 0, _INF)
            if part == 0:
                return infinity
            nan = _invalid(ctx)
            return nan if part == 1 else (infinity, nan)
        quotient = _make(sign, 0, 0)
        if part == 0:
            return quotient
        remainder = _finish(a._sign, a._coeff, a._exp, ctx)
        return remainder if part == 1 else (quotient, remainder)
    if not b._coeff:
        if not a._coeff:
            nan = _invalid(ctx, _S_UNDEFINED)
            return (nan, nan) if part == 2 else nan
        ctx._signal((_S_DIVZERO, _S_INVALID, _S_DIVZERO | _S_INVALID)[part])
        infinity, nan = _make(sign, 0, 0, _INF), _make(0, 0, 0, _NAN)
        return (infinity, nan, (infinity, nan))[part]
    exp = min(a._exp, b._exp)
    if not a._coeff or a.adjusted() < b.adjusted():
        # |a| < |b|: no need to align the two, which can be far apart.
        q, r = 0, a._coeff * 10 ** (a._exp - exp) if a._coeff else 0
    elif a.adjusted() - b.adjusted() > ctx._prec:
        nan = _invalid(ctx, _S_IMPOSSIBLE)
        return (nan, nan) if part == 2 else nan
    else:
        q, r = divmod(a._coeff * 10 ** (a._exp - exp), b._coeff * 10 ** (b._exp - exp))
    if q >= ctx._limit and _digits(q) > ctx._prec:
        nan = _invalid(ctx, _S_IMPOSSIBLE)
        return (nan, nan) if part == 2 else nan
    if part == 1:
        return _finish(a._sign, r, exp, ctx)
    quotient = _finish(sign, q, 0, ctx)
    return quotient if part == 0 else (quotient, _finish(a._sign, r, exp, ctx))


# ---------------------------------------------------------------------------------------------
# Powers

def _is_integral(number):
    return number._exp >= 0 or number._coeff % 10 ** -number._exp == 0


def _integral_value(number):
    if number._exp >= 0:
        n = number._coeff * 10 ** number._exp
    else:
        n = number._coeff // 10 ** -number._exp
    return -n if number._sign else n


def _log10_estimate(number):
    """log10 of a finite nonzero Decimal's magnitude, as a float good to a few digits."""
    size = _digits(number._coeff)
    lead = number._coeff // 10 ** (size - 17) if size > 17 else number._coeff
    return math.log10(lead) + number._exp + max(size - 17, 0)


def _power(a, b, ctx):
    if a._form >= _NAN or b._form >= _NAN:
        return _nan_result(a, b, ctx)
    a_zero = not a._form and not a._coeff
    if not b._form and not b._coeff:
        if a_zero:
            return _invalid(ctx)
        return _make(0, 1, 0)
    integral = not b._form and _is_integral(b)
    sign = 0
    if a._sign:
        if not integral:
            if not a_zero:
                return _invalid(ctx)
        elif b._exp <= 0:
            sign = (b._coeff // 10 ** -b._exp) & 1
    if a_zero:
        return _make(sign, 0, 0, _INF) if b._sign else _make(sign, 0, 0)
    if a._form == _INF:
        return _make(sign, 0, 0) if b._sign else _make(sign, 0, 0, _INF)
    one = _compare(a.copy_abs(), _ONE)
    if one == 0:
        return _power_of_one(a, b, integral, sign, ctx)
    if b._form == _INF:
        if (one > 0) == (b._sign == 0):
            return _make(0, 0, 0, _INF)
        return _make(0, 0, 0)
    sure = _power_out_of_range(a, b, sign, ctx)
    if sure is not None:
        return sure
    # Like libmpdec, square and multiply only for exponents that fit a machine word.
    if integral and b.adjusted() < 20 and abs(_integral_value(b)) < 1 << 64:
        return _integer_power(a, _integral_value(b), sign, ctx)
    # exp(b * ln(a)), each step correctly rounded to a working precision wider than ctx's,
    # and then rounded to ctx: libmpdec's way, whose double rounding we must share.
    work = ctx.copy()
    work._prec = max(_digits(a._coeff), ctx._prec) + 23
    work._limit = _fits_below(work._prec)
    work._rounding, work._Emax, work._Emin, work._clamping = ROUND_HALF_EVEN, MAX_EMAX, MIN_EMIN, 0
    work._traps = work._flags = 0
    result = _exp(_product(_ln(a.copy_abs(), work), b, work), work)
    return _finish(sign, result._coeff, result._exp, ctx,
                   (work._flags & _S_ANY_INVALID) | _S_INEXACT | _S_ROUNDED)


def _power_of_one(a, b, integral, sign, ctx):
    """a ** b for |a| == 1 (as 1, 1.0, 1.00...): a one with the digits a ** b would have, but
    no more than the precision; a plain one for a negative integral b."""
    if integral and b._sign:
        return _make(sign, 1, 0)
    if b._form == _INF or not integral:
        shift = ctx._prec - 1
        status = _S_INEXACT | _S_ROUNDED
    else:
        shift = -a._exp * _integral_value(b) if a._exp < 0 else 0
        status = 0
        if shift > ctx._prec - 1:
            shift, status = ctx._prec - 1, _S_INEXACT | _S_ROUNDED
    if status:
        ctx._signal(status)
    return _make(sign, 10 ** shift, -shift)


def _power_out_of_range(a, b, sign, ctx):
    """The overflowed or underflowed result of a ** b when bounds on |b * log10(a)| show it
    must be one, as libmpdec's cheap check finds it; else None."""
    t = a.adjusted()
    if t > 0:
        zeta = _digits(t) - 1
    elif t < -1:
        zeta = _digits(-(t + 1)) - 1
    else:
        distance = _sum(a.copy_abs(), _ONE, _EXACT, 1)
        zeta = distance.adjusted() - (2 if t == 0 else 1)
    bound = zeta + (b.adjusted() if b._form != _INF else MAX_EMAX)
    if (t < 0) == (b._sign == 1):
        if bound > _digits(ctx._Emax):
            return _finish(sign, 1, ctx._Emax + 1, ctx)
    elif bound > _digits(-(ctx._Emin - ctx._prec + 1)):
        return _finish(sign, 1, ctx._Emin - ctx._prec, ctx)
    return None


def _integer_power(a, n, sign, ctx):
    """a ** n for an integral n as libmpdec computes it: square and multiply in a precision a
    few digits wider, rounding half-even at each step, so that an inexact result can differ
    from the correctly rounded one in its last digit exactly where CPython's does."""
    work = ctx.copy()
    work._traps = work._flags = work._clamping = 0
    work._rounding = ROUND_HALF_EVEN
    work._prec = ctx._prec + _digits(abs(n)) + 2 + (n < 0)
    work._limit = _fits_below(work._prec)
    base = _make(0, a._coeff, a._exp)
    if n < 0:
        base = _quotient(_ONE, base, work)
    result = base
    for bit in bin(abs(n))[3:]:
        result = _product(result, result, work)
        if bit == "1":
            result = _product(result, base, work)
        if result._form or (not result._coeff and work._flags & _S_CLAMPED):
            break
    if result._form:
        return _finish(sign, 1, ctx._Emax + 1, ctx, work._flags)
    return _finish(sign, result._coeff, result._exp, ctx, work._flags)


def _power_modulo(a, b, m, ctx):
    if a._form >= _NAN or b._form >= _NAN or m._form >= _NAN:
        for x in (a, b, m):
            if x._form == _SNAN:
                ctx._signal(_S_INVALID)
                return _quiet(x, ctx)
        return _quiet(next(x for x in (a, b, m) if x._form == _NAN), ctx)
    if (a._form or b._form or m._form or not _is_integral(a) or not _is_integral(b)
            or not _is_integral(m) or b._sign or not m._coeff or (not a._coeff and not b._coeff)):
        return _invalid(ctx)
    modulus = abs(_integral_value(m))
    if _digits(modulus) > ctx._prec:
        return _invalid(ctx)
    exponent = _integral_value(b)
    result = pow(abs(_integral_value(a)), exponent, modulus)
    return _make(a._sign & exponent & 1, result, 0)


# ---------------------------------------------------------------------------------------------
# Transcendental functions, in fixed point: an int X stands for X / 10**w. Each approximation
# is refined until rounding it cannot depend on its error (Ziv's strategy), so results are
# correctly rounded, as libmpdec's are.

def _ln_near_one(x, w):
    """ln(x / 10**w) * 10**w for x / 10**w in [0.3, 3.3], within a few units."""
    roots = int((w / 0.6) ** 0.5) + 1
    guard = roots * 3 // 10 + 4
    scale = 10 ** (w + guard)
    y = x * 10 ** guard
    for _ in range(roots):
        y = math.isqrt(y * scale)
    # ln(y) = 2 atanh(t) with t = (y - 1) / (y + 1), small after the square roots.
    t = (y - scale) * scale // (y + scale)
    negative = t < 0
    t = abs(t)
    t2 = t * t // scale
    total, term, k = 0, t, 1
    while term:
        total += term // k
        term = term * t2 // scale
        k += 2
    total <<= roots + 1
    total //= 10 ** guard
    return -total if negative else total


_ln10_cache = [0, 0]


def _ln10(w):
    """ln(10) * 10**w, within a few units."""
    if _ln10_cache[0] < w:
        # ln(10) = 3 ln(2) + ln(1.25), both arguments in the range _ln_near_one takes.
        digits = w + 10
        value = 3 * _ln_near_one(2 * 10 ** digits, digits) + _ln_near_one(125 * 10 ** (digits - 2), digits)
        _ln10_cache[:] = [digits, value]
    digits, value = _ln10_cache
    return value // 10 ** (digits - w)


def _ln_fixed(number, w):
    """ln(number) * 10**w within a few units, for a finite positive Decimal."""
    coeff, size = number._coeff, _digits(number._coeff)
    # number = m * 10**k with m in [0.316, 3.16), so that ln(m) needs no cancellation.
    k = number._exp + size
    if coeff * 1000 // 10 ** size < 316:
        k -= 1
    shift = number._exp - k + w + 2
    fixed = coeff * 10 ** shift if shift >= 0 else coeff // 10 ** -shift
    total = _ln_near_one(fixed, w + 2)
    if k:
        extra = _digits(abs(k))
        total += k * _ln10(w + 2 + extra) // 10 ** extra
    return total // 100


def _exp_small(r, w):
    """exp(r / 10**w) * 10**w within a few units, for 0 <= r / 10**w < 2.4."""
    halvings = int((w / 0.6) ** 0.5) + 1
    guard = halvings * 3 // 10 + 4
    scale = 10 ** (w + guard)
    y = (r * 10 ** guard) >> halvings
    total = term = scale
    k = 1
    while term:
        term = term * y // (k * scale)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // scale
    return total // 10 ** guard


def _exp_approx(t, w):
    """(A, exp) with A * 10**exp close to exp(t / 10**w) and A good to about w digits."""
    # exp(t) = 10**n * exp(r) with n = floor(t / ln 10) and r in [0, ln 10).
    extra = _digits(abs(t) // 10 ** w) + 2
    ln10 = _ln10(w + extra)
    scaled = t * 10 ** extra
    n = scaled // ln10
    r = scaled - n * ln10
    return _exp_small(r, w + extra) // 10 ** extra, n - w


def _fixed(number, w):
    """A finite Decimal as a fixed-point int with w digits after the point (truncated)."""
    shift = number._exp + w
    value = number._coeff * 10 ** shift if shift >= 0 else number._coeff // 10 ** -shift
    return -value if number._sign else value


def _correctly_rounded(approx, ctx, rounding=ROUND_HALF_EVEN):
    """The value that approx(w) -> (A, exp), A * 10**exp, approaches as w grows, rounded to ctx
    once the error of A (a few units) can no longer change the rounding."""
    prec = ctx._prec
    w = prec + 6
    for _ in range(10):
        value, exp = approx(w)
        size = _digits(abs(value)) if value else 0
        if size < prec + 4:
            w += prec + 4 - size if value else w
            continue
        low, high = abs(value) - 25, abs(value) + 25
        drop = size - prec
        negative = value < 0
        if (_digits(low) == size == _digits(high) and
                _cut(low, drop, rounding, negative)[0] == _cut(high, drop, rounding, negative)[0]):
            break
        w += w // 2 + 5
    return _finish(1 if value < 0 else 0, abs(value) * 10 + 1, exp - 1, ctx, 0, rounding)


def _power_approx(a, b, w):
    """(A, exp) approximating a ** b = exp(b ln a) for a > 0, to about w digits."""
    extra = max(0, b.adjusted() + 2) + 2
    log = _ln_fixed(a, w + extra)
    t = log * b._coeff
    t = t * 10 ** b._exp if b._exp >= 0 else t // 10 ** -b._exp
    value, exp = _exp_approx(-t if b._sign else t, w + extra)
    return value // 10 ** extra, exp + extra


def _exp(a, ctx):
    if a._form:
        nan = _nan_result(a, None, ctx)
        if nan is not None:
            return nan
        return _make(0, 0, 0) if a._sign else _make(0, 0, 0, _INF)
    if not a._coeff:
        return _make(0, 1, 0)
    prec = ctx._prec
    adjusted = a.adjusted()
    if adjusted < -(prec + 2):
        # exp(x) = 1 + x + ..., with |x| below every digit the result can show.
        top = 10 ** (prec + 2)
        return _finish(0, top - 1 if a._sign else top + 1, -(prec + 2), ctx, 0, ROUND_HALF_EVEN)
    size = math.inf if adjusted > 10 else abs(float(a)) / math.log(10)
    if a._sign:
        size = -size
    if size > ctx._Emax + 1:
        return _finish(0, 1, ctx._Emax + 1, ctx, _S_INEXACT | _S_ROUNDED, ROUND_HALF_EVEN)
    if size < ctx._Emin - prec - 1:
        return _finish(0, 1, ctx._Emin - prec - 1, ctx, _S_INEXACT | _S_ROUNDED, ROUND_HALF_EVEN)
    return _correctly_rounded(lambda w: _exp_approx(_fixed(a, w), w), ctx)


def _logarithm_special(a, ctx):
    """The result of ln or log10 for a NaN, infinite, zero or negative operand, else None."""
    if a._form >= _NAN:
        return _nan_result(a, None, ctx)
    if a._sign and (a._form or a._coeff):
        return _invalid(ctx)
    if a._form:
        return _make(0, 0, 0, _INF)
    if not a._coeff:
        return _make(1, 0, 0, _INF)
    return None


def _ln(a, ctx):
    special = _logarithm_special(a, ctx)
    if special is not None:
        return special
    if _compare(a, _ONE) == 0:
        return _make(0, 0, 0)
    return _correctly_rounded(lambda w: (_ln_fixed(a, w), -w), ctx)


def _log10(a, ctx):
    special = _logarithm_special(a, ctx)
    if special is not None:
        return special
    size = _digits(a._coeff)
    if a._coeff == 10 ** (size - 1):
        power = a._exp + size - 1
        return _finish(1 if power < 0 else 0, abs(power), 0, ctx)
    return _correctly_rounded(lambda w: (_ln_fixed(a, w + 3) * 10 ** w // _ln10(w + 3), -w), ctx)


def _sqrt(a, ctx):
    if a._form:
        nan = _nan_result(a, None, ctx)
        if nan is not None:
            return nan
        return _invalid(ctx) if a._sign else _make(0, 0, 0, _INF)
    ideal = a._exp // 2
    if not a._coeff:
        return _finish(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx)
    coeff, exp = a._coeff, a._exp
    if exp & 1:
        coeff, exp = coeff * 10, exp - 1
    # Scale by an even power of ten so that the root has prec + 1 digits or more.
    half = (2 * ctx._prec + 3 - _digits(coeff)) // 2
    rest = 0
    if half >= 0:
        coeff *= 10 ** (2 * half)
    else:
        coeff, rest = divmod(coeff, 10 ** (-2 * half))
    root = math.isqrt(coeff)
    exp = exp // 2 - half
    if rest or root * root != coeff:
        if root % 5 == 0:
            root += 1
    else:
        root, exp = _strip_zeros(root, exp, ideal)
    return _finish(0, root, exp, ctx, 0, ROUND_HALF_EVEN)


def _total_order(a, b):
    """-1, 0 or 1 by the spec's total ordering, which also places NaNs and exponents."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    key_a, key_b = a._total_key(), b._total_key()
    if key_a[0] != key_b[0] or key_a[0] == 3:
        return flip if key_a > key_b else (-flip if key_a < key_b else 0)
    if key_a[0] == 2:
        return 0
    order = _compare(a, b)
    if order:
        return order
    return 0 if a._exp == b._exp else (flip if a._exp > b._exp else -flip)


_ONE = _make(0, 1, 0)


# ---------------------------------------------------------------------------------------------
# Formatting: [[fill]align][sign][z][0][width][,][.precision][type]

def _parse_spec(spec):
    """The fields of a format spec, or None if it is not one Decimal takes."""
    fill, align, i = " ", None, 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align, i = spec[0], 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " "):
        sign, i = spec[i], i + 1
    no_neg_zero = spec[i:i + 1] == "z"
    i += no_neg_zero
    zero = spec[i:i + 1] == "0"
    i += zero
    start = i
    while spec[i:i + 1].isdigit() and spec[i:i + 1].isascii():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = spec[i:i + 1] == ","
    i += grouping
    prec = None
    if spec[i:i + 1] == ".":
        start = i = i + 1
        while spec[i:i + 1].isdigit() and spec[i:i + 1].isascii():
            i += 1
        if i == start:
            return None
        prec = int(spec[start:i])
    kind = spec[i:i + 1] or None
    if kind is not None and kind not in "eEfFgGn%":
        return None
    if i + (kind is not None) != len(spec):
        return None
    return fill, align, sign, no_neg_zero, zero, width, grouping, prec, kind


def _format_digits(number, kind, prec, ctx):
    """(digits, exp, scientific) of a finite Decimal rounded as the format type asks:
    scientific is True, False, or None to decide as str() does."""
    coeff, exp = number._coeff, number._exp
    if kind == "%":
        exp += 2
    if kind in ("f", "F", "%"):
        if prec is not None and exp >= -prec:
            # Only zeros to add: no need to build a big coefficient.
            return str(coeff) + "0" * (exp + prec) if coeff else "0" * (1 + prec), -prec, False
        if prec is not None:
            moved = _make(number._sign, coeff, exp)._rescaled(-prec, ctx._rounding)[0]
            coeff, exp = moved._coeff, moved._exp
        return str(coeff), exp, False
    if kind in ("e", "E"):
        if prec is None:
            return str(coeff), exp, True
        if not coeff:
            return "0" * (prec + 1), exp, True
        coeff, exp = _significant(coeff, exp, prec + 1, number._sign, ctx._rounding)
        size = _digits(coeff)
        if size < prec + 1:
            coeff, exp = coeff * 10 ** (prec + 1 - size), exp - (prec + 1 - size)
        return str(coeff), exp, True
    if prec is not None and coeff:
        coeff, exp = _significant(coeff, exp, max(prec, 1), number._sign, ctx._rounding)
    return str(coeff), exp, None


def _significant(coeff, exp, keep, negative, rounding):
    """coeff * 10**exp rounded to `keep` significant digits."""
    drop = _digits(coeff) - keep
    if drop <= 0:
        return coeff, exp
    coeff, _ = _cut(coeff, drop, rounding, negative)
    exp += drop
    if _digits(coeff) > keep:
        coeff, exp = coeff // 10, exp + 1
    return coeff, exp


def _place_point(digits, exp, scientific, kind, ctx):
    adjusted = exp + len(digits) - 1
    if scientific is None:
        scientific = not (exp <= 0 and adjusted >= -6)
    if scientific:
        if kind is None:
            letter = "E" if ctx._capitals else "e"
        else:
            letter = "E" if kind in "EG" else "e"
        head = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return head + letter + ("+" if adjusted >= 0 else "-") + str(abs(adjusted))
    if exp >= 0:
        body = digits + "0" * exp if digits != "0" else "0"
    elif len(digits) > -exp:
        body = digits[:exp] + "." + digits[exp:]
    else:
        body = "0." + "0" * (-exp - len(digits)) + digits
    return body + "%" if kind == "%" else body


def _group(digits):
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return ",".join(parts)

_numbers.Number.register(Decimal)
