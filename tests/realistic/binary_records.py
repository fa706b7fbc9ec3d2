"""A binary file format in memory with struct: header, fixed records, variable strings, checksums."""
import struct
import math

HEADER = struct.Struct("<4sHHI")          # magic, version, record count, payload size
RECORD = struct.Struct("<IhBxfd")         # id, delta, flags, pad, ratio (f32), value (f64)


def encode(records, version=2):
    body = bytearray()
    for rec in records:
        body += RECORD.pack(rec["id"], rec["delta"], rec["flags"], rec["ratio"], rec["value"])
        name = rec["name"].encode("utf-8")
        body += struct.pack("<B", len(name)) + name
    return HEADER.pack(b"RECS", version, len(records), len(body)) + bytes(body)


def decode(blob):
    magic, version, count, size = HEADER.unpack_from(blob, 0)
    if magic != b"RECS":
        raise ValueError(f"bad magic {magic!r}")
    offset = HEADER.size
    out = []
    for _ in range(count):
        rid, delta, flags, ratio, value = RECORD.unpack_from(blob, offset)
        offset += RECORD.size
        (n,) = struct.unpack_from("<B", blob, offset)
        name = blob[offset + 1:offset + 1 + n].decode("utf-8")
        offset += 1 + n
        out.append({"id": rid, "delta": delta, "flags": flags, "ratio": ratio, "value": value, "name": name})
    return version, out


records = [
    {"id": 1, "delta": -5, "flags": 0b101, "ratio": 0.1, "value": math.pi, "name": "alpha"},
    {"id": 70000, "delta": 32767, "flags": 255, "ratio": 1e-3, "value": -1e300, "name": "βeta"},
    {"id": 2 ** 32 - 1, "delta": -32768, "flags": 0, "ratio": 3.0, "value": float("inf"), "name": ""},
]
blob = encode(records)
print(len(blob), HEADER.size, RECORD.size, blob[:12].hex(" "))
for i in range(0, min(len(blob), 64), 16):
    chunk = blob[i:i + 16]
    print(f"{i:04x}: {chunk.hex(' '):<47}  {''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)}")
version, back = decode(blob)
print("version", version)
for orig, rec in zip(records, back):
    print(rec, "ratio exact:", rec["ratio"] == orig["ratio"], "f32:", rec["ratio"])
print([struct.calcsize(f) for f in ("@bi", "<bi", "@bq", "@hd", "=hd", "@?h", "!L", "@L", "5s2h")])
print(struct.pack(">HhLq", 1, -1, 2 ** 31, -2), struct.unpack(">f", struct.pack(">f", 0.1)), struct.pack("<e", 1.5))
print(list(struct.iter_unpack("<hh", bytes(range(8)))), struct.unpack("<?3sc", b"\x01abcz"))
buf = bytearray(16)
struct.pack_into(">I", buf, 4, 0xDEADBEEF)
print(buf.hex(), struct.unpack_from(">I", buf, 4)[0] == 0xDEADBEEF)
for fmt, value in [("<b", 200), ("<H", -1), ("<i", 2 ** 31), ("<Q", -1), ("<f", 1e39), ("<i", 1.5), ("c", b"ab")]:
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as e:
        print(fmt, value, type(e).__name__, e)
try:
    decode(b"XXXX" + blob[4:])
except ValueError as e:
    print("ValueError:", e)
try:
    decode(blob[:30])
except struct.error as e:
    print("struct.error:", e)
