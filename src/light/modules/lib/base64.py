"""Base16, Base32 and Base64 (standard and URL-safe) encodings, on binascii."""

import binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
           "urlsafe_b64decode", "b32encode", "b32decode", "b16encode", "b16decode", "encodebytes",
           "decodebytes"]

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _bytes_from(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return encoded.translate(bytes.maketrans(b"+/", altchars[:2]))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from(s)
    if altchars is not None:
        s = s.translate(bytes.maketrans(_bytes_from(altchars)[:2], b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    return b64decode(_bytes_from(s).translate(bytes.maketrans(b"-_", b"+/")))


def encodebytes(s):
    data = binascii.b2a_base64(s, newline=False)
    return b"".join(data[i:i + 76] + b"\n" for i in range(0, len(data), 76))


def decodebytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)


def b32encode(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = bytes(s[i:i + 5])
        n = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        group = bytes(_B32[(n >> shift) & 31] for shift in range(35, -1, -5))
        used = (len(chunk) * 8 + 4) // 5
        out += group[:used] + b"=" * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        s = s.translate(bytes.maketrans(b"01", b"O" + _bytes_from(map01)))
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    if len(s) - len(body) not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    out = bytearray()
    for i in range(0, len(body), 8):
        group = body[i:i + 8]
        n = 0
        for c in group:
            index = _B32.find(bytes([c]))
            if index < 0:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | index
        n <<= 5 * (8 - len(group))
        out += n.to_bytes(5, "big")[:len(group) * 5 // 8]
    return bytes(out)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)
