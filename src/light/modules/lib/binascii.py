"""Conversions between binary data and ASCII encodings: hex, base64, CRCs."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = [64] * 256
for _value, _char in enumerate(_B64_ALPHABET):
    _B64_VALUES[_char] = _value
_HEX_DIGITS = b"0123456789abcdef"


def _binary(data):
    """data as bytes, for the functions that take binary input only."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray) or type(data).__name__ in ("memoryview", "array"):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _ascii(data):
    """data as bytes, for the decoders, which take ASCII str too."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray)) or type(data).__name__ in ("memoryview", "array"):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _binary(data)
    text = bytearray()
    for byte in data:
        text.append(_HEX_DIGITS[byte >> 4])
        text.append(_HEX_DIGITS[byte & 15])
    if sep is None or not data:
        return bytes(text)
    if isinstance(sep, str):
        if not sep.isascii():
            raise ValueError("sep must be ASCII.")
        sep = sep.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    group = abs(bytes_per_sep) * 2
    if group == 0:
        return bytes(text)
    pieces = []
    if bytes_per_sep > 0:
        first = len(text) % group or group
        pieces.append(text[:first])
        pieces.extend(text[i:i + group] for i in range(first, len(text), group))
    else:
        pieces.extend(text[i:i + group] for i in range(0, len(text), group))
    return bytes(sep).join(bytes(p) for p in pieces)


b2a_hex = hexlify


def unhexlify(hexstr):
    text = _ascii(hexstr)
    if len(text) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(text), 2):
        high = _hex_value(text[i])
        low = _hex_value(text[i + 1])
        if high < 0 or low < 0:
            raise Error("Non-hexadecimal digit found")
        out.append(high << 4 | low)
    return bytes(out)


a2b_hex = unhexlify


def _hex_value(char):
    if 48 <= char <= 57:
        return char - 48
    if 97 <= char <= 102:
        return char - 87
    if 65 <= char <= 70:
        return char - 55
    return -1


def b2a_base64(data, *, newline=True):
    data = _binary(data)
    out = bytearray()
    whole = len(data) - len(data) % 3
    alphabet = _B64_ALPHABET
    for i in range(0, whole, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((alphabet[n >> 18], alphabet[n >> 12 & 63], alphabet[n >> 6 & 63], alphabet[n & 63]))
    rest = len(data) - whole
    if rest:
        n = data[whole] << 16 | (data[whole + 1] << 8 if rest == 2 else 0)
        out.append(alphabet[n >> 18])
        out.append(alphabet[n >> 12 & 63])
        out += bytes((alphabet[n >> 6 & 63],)) + b"=" if rest == 2 else b"=="
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    text = _ascii(data)
    if strict_mode and text[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    filled = 0  # sextets held in the current group of four
    bits = 0
    pads = 0
    padded = False
    for index, char in enumerate(text):
        if char == 61:  # '='
            padded = True
            if filled >= 2:
                pads += 1
                if filled + pads >= 4:
                    if strict_mode and index + 1 < len(text):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUES[char]
        if value == 64:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padded:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        bits = bits << 6 | value
        filled += 1
        if filled > 1:
            kept = 2 * (4 - filled)  # bits left over once a whole byte is out
            out.append(bits >> kept)
            bits &= (1 << kept) - 1
        if filled == 4:
            filled = 0
            bits = 0
    if filled == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    f"({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4")
    if filled:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        for _ in range(8):
            n = (n >> 1) ^ 0xEDB88320 if n & 1 else n >> 1
        table.append(n)
    return table


_CRC32_TABLE = _crc32_table()


def crc32(data, crc=0, /):
    data = _binary(data)
    table = _CRC32_TABLE
    crc = ~crc & 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    data = _binary(data)
    crc &= 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = (crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1
        crc &= 0xFFFF
    return crc
