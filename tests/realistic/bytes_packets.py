"""Encoding and decoding binary packets with bytes, bytearray and int.to_bytes."""

MAGIC = b"PT"


def checksum(data):
    s = 0
    for b in data:
        s = (s * 31 + b) & 0xFFFF
    return s


def encode(kind, seq, payload):
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    body = bytearray(MAGIC)
    body.append(kind)
    body += seq.to_bytes(4, "big")
    body += len(payload).to_bytes(2, "little")
    body.extend(payload)
    body += checksum(body).to_bytes(2, "big")
    return bytes(body)


class PacketError(ValueError):
    pass


def decode(data):
    if data[:2] != MAGIC:
        raise PacketError(f"bad magic {data[:2]!r}")
    kind = data[2]
    seq = int.from_bytes(data[3:7], "big")
    size = int.from_bytes(data[7:9], "little")
    payload = data[9:9 + size]
    if len(payload) != size:
        raise PacketError(f"truncated: wanted {size} bytes, got {len(payload)}")
    (crc,) = [int.from_bytes(data[9 + size:11 + size], "big")]
    if crc != checksum(data[:9 + size]):
        raise PacketError(f"checksum mismatch {crc:#06x} != {checksum(data[:9 + size]):#06x}")
    return kind, seq, payload


def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexpart:<{width * 3}} {text}")


packets = [encode(1, 1, "hello"), encode(2, 70000, b"\x00\x01\xff"), encode(3, 2 ** 32 - 1, "héllo wörld ✓")]
for p in packets:
    print(len(p), p.hex(), p[:9])
    hexdump(p)
    kind, seq, payload = decode(p)
    print("  decoded", kind, seq, payload, payload.decode("utf-8", errors="replace"))

broken = [b"XX" + packets[0][2:], packets[0][:-4], packets[0][:-1] + b"\x00", bytearray(packets[1])]
broken[3][10] ^= 0xFF
for b in broken:
    try:
        print(decode(bytes(b)))
    except PacketError as e:
        print("PacketError:", e)

ba = bytearray(b"abcdef")
ba[0] = 65
ba[1:3] = b"XYZ"
del ba[-1]
ba.insert(0, 33)
ba.reverse()
print(ba, ba.upper(), ba.find(b"Z"), ba.count(b"e"), bytes(ba).split(b"Z"), ba.pop(), len(ba))
print(bytes(range(65, 75)), bytes.fromhex("de ad be ef"), b"abc" * 2, b"a,b,,c".split(b","), b"  x ".strip())
print(b"hello".replace(b"l", b"L"), b"Hello World".swapcase(), b"abc".startswith(b"ab"), b"-".join([b"5", b"x"]))
print(list(b"\x00\x7f\x80\xff"), b"\xe2\x9c\x93".decode(), "é".encode("latin-1"), "A".encode("ascii"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (-2).to_bytes(2, "big", signed=True), (1024).bit_length())
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"abc" < b"abd", b"abc"[1], b"abc"[1:], bytes(3), bytearray(2), b"".join([b"a", b"b"]), b"ab" in b"cabd")
mv = memoryview(b"abcdef") if False else None
print(sum(b"xyz"), max(b"xyz"), sorted(b"cab"), bytes(sorted(b"cab")), b"a\tb".expandtabs(4), b"x".zfill(4))
