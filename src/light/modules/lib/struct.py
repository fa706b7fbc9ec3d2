"""Packing values into bytes and back by format strings: pack, unpack, calcsize, Struct.

Byte order, sizes and alignment follow CPython's struct on x86_64 and
aarch64 Linux (native '@' mode aligns each item to its size); floats are
rounded to IEEE 754 binary16/32/64 half to even.
"""

import math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


# code: (standard size, native size, kind)
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"), "?": (1, 1, "bool"),
    "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"), "I": (4, 4, "uint"), "l": (4, 8, "int"),
    "L": (4, 8, "uint"), "q": (8, 8, "int"), "Q": (8, 8, "uint"), "n": (None, 8, "int"), "N": (None, 8, "uint"),
    "e": (2, 2, "float"), "f": (4, 4, "float"), "d": (8, 8, "float"), "s": (1, 1, "bytes"), "p": (1, 1, "pascal"),
    "P": (None, 8, "uint"),
}
_FLOAT_BITS = {2: (5, 10), 4: (8, 23), 8: (11, 52)}  # exponent bits, fraction bits


def _parse(fmt):
    """(byteorder, native, [(code, count, size, offset)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order, native = "little", True
    if fmt[:1] in ("@", "=", "<", ">", "!"):
        native = fmt[0] == "@"
        order = "big" if fmt[0] in ">!" else "little"
        fmt = fmt[1:]
    items = []
    offset = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while c.isdigit():
            count = (count or 0) * 10 + int(c)
            i += 1
            if i >= len(fmt):
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        if c not in _CODES or (not native and c in "nNP"):
            raise error("bad char in struct format")
        std, nat, kind = _CODES[c]
        size = nat if native else std
        if native and kind not in ("pad", "char", "bytes", "pascal", "bool") and offset % size:
            offset += size - offset % size
        n = 1 if count is None else count
        if kind in ("bytes", "pascal"):
            items.append((c, n, n, offset))
            offset += n
        else:
            for _ in range(n):
                items.append((c, 1, size, offset))
                offset += size
    return order, native, items, offset


def _float_to_int(x, size):
    """The IEEE 754 bits of x in the format of `size` bytes, rounded half to even."""
    ebits, fbits = _FLOAT_BITS[size]
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if math.isnan(x):
        return (sign << (ebits + fbits)) | (((1 << ebits) - 1) << fbits) | (1 << (fbits - 1))
    x = abs(x)
    if math.isinf(x):
        return (sign << (ebits + fbits)) | (((1 << ebits) - 1) << fbits)
    if x == 0:
        return sign << (ebits + fbits)
    m, e = math.frexp(x)            # x = m * 2**e, 0.5 <= m < 1
    sig = int(m * (1 << 53))        # exact: 53 bits
    exp = e - 1                     # x = 1.f * 2**exp
    shift = 53 - (fbits + 1)        # bits to drop for a normal result
    if exp < 1 - bias:              # subnormal in the target format
        shift += (1 - bias) - exp
        exp = 1 - bias - 1
    if shift > 0:
        low = sig & ((1 << shift) - 1)
        sig >>= shift
        half = 1 << (shift - 1)
        if low > half or (low == half and sig & 1):
            sig += 1
    if exp == -bias and sig >> fbits:   # a subnormal rounded up into the normals
        exp += 1
    elif sig >> (fbits + 1):            # rounding carried into a new bit
        sig >>= 1
        exp += 1
    if exp == -bias:
        biased = 0
    else:
        biased = exp + bias
    if biased >= (1 << ebits) - 1:
        raise OverflowError("float too large to pack with %s format" % {2: "e", 4: "f", 8: "d"}[size])
    return (sign << (ebits + fbits)) | (biased << fbits) | (sig & ((1 << fbits) - 1))


def _int_to_float(bits, size):
    ebits, fbits = _FLOAT_BITS[size]
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + fbits) else 1.0
    biased = (bits >> fbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << fbits) - 1)
    if biased == (1 << ebits) - 1:
        return sign * math.inf if frac == 0 else math.nan
    if biased == 0:
        return sign * math.ldexp(frac, 1 - bias - fbits)
    return sign * math.ldexp(frac | (1 << fbits), biased - bias - fbits)


def _index(v):
    if isinstance(v, int):
        return v
    if hasattr(type(v), "__index__"):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


_NATIVE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


def _range_error(code, kind, size, n, low, high):
    if code in _NATIVE_NAMES:
        return error("%s format requires %d <= number <= %d" % (_NATIVE_NAMES[code], low, high))
    if size == 8 or (kind == "uint" and n < 0):
        return error("argument out of range")
    return error("'%s' format requires %d <= number <= %d" % (code, low, high))


def _pack_item(code, count, size, value, order):
    kind = _CODES[code][2]
    if kind == "char":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if kind == "bool":
        return b"\x01" if value else b"\x00"
    if kind in ("int", "uint"):
        n = _index(value)
        bits = size * 8
        low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if kind == "int" else (0, (1 << bits) - 1)
        if not low <= n <= high:
            raise _range_error(code, kind, size, n, low, high)
        return n.to_bytes(size, order, signed=kind == "int")
    if kind == "float":
        if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__"):
            raise error("required argument is not a float")
        return _float_to_int(float(value), size).to_bytes(size, order)
    if kind in ("bytes", "pascal"):
        if not isinstance(value, (bytes, bytearray)):
            raise error("argument for '%s' must be a bytes object" % code)
        if kind == "pascal":
            data = bytes(value[:min(count - 1, 255)]) if count else b""
            return (bytes([len(data)]) + data).ljust(count, b"\0")[:count]
        return bytes(value[:count]).ljust(count, b"\0")


def _unpack_item(code, count, size, chunk, order):
    kind = _CODES[code][2]
    if kind == "char":
        return chunk
    if kind == "bool":
        return chunk != b"\x00" * size
    if kind in ("int", "uint"):
        return int.from_bytes(chunk, order, signed=kind == "int")
    if kind == "float":
        return _int_to_float(int.from_bytes(chunk, order), size)
    if kind == "pascal":
        n = min(chunk[0], count - 1) if count else 0
        return chunk[1:1 + n]
    return chunk


class Struct:
    def __init__(self, format):
        self._order, _, items, self.size = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format
        self._items = [item for item in items if item[0] != "x"]

    def pack(self, *values):
        if len(values) != len(self._items):
            raise error("pack expected %d items for packing (got %d)" % (len(self._items), len(values)))
        out = bytearray(self.size)
        for (code, count, size, offset), value in zip(self._items, values):
            out[offset:offset + size] = _pack_item(code, count, size, value, self._order)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if offset + len(data) > len(buffer):
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (offset + len(data), len(data), offset, len(buffer)))
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return tuple(_unpack_item(code, count, size, buffer[offset:offset + size], self._order)
                     for code, count, size, offset in self._items)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, len(buffer)))
        return self.unpack(buffer[offset:offset + self.size])

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return (self.unpack(buffer[i:i + self.size]) for i in range(0, len(buffer), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()
