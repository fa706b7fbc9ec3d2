"""Secure hashes: md5, sha1, the SHA-2 and SHA-3 families, SHAKE and BLAKE2.

The block functions are native (_hashcore); a hash object here keeps the
running state, the bytes of an unfinished block and the length, and pads the
message when asked for a digest.
"""

from _hashcore import initial as _initial, compress as _compress, squeeze as _squeeze
from _hashcore import blake2 as _blake2_step, blake2_iv as _blake2_iv

_SHAPES = {  # name: (digest size, block size, bytes of the length field, its byte order)
    "md5": (16, 64, 8, "little"),
    "sha1": (20, 64, 8, "big"),
    "sha224": (28, 64, 8, "big"),
    "sha256": (32, 64, 8, "big"),
    "sha384": (48, 128, 16, "big"),
    "sha512": (64, 128, 16, "big"),
}
# SHA-3 and SHAKE: (digest size, rate, the domain bits that start the padding)
_SPONGES = {
    "sha3_224": (28, 144, 0x06),
    "sha3_256": (32, 136, 0x06),
    "sha3_384": (48, 104, 0x06),
    "sha3_512": (64, 72, 0x06),
    "shake_128": (0, 168, 0x1F),
    "shake_256": (0, 136, 0x1F),
}

algorithms_guaranteed = set(_SHAPES) | set(_SPONGES) | {"blake2b", "blake2s"}
algorithms_available = set(algorithms_guaranteed)

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
           "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest")


