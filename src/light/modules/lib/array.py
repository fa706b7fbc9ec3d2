"""Arrays of one C type each: values are checked (and floats rounded) as the C type would hold
them, and tobytes/frombytes use the machine's little-endian layout. Written in Python: a native
version can replace it behind the same interface."""
import math

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# typecode -> (item size, lowest, highest, the words of its overflow messages)
_INTS = {
    "b": (1, -1 << 7, (1 << 7) - 1, "signed char is"),
    "B": (1, 0, (1 << 8) - 1, "unsigned byte integer is"),
    "h": (2, -1 << 15, (1 << 15) - 1, "signed short integer is"),
    "H": (2, 0, (1 << 16) - 1, "unsigned short is"),
    "i": (4, -1 << 31, (1 << 31) - 1, "signed integer is"),
    "I": (4, 0, (1 << 32) - 1, "unsigned int is"),
    "l": (8, -1 << 63, (1 << 63) - 1, None),
    "L": (8, 0, (1 << 64) - 1, None),
    "q": (8, -1 << 63, (1 << 63) - 1, None),
    "Q": (8, 0, (1 << 64) - 1, None),
}
_SIZES = {"u": 4, "f": 4, "d": 8}


def _overflow(code, value):
    lowest, highest, words = _INTS[code][1:]
    if words is not None and (value > highest or code not in "IL"):
        return OverflowError(f"{words} {'greater than maximum' if value > highest else 'less than minimum'}")
    if value < 0 and code in "IL":
        return OverflowError("can't convert negative value to unsigned int")
    if code == "l":
        return OverflowError("Python int too large to convert to C long")
    if code == "L":
        return OverflowError("Python int too large to convert to C unsigned long")
    if value < 0 and code == "Q":
        return OverflowError("can't convert negative int to unsigned")
    return OverflowError("int too big to convert")


def _float32(x):
    """x rounded to the nearest binary32 value (ties to even), as a float."""
    if x == 0 or math.isinf(x) or math.isnan(x):
        return x
    mantissa, exponent = math.frexp(x)
    if exponent < -125:
        step = math.ldexp(1.0, -149)
        return round(x / step) * step
    rounded = math.ldexp(round(math.ldexp(mantissa, 24)), exponent - 24)
    return rounded if abs(rounded) < math.ldexp(1.0, 128) else math.copysign(math.inf, x)


def _float_bits(x, exponent_bits, fraction_bits):
    """The IEEE 754 bit pattern of x in a format with the given field widths."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    bias = (1 << (exponent_bits - 1)) - 1
    top = (1 << exponent_bits) - 1
    if math.isnan(x):
        return (sign << (exponent_bits + fraction_bits)) | (top << fraction_bits) | (1 << (fraction_bits - 1))
    x = abs(x)
    if math.isinf(x):
        field, fraction = top, 0
    elif x == 0:
        field, fraction = 0, 0
    else:
        mantissa, exponent = math.frexp(x)
        field = exponent - 1 + bias
        if field <= 0:
            field, fraction = 0, int(math.ldexp(x, bias - 1 + fraction_bits))
        else:
            fraction = int(math.ldexp(mantissa * 2 - 1, fraction_bits))
    return (sign << (exponent_bits + fraction_bits)) | (field << fraction_bits) | fraction


def _float_from_bits(bits, exponent_bits, fraction_bits):
    sign = -1.0 if bits >> (exponent_bits + fraction_bits) else 1.0
    field = (bits >> fraction_bits) & ((1 << exponent_bits) - 1)
    fraction = bits & ((1 << fraction_bits) - 1)
    bias = (1 << (exponent_bits - 1)) - 1
    if field == (1 << exponent_bits) - 1:
        return sign * math.inf if not fraction else math.nan
    if field == 0:
        return sign * math.ldexp(fraction, 1 - bias - fraction_bits)
    return sign * math.ldexp(fraction | (1 << fraction_bits), field - bias - fraction_bits)


def _type_name(value):
    return type(value).__name__


class array:
    """array(typecode[, initializer]): a sequence of numbers (or characters, 'u') of one C type."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {_type_name(typecode)}")
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._code == "u" and typecode != "u":
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    def _checked(self, value):
        code = self._code
        if code in _INTS:
            if not hasattr(type(value), "__index__"):
                raise TypeError(f"'{_type_name(value)}' object cannot be interpreted as an integer")
            value = value.__index__()
            if not _INTS[code][1] <= value <= _INTS[code][2]:
                raise _overflow(code, value)
            return value
        if code == "u":
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("array item must be unicode character")
            return value
        if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
            raise TypeError(f"must be real number, not {_type_name(value)}")
        value = float(value)
        return _float32(value) if code == "f" else value

    # ---- the C type

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _INTS[self._code][0] if self._code in _INTS else _SIZES[self._code]

    def buffer_info(self):
        return (id(self), len(self._items))

    def tobytes(self):
        size, code = self.itemsize, self._code
        if code in _INTS:
            signed = _INTS[code][1] < 0
            return b"".join(v.to_bytes(size, "little", signed=signed) for v in self._items)
        if code == "u":
            return b"".join(ord(c).to_bytes(4, "little") for c in self._items)
        widths = (8, 23) if code == "f" else (11, 52)
        return b"".join(_float_bits(v, *widths).to_bytes(size, "little") for v in self._items)

    def frombytes(self, buffer):
        data = bytes(buffer)
        size, code = self.itemsize, self._code
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        chunks = [data[i:i + size] for i in range(0, len(data), size)]
        if code in _INTS:
            signed = _INTS[code][1] < 0
            self._items.extend(int.from_bytes(c, "little", signed=signed) for c in chunks)
        elif code == "u":
            self._items.extend(chr(int.from_bytes(c, "little")) for c in chunks)
        else:
            widths = (8, 23) if code == "f" else (11, 52)
            self._items.extend(_float_from_bits(int.from_bytes(c, "little"), *widths) for c in chunks)

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([self._checked(v) for v in items])

    def tounicode(self):
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(text, str):
            raise TypeError(f"fromunicode() argument must be str, not {_type_name(text)}")
        self._items.extend(text)

    # ---- the sequence

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{_type_name(value)}") to array slice')
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = value._items
            return
        try:
            self._items[index] = self._checked(value)
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _new(self, items):
        made = array(self._code)
        made._items = items
        return made

    def append(self, value):
        self._items.append(self._checked(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        self._items.extend([self._checked(v) for v in iterable])

    def insert(self, index, value):
        self._items.insert(index, self._checked(value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, value, start=0, stop=None):
        for i in range(*slice(start, stop).indices(len(self._items))):
            if self._items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{_type_name(other)}") to array')
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{_type_name(other)}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._code, self.tolist() if self._code != "u" else self.tounicode()))

    def __repr__(self):
        if not self._items:
            return f"array('{self._code}')"
        shown = repr(self.tounicode()) if self._code == "u" else repr(self._items)
        return f"array('{self._code}', {shown})"

    __class_getitem__ = classmethod(type(list[int]))


array.__module__ = "array"
ArrayType = array
