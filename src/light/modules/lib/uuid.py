"""UUID objects (RFC 4122) and the functions that make them: uuid1, uuid3, uuid4, uuid5."""
import os

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "getnode", "NAMESPACE_DNS", "NAMESPACE_URL",
           "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT",
           "RESERVED_FUTURE", "SafeUUID"]

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    "reserved for NCS compatibility", "specified in RFC 4122",
    "reserved for Microsoft compatibility", "reserved for future definition"]

_FULL = (1 << 128) - 1


_safe_uuid = None


def _safe_uuid_class():
    """SafeUUID, an Enum: made when first used, so that importing uuid does not import enum."""
    global _safe_uuid
    if _safe_uuid is None:
        from enum import Enum

        class SafeUUID(Enum):
            safe = 0
            unsafe = -1
            unknown = None

        SafeUUID.__module__ = "uuid"
        _safe_uuid = SafeUUID
    return _safe_uuid


def __getattr__(name):
    if name == "SafeUUID":
        return _safe_uuid_class()
    raise AttributeError(f"module 'uuid' has no attribute '{name}'")


class UUID:
    """A 128-bit universally unique identifier, immutable."""
    __slots__ = ("int", "_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=None):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            digits = hex.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
            if len(digits) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = _int_of_hex(digits)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:]
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            int = _int_from_bytes(bytes)
        if fields is not None:
            int = _int_of_fields(fields)
        if not 0 <= int <= _FULL:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # The variant becomes RFC 4122's and the version goes in bits 76-79.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "_safe", is_safe)

    @property
    def is_safe(self):
        """A SafeUUID: whether the UUID was made in a way safe across processes (unknown by default)."""
        return _safe_uuid_class().unknown if self._safe is None else self._safe

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe.value is not None:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "_safe", _safe_uuid_class()(state["is_safe"]) if "is_safe" in state else None)

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f"{self.__class__.__name__}({str(self)!r})"

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        h = "%032x" % self.int
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        top = self.int >> 61
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


def _int_of_hex(digits):
    try:
        return int(digits, 16)
    except ValueError:
        raise ValueError("badly formed hexadecimal UUID string") from None


def _int_from_bytes(data):
    import builtins
    return builtins.int.from_bytes(data, "big")


def _int_of_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    limits = [("time_low", 32), ("time_mid", 16), ("time_hi_version", 16), ("clock_seq_hi_variant", 8),
              ("clock_seq_low", 8), ("node", 48)]
    value = 0
    for item, (name, bits) in zip(fields, limits):
        if not 0 <= item < 1 << bits:
            raise ValueError(f"field {limits.index((name, bits)) + 1} out of range (need a {bits}-bit value)")
        value = (value << bits) | item
    return value


_node = None


def getnode():
    """A 48-bit node number: random here (the Light tier reads no hardware address), with the multicast
    bit set as RFC 4122 asks of such numbers."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), "big") | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node number."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), "big") & 0x3fff
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff, (timestamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _hashed(algorithm, namespace, name):
    import hashlib
    if isinstance(name, str):
        name = name.encode("utf-8")
    return getattr(hashlib, algorithm)(namespace.bytes + name).digest()[:16]


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return UUID(bytes=_hashed("md5", namespace, name), version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return UUID(bytes=_hashed("sha1", namespace, name), version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