def _message_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray) or type(data).__name__ in ("memoryview", "array"):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class HASH:
    __slots__ = ("_name", "_state", "_tail", "_length")

    def __init__(self, name, data=b""):
        self._name = name
        self._state = _initial(name)
        self._tail = b""
        self._length = 0
        if data:
            self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return (_SHAPES.get(self._name) or _SPONGES[self._name])[0]

    @property
    def block_size(self):
        return (_SHAPES.get(self._name) or _SPONGES[self._name])[1]

    def update(self, data, /):
        data = _message_bytes(data)
        self._length += len(data)
        pending = self._tail + data
        whole = len(pending) - len(pending) % self.block_size
        if whole:
            self._state = _compress(self._name, self._state, pending[:whole])
        self._tail = pending[whole:]

    def _absorbed(self):
        """The sponge's state once the padded last block is in."""
        _, rate, domain = _SPONGES[self._name]
        padding = bytearray(rate - len(self._tail))
        padding[0] |= domain
        padding[-1] |= 0x80
        return _compress(self._name, self._state, self._tail + padding)

    def digest(self):
        if self._name in _SPONGES:
            return self._absorbed()[:self.digest_size]
        size, block, length_bytes, order = _SHAPES[self._name]
        room = -(len(self._tail) + 1 + length_bytes) % block
        padding = b"\x80" + bytes(room) + (self._length * 8).to_bytes(length_bytes, order)
        return _compress(self._name, self._state, self._tail + padding)[:size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        twin = type(self).__new__(type(self))
        for slot in HASH.__slots__:
            setattr(twin, slot, getattr(self, slot))
        return twin

    def __repr__(self):
        return f"<{self._name} _hashlib.{type(self).__name__} object @ {hex(id(self))}>"


HASH.__module__ = "_hashlib"


class HASHXOF(HASH):
    """SHAKE: a digest of any length."""
    __slots__ = ()

    def digest(self, length):
        return _squeeze(self._name, self._absorbed(), length)

    def hexdigest(self, length):
        return self.digest(length).hex()


HASHXOF.__module__ = "_hashlib"


class _Blake2:
    """BLAKE2 (RFC 7693) with its parameter block: keyed, salted, personalised, tree modes."""
    __slots__ = ("_state", "_tail", "_digest_size", "_last_node")

    def __init__(self, data=b"", /, *, digest_size=None, key=b"", salt=b"", person=b"", fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True):
        word = self.block_size // 16
        size = self.MAX_DIGEST_SIZE if digest_size is None else digest_size.__index__()
        key, salt, person = (_message_bytes(x) for x in (key, salt, person))
        if not 1 <= size <= self.MAX_DIGEST_SIZE:
            raise ValueError(f"digest_size must be between 1 and {self.MAX_DIGEST_SIZE} bytes")
        for label, value, limit in (("key", key, self.MAX_KEY_SIZE), ("salt", salt, self.SALT_SIZE),
                                    ("person", person, self.PERSON_SIZE)):
            if len(value) > limit:
                raise ValueError(f"maximum {label} length is {limit} bytes")
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        if not 0 <= leaf_size < 1 << 32:
            raise OverflowError("leaf_size is too large")
        offset_bytes = 8 if word == 8 else 6
        if not 0 <= node_offset < 1 << (8 * offset_bytes):
            raise OverflowError("node_offset is too large")
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= self.MAX_DIGEST_SIZE:
            raise ValueError(f"inner_size must be between 0 and is {self.MAX_DIGEST_SIZE}")
        # the parameter block: sizes, tree shape, then salt and personalisation
        params = (bytes((size, len(key), fanout, depth)) + leaf_size.to_bytes(4, "little")
                  + node_offset.to_bytes(offset_bytes, "little") + bytes((node_depth, inner_size)))
        params = (params.ljust(4 * word, b"\0") + salt.ljust(self.SALT_SIZE, b"\0")
                  + person.ljust(self.PERSON_SIZE, b"\0"))
        start = bytes(a ^ b for a, b in zip(_blake2_iv(self.name), params))
        self._state = start + bytes(2 * word)
        self._tail = key.ljust(self.block_size, b"\0") if key else b""
        self._digest_size = size
        self._last_node = bool(last_node)
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return self._digest_size

    def update(self, data, /):
        pending = self._tail + _message_bytes(data)
        # the last block must wait for digest(), which flags it as last
        whole = (len(pending) - 1) // self.block_size * self.block_size if pending else 0
        if whole:
            self._state = _blake2_step(self.name, self._state, pending[:whole], -1, False)
        self._tail = pending[whole:]

    def digest(self):
        last = self._tail.ljust(self.block_size, b"\0")
        final = _blake2_step(self.name, self._state, last, len(self._tail), self._last_node)
        return final[:self._digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        twin = type(self).__new__(type(self))
        for slot in _Blake2.__slots__:
            setattr(twin, slot, getattr(self, slot))
        return twin


class blake2b(_Blake2):
    __slots__ = ()
    name = "blake2b"
    block_size = 128
    SALT_SIZE = PERSON_SIZE = 16
    MAX_KEY_SIZE = MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    __slots__ = ()
    name = "blake2s"
    block_size = 64
    SALT_SIZE = PERSON_SIZE = 8
    MAX_KEY_SIZE = MAX_DIGEST_SIZE = 32


blake2b.__module__ = blake2s.__module__ = "_blake2"


def _made(name, data):
    if name in ("blake2b", "blake2s"):
        return (blake2b if name == "blake2b" else blake2s)(data)
    return (HASHXOF if name.startswith("shake") else HASH)(name, data)


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm called name."""
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = name.lower()
    if key not in algorithms_available:
        raise ValueError(f"unsupported hash type {name}")
    return _made(key, _checked_start(data, kwargs))


def _checked_start(data, kwargs):
    for key in kwargs:
        if key not in ("usedforsecurity", "string"):
            raise TypeError(f"'{key}' is an invalid keyword argument for new()")
    if "string" in kwargs:
        data = kwargs["string"]
    if data is None:
        return b""
    return _message_bytes(data)


def _constructor(name):
    def construct(data=b"", **kwargs):
        return _made(name, _checked_start(data, kwargs))
    construct.__name__ = construct.__qualname__ = "openssl_" + name
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")


def _hmac(name, key, message):
    block = new(name).block_size
    if len(key) > block:
        key = new(name, key).digest()
    key = key.ljust(block, b"\0")
    inner = new(name, bytes(b ^ 0x36 for b in key) + message).digest()
    return new(name, bytes(b ^ 0x5C for b in key) + inner).digest()


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC of hash_name."""
    key = new(hash_name).name
    password, salt = _message_bytes(password), _message_bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    size = new(key).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b""
    counter = 1
    while len(out) < dklen:
        u = _hmac(key, password, salt + counter.to_bytes(4, "big"))
        total = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            u = _hmac(key, password, u)
            total ^= int.from_bytes(u, "big")
        out += total.to_bytes(size, "big")
        counter += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash a binary file object read to its end."""
    hashed = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return hashed
        hashed.update(chunk)
