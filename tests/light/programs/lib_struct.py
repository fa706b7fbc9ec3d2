# struct on the Light VM: a binary record format written and read back.
import struct

header = struct.Struct("<4sHHI")
records = [(1, -2.5, b"alpha"), (2, 1e-3, b"beta"), (3, 65504.0, b"a-much-longer-name")]
blob = bytearray(header.pack(b"PYTR", 1, len(records), 0))
for ident, weight, name in records:
    blob += struct.pack(">Qd8pe?", ident, weight, name, weight, ident % 2 == 0)
struct.pack_into("<I", blob, 8, len(blob))
print(blob.hex())
magic, version, count, total = header.unpack_from(blob)
print(magic, version, count, total, struct.calcsize(">Qd8pe?"))
for fields in struct.iter_unpack(">Qd8pe?", bytes(blob[header.size:])):
    print(fields)
print(struct.calcsize("@bq"), struct.calcsize("=bq"), struct.unpack("@hi", struct.pack("@hi", -1, -2)))
for bad in [("<h", 40000), ("b", 1.0), ("<e", 1e9)]:
    try:
        struct.pack(*bad)
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print(repr(e))
