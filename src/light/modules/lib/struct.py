"""Conversion between Python values and C structs packed as bytes.

Native mode (`@`, the default) lays fields out as x86_64 and LP64 do: natural
sizes, each field aligned to its own size. `=`, `<`, `>` and `!` use the
standard sizes with no alignment; `=` is little-endian, as x86_64 is.
"""

import math

try:
    from _structcore import pack as _fast_pack, unpack as _fast_unpack
except ImportError:  # python3.11 running these modules (scripts/lib-check.py)
    _fast_pack = _fast_unpack = None

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


_NATIVE_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
                 "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8,
                 "s": 1, "p": 1, "P": 8}
_STANDARD_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
                   "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}
_LONG = (-1 << 63, 1 << 63)
_ULONG = (0, 1 << 64)
# Float layouts: (significand bits including the hidden one, exponent bits).
_FLOAT_SHAPES = {"e": (11, 5), "f": (24, 8), "d": (53, 11)}


def _integer_rule(mode, code):
    """(convertible range, message when outside it, allowed range, its message or None).

    Each byte order checks integers its own way in CPython, and the messages
    differ with it; little-endian codes of native size follow native rules.
    """
    size = (_NATIVE_SIZES if mode == "@" else _STANDARD_SIZES)[code]
    signed = code.islower()
    bits = size * 8
    allowed = (-(1 << bits - 1), 1 << bits - 1) if signed else (0, 1 << bits)
    shown = f"{allowed[0]} <= number <= {allowed[1] - 1}"
    too_wide = "argument out of range"
    if code in "bB":
        return _LONG, too_wide, allowed, ("byte" if signed else "ubyte") + " format requires " + shown
    if mode == "@" or (mode == "<" and code not in "lL"):
        if code == "P":
            return (_LONG[0], _ULONG[1]), "int too large to convert", None, None
        if code in "hH":
            return _LONG, too_wide, allowed, ("short" if signed else "ushort") + " format requires " + shown
        convertible = _LONG if signed else _ULONG
        if size == 8:
            return convertible, too_wide, None, None
        return convertible, too_wide, allowed, f"'{code}' format requires {shown}"
    if size == 8:
        return allowed, "int too large to convert", None, None
    return (_LONG if signed else _ULONG), too_wide, allowed, f"'{code}' format requires {shown}"


