"""Conversions between binary data and ASCII: base64 lines, hex, CRC-32."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex", "hexlify", "unhexlify",
           "crc32"]

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _ascii_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(s).__name__)


def _binary_data(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b2a_base64(data, *, newline=True):
    data = _binary_data(data)
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        quad = bytes(_B64[(n >> shift) & 63] for shift in (18, 12, 6, 0))
        out += quad[:len(chunk) + 1] + b"=" * (3 - len(chunk))
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64, skipping other characters and stopping after complete padding."""
    data = _ascii_data(data)
    out = bytearray()
    quad_pos = 0
    pads = 0
    left = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 0x3D:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error("Excess padding not allowed")
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            left = value
        elif quad_pos == 1:
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
        elif quad_pos == 2:
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
        else:
            out.append(((left << 6) | value) & 0xFF)
            left = 0
        quad_pos = (quad_pos + 1) % 4
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a "
                    "multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _binary_data(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    if any(c not in b"0123456789abcdefABCDEF" for c in hexstr):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(hexstr.decode("ascii"))


unhexlify = a2b_hex


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for byte in _binary_data(data):
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
