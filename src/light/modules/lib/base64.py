"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 encodings of bytes."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes",
           "b64encode", "b64decode", "b32encode", "b32decode",
           "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode",
           "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _buffer_type_name(s):
    return type(s).__name__


def _decodable(s):
    """s as bytes: decoders take bytes-like objects and ASCII str."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return bytes(s)
    if _buffer_type_name(s) in ("memoryview", "array"):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, "
                    f"not {_buffer_type_name(s)!r}")


def _encodable(s):
    """s as bytes: encoders take bytes-like objects only."""
    if isinstance(s, bytes_types) or _buffer_type_name(s) in ("memoryview", "array"):
        return bytes(s)
    raise TypeError(f"memoryview: a bytes-like object is required, not '{_buffer_type_name(s)}'")


def _swap(data, old, new):
    """data with each byte of old replaced by the byte of new at the same place."""
    mapping = list(range(256))
    for a, b in zip(old, new):
        mapping[a] = b
    return bytes(mapping[c] for c in data)


# --- Base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        encoded = _swap(encoded, b'+/', _two_altchars(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    text = _decodable(s)
    if altchars is not None:
        text = _swap(text, _two_altchars(_decodable(altchars)), b'+/')
    return binascii.a2b_base64(text, strict_mode=validate)


def _two_altchars(altchars):
    assert len(altchars) == 2, repr(altchars)
    return altchars


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_decodable(s), b'-_', b'+/'))


# --- Base32

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B32_PADDING = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}  # leftover bytes: '=' signs
_B32_KEPT = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}  # '=' signs: bytes in the last group


def _b32_encode(data, alphabet):
    data = _encodable(data)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        n = int.from_bytes(group.ljust(5, b'\0'), 'big')
        out += bytes(alphabet[n >> shift & 31] for shift in range(35, -1, -5))
    pads = _B32_PADDING[len(data) % 5]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32_decode(s, alphabet, casefold, map01=None):
    s = _decodable(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decodable(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    values = {char: index for index, char in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(body), 8):
        group = body[start:start + 8]
        n = 0
        for char in group:
            if char not in values:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | values[char]
        out += (n << 5 * (8 - len(group))).to_bytes(5, 'big')
    if pads not in _B32_KEPT:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + _B32_KEPT[pads]:]
    return bytes(out)


def b32encode(s):
    return _b32_encode(s, _B32_ALPHABET)


def b32decode(s, casefold=False, map01=None):
    return _b32_decode(s, _B32_ALPHABET, casefold, map01)


def b32hexencode(s):
    return _b32_encode(s, _B32_HEX_ALPHABET)


def b32hexdecode(s, casefold=False):
    return _b32_decode(s, _B32_HEX_ALPHABET, casefold)


# --- Base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decodable(s)
    if casefold:
        s = s.upper()
    if any(not (48 <= c <= 57 or 65 <= c <= 70) for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# --- Ascii85 and Base85: four bytes as five base-85 digits

_A85_START = b'<~'
_A85_END = b'~>'
_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def _base85_groups(data, alphabet, pad, fold_zeros, fold_spaces):
    data = _encodable(data)
    short = -len(data) % 4
    data += b'\0' * short
    groups = []
    for start in range(0, len(data), 4):
        n = int.from_bytes(data[start:start + 4], 'big')
        if fold_zeros and n == 0:
            groups.append(b'z')
        elif fold_spaces and n == 0x20202020:
            groups.append(b'y')
        else:
            digits = bytearray(5)
            for place in range(4, -1, -1):
                n, digits[place] = divmod(n, 85)
            groups.append(bytes(alphabet[d] for d in digits))
    if short and not pad:
        if groups[-1] == b'z':
            groups[-1] = bytes((alphabet[0],)) * 5
        groups[-1] = groups[-1][:-short]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    alphabet = bytes(range(33, 118))
    text = _base85_groups(b, alphabet, pad, True, foldspaces)
    if adobe:
        text = _A85_START + text
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + wrapcol] for i in range(0, len(text), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _decodable(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError(f"Ascii85 encoded byte sequences must end with {_A85_END!r}")
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = bytearray()
    digits = []
    for char in b + b'u' * 4:
        if 33 <= char <= 117:
            digits.append(char - 33)
            if len(digits) == 5:
                n = 0
                for d in digits:
                    n = n * 85 + d
                if n >= 1 << 32:
                    raise ValueError('Ascii85 overflow')
                out += n.to_bytes(4, 'big')
                digits = []
        elif char == 122:  # 'z'
            if digits:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and char == 121:  # 'y'
            if digits:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif char in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % char)
    surplus = 4 - len(digits)
    if surplus:
        del out[len(out) - surplus:]
    return bytes(out)


_B85_VALUES = {char: index for index, char in enumerate(_B85_ALPHABET)}


def b85encode(b, pad=False):
    return _base85_groups(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    b = _decodable(b)
    short = -len(b) % 5
    b += b'~' * short
    out = bytearray()
    for start in range(0, len(b), 5):
        n = 0
        for offset, char in enumerate(b[start:start + 5]):
            value = _B85_VALUES.get(char)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            n = n * 85 + value
        if n >= 1 << 32:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += n.to_bytes(4, 'big')
    if short:
        del out[len(out) - short:]
    return bytes(out)


# --- MIME-style Base64: lines of at most 76 characters

def _checked_buffer(s):
    if not (isinstance(s, bytes_types) or _buffer_type_name(s) in ("memoryview", "array")):
        raise TypeError(f"expected bytes-like object, not {_buffer_type_name(s)}")


def encodebytes(s):
    _checked_buffer(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _checked_buffer(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64 of the binary file input, written to output in lines."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """The bytes of the Base64 lines of file input, written to output."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