def _as_integer(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _as_float(value):
    if isinstance(value, float):
        return value
    kind = type(value)
    if hasattr(kind, "__float__") or hasattr(kind, "__index__"):
        return float(value)
    raise error("required argument is not a float")


def _float_bits(x, code):
    """The IEEE 754 bits of x in the layout of code, rounded half to even."""
    precision, exponent_bits = _FLOAT_SHAPES[code]
    bias = (1 << exponent_bits - 1) - 1
    sign = 1 << (precision + exponent_bits - 1)
    infinity = ((1 << exponent_bits) - 1) << (precision - 1)
    negative = math.copysign(1.0, x) < 0
    if x != x:
        return (sign if negative else 0) | infinity | (1 << precision - 2)
    if x in (float("inf"), float("-inf")):
        return (sign if negative else 0) | infinity
    if x == 0:
        return sign if negative else 0
    numerator, denominator = abs(x).as_integer_ratio()
    scale = denominator.bit_length() - 1
    exponent = numerator.bit_length() - 1 - scale
    quantum = max(exponent, 1 - bias) - (precision - 1)
    shift = scale + quantum
    if shift <= 0:
        q = numerator << -shift
    else:
        q, rest = numerator >> shift, numerator & ((1 << shift) - 1)
        half = 1 << shift - 1
        if rest > half or (rest == half and q & 1):
            q += 1
    if exponent < 1 - bias:
        bits = q
    else:
        bits = ((exponent + bias) << (precision - 1)) + q - (1 << precision - 1)
    if bits >= infinity:
        raise OverflowError(f"float too large to pack with {code} format")
    return (sign if negative else 0) | bits


def _float_value(bits, code):
    precision, exponent_bits = _FLOAT_SHAPES[code]
    bias = (1 << exponent_bits - 1) - 1
    fraction = bits & ((1 << precision - 1) - 1)
    biased = (bits >> (precision - 1)) & ((1 << exponent_bits) - 1)
    negative = bits >> (precision + exponent_bits - 1)
    if biased == (1 << exponent_bits) - 1:
        value = float("nan") if fraction else float("inf")
    elif biased == 0:
        value = fraction * 2.0 ** (1 - bias - (precision - 1))
    else:
        value = (fraction | (1 << precision - 1)) * 2.0 ** (biased - bias - (precision - 1))
    return -value if negative else value


def _readable_bytes(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if type(buffer).__name__ in ("memoryview", "array"):
        return bytes(buffer)
    raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")


class _Field:
    __slots__ = ("code", "count", "offset", "size", "rule")

    def __init__(self, code, count, offset, size, rule):
        self.code = code
        self.count = count
        self.offset = offset
        self.size = size
        self.rule = rule


def _parse(text):
    """(fields, total size, number of values) of a format string."""
    mode = "@"
    if text and text[0] in "@=<>!":
        mode = {"=": "<", "!": ">"}.get(text[0], text[0])
        text = text[1:]
    sizes = _NATIVE_SIZES if mode == "@" else _STANDARD_SIZES
    fields = []
    offset = 0
    values = 0
    i = 0
    while i < len(text):
        char = text[i]
        i += 1
        if char.isspace():
            continue
        count = 1
        if "0" <= char <= "9":
            count = int(char)
            while i < len(text) and "0" <= text[i] <= "9":
                count = count * 10 + int(text[i])
                i += 1
            if count >= 1 << 63:
                raise error("total struct size too long")
            if i == len(text):
                raise error("repeat count given without format specifier")
            char = text[i]
            i += 1
        size = sizes.get(char)
        if size is None:
            raise error("bad char in struct format")
        if mode == "@" and size > 1:
            offset += -offset % size
        if char in "sp":
            fields.append(_Field(char, count, offset, count, None))
            offset += count
            values += 1
        elif char == "x":
            offset += count
        else:
            rule = _integer_rule(mode, char) if char in "bBhHiIlLqQnNP" else None
            for _ in range(count):
                fields.append(_Field(char, 1, offset, size, rule))
                offset += size
            values += count
        if offset >= 1 << 63:
            raise error("total struct size too long")
    return fields, offset, values, ("big" if mode == ">" else "little")


class Struct:
    """A compiled format: pack and unpack without parsing it again."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, "
                            f"not {type(format).__name__}")
        self.format = format
        self._fields, self.size, self._values, self._order = _parse(format)

    def pack(self, *values):
        if len(values) != self._values:
            raise error(f"pack expected {self._values} items for packing (got {len(values)})")
        return self._packed(values)

    def pack_into(self, *args):
        if not args:
            raise error("pack_into expected buffer argument")
        if len(args) == 1:
            raise error("pack_into expected offset argument")
        buffer, offset, *values = args
        if len(values) != self._values:
            raise error(f"pack_into expected {self._values} items for packing (got {len(values)})")
        if not isinstance(buffer, bytearray) and type(buffer).__name__ not in ("memoryview", "array"):
            raise TypeError("argument must be read-write bytes-like object, "
                            f"not {type(buffer).__name__}")
        offset = _as_index(offset)
        length = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error(f"no space to pack {self.size} bytes at offset {offset}")
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            offset += length
        if length - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes "
                        f"for packing {self.size} bytes at offset {offset} "
                        f"(actual buffer size is {length})")
        buffer[offset:offset + self.size] = self._packed(values)

    def unpack(self, buffer):
        data = _readable_bytes(buffer)
        if len(data) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._read(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _readable_bytes(buffer)
        offset = _as_index(offset)
        length = len(data)
        if offset < 0:
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            offset += length
        if length - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes "
                        f"for unpacking {self.size} bytes at offset {offset} "
                        f"(actual buffer size is {length})")
        return self._read(data, offset)

    def iter_unpack(self, buffer):
        data = _readable_bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return unpack_iterator(self, data)

    def _packed(self, values):
        if _fast_pack is not None:
            packed = _fast_pack(self.format, values)
            if packed is not None:
                return packed
        out = bytearray(self.size)
        self._write(out, 0, values)
        return bytes(out)

    def _write(self, out, base, values):
        order = self._order
        for field, value in zip(self._fields, values):
            at = base + field.offset
            code = field.code
            if field.rule is not None:
                number = _as_integer(value)
                convertible, wide_message, allowed, message = field.rule
                if not convertible[0] <= number < convertible[1]:
                    raise error(wide_message)
                if allowed is not None and not allowed[0] <= number < allowed[1]:
                    raise error(message)
                number &= (1 << 8 * field.size) - 1
                out[at:at + field.size] = number.to_bytes(field.size, order)
            elif code in "efd":
                try:
                    bits = _float_bits(_as_float(value), code)
                except OverflowError:
                    if code == "e" and isinstance(value, int):
                        raise error("int too large to convert") from None  # as CPython says
                    raise
                out[at:at + field.size] = bits.to_bytes(field.size, order)
            elif code == "?":
                out[at] = 1 if value else 0
            elif code == "c":
                if not isinstance(value, bytes) or len(value) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[at] = value[0]
            else:
                if not isinstance(value, (bytes, bytearray)):
                    raise error(f"argument for '{code}' must be a bytes object")
                if code == "s":
                    data = value[:field.count]
                else:
                    data = value[:max(field.count - 1, 0)]
                    if field.count:
                        out[at] = min(len(data), 255)
                        at += 1
                out[at:at + len(data)] = data

    def _read(self, data, base):
        if _fast_unpack is not None and type(data) in (bytes, bytearray):
            values = _fast_unpack(self.format, data, base)
            if values is not None:
                return values
        order = self._order
        values = []
        for field in self._fields:
            at = base + field.offset
            code = field.code
            chunk = data[at:at + field.size]
            if field.rule is not None:
                values.append(int.from_bytes(chunk, order, signed=code.islower()))
            elif code in "efd":
                values.append(_float_value(int.from_bytes(chunk, order), code))
            elif code == "?":
                values.append(chunk[0] != 0)
            elif code == "c":
                values.append(bytes(chunk))
            elif code == "s":
                values.append(bytes(chunk))
            else:
                length = min(chunk[0], field.count - 1) if field.count else 0
                values.append(bytes(chunk[1:1 + length]))
        return tuple(values)


Struct.__module__ = "_struct"


class unpack_iterator:
    def __init__(self, layout, data):
        self._layout = layout
        self._data = data
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._at + self._layout.size > len(self._data):
            raise StopIteration
        values = self._layout._read(self._data, self._at)
        self._at += self._layout.size
        return values

    def __length_hint__(self):
        return (len(self._data) - self._at) // self._layout.size


unpack_iterator.__module__ = "_struct"


def _as_index(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


_cache = {}


def _compiled(format):
    layout = _cache.get(format)
    if layout is None:
        layout = Struct(format)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[format] = layout
    return layout


def _clearcache():
    _cache.clear()


def calcsize(format):
    return _compiled(format).size


def pack(format, *values):
    return _compiled(format).pack(*values)


def pack_into(format, *args):
    return _compiled(format).pack_into(*args)


def unpack(format, buffer):
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _compiled(format).iter_unpack(buffer)
