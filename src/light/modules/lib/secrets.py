"""Random numbers and tokens from the operating system's randomness, for secrets."""
import os
from random import SystemRandom

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

_system = SystemRandom()
randbits = _system.getrandbits
choice = _system.choice

DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _system._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


_URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def token_urlsafe(nbytes=None):
    """Base64 (URL-safe alphabet, no padding) of nbytes random bytes."""
    data = token_bytes(nbytes)
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        bits = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        out.extend(_URLSAFE[(bits >> shift) & 63] for shift in (18, 12, 6, 0)[:len(chunk) + 1])
    return "".join(out)


def compare_digest(a, b):
    """a == b, taking as long whatever the first difference (str of ASCII, or bytes-like)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError(f"unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    a, b = bytes(a), bytes(b)
    differences = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        differences |= x ^ y
    return differences == 0
