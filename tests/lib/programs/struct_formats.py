# struct: sizes, alignment, byte orders, every format char, and struct.error's messages.
import struct

def attempt(f, *args):
    try:
        result = f(*args)
    except (struct.error, TypeError, OverflowError) as e:
        print("   ", type(e).__name__, e)
    else:
        print("   ", result.hex() if isinstance(result, bytes) else result)

for fmt in ["i", "ih", "hi", "cbBhHiIlLqQnNefdP?", "<cbBhHiIlLqQefd?", "!hhl", "=lq", "0l", "b0l",
            "3s2p", "xxhx", "i i", "@", "", "10x", "5?", "xq", "bq", "bi", "bd", "e", "ie"]:
    print(repr(fmt), struct.calcsize(fmt))

ints = [-2**70, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -32769, -129, -1, 0, 127, 128, 255, 256,
        32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**70]
for order in "@<>!=":
    for code in "bBhHiIlLqQnNP":
        if order != "@" and code in "nNP":
            continue
        print(order + code)
        for v in ints:
            attempt(struct.pack, order + code, v)
        size = struct.calcsize(order + code)
        print("   ", struct.unpack(order + code, bytes(range(1, size + 1))),
              struct.unpack(order + code, b"\xff" * size))

floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.0, 65520.0, 1e-5, 6e-8, 2e-8, 3e-8,
          5.960464477539063e-08, 1e-40, 1.401298464324817e-45, 3.4028234663852886e+38, 3.4028235e+38,
          3.40282357e+38, 1e39, 5e-324, 1.7976931348623157e+308, float("inf"), float("-inf"),
          float("nan"), -float("nan"), 1e300, 2.5, 3.5, 1 + 2**-11, 1 + 3 * 2**-11, 1 + 2**-24, 1 + 3 * 2**-24]
for order in "<>":
    for code in "efd":
        print(order + code)
        for v in floats:
            try:
                packed = struct.pack(order + code, v)
            except OverflowError as e:
                print("   ", v, "OverflowError", e)
            else:
                print("   ", v, packed.hex(), struct.unpack(order + code, packed))
for bits in [0x0001, 0x03ff, 0x0400, 0x7bff, 0x7c00, 0xfc00, 0x7e00, 0x8000, 0x3c00, 0xc000]:
    print(hex(bits), struct.unpack("<e", bits.to_bytes(2, "little")))

print(struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("0s", b"ab"))
print(struct.pack("5p", b"abcdefg"), struct.pack("5p", b"ab"), struct.pack("1p", b"ab"))
print(struct.pack("300p", b"x" * 400)[:3])
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"), struct.unpack("3s", b"xyz"))
print(struct.pack("c?c", b"a", [1], b"z"), struct.unpack("??", b"\x00\x07"), struct.pack("2s2p", bytearray(b"ab"), bytearray(b"c")))
attempt(struct.pack, "c", bytearray(b"z"))
print(struct.pack("@bhiq", 1, 2, 3, 4), struct.pack("<bhiq", 1, 2, 3, 4), struct.pack(">bhiq", 1, 2, 3, 4))
print(struct.unpack("@bhiq", struct.pack("@bhiq", -1, -2, -3, -4)))
print(struct.pack(b"<2h", 7, 8), struct.pack("<hh", True, False))


class Index:
    def __index__(self):
        return 42


class Floaty:
    def __float__(self):
        return 2.5


print(struct.pack("<i", Index()), struct.pack("<d", Index()), struct.pack("<f", Floaty()), struct.pack("<d", 7))

for args in [("i",), ("i", 1, 2), ("2 i", 1), ("2", 1), ("z", 1), ("<n", 1), ("<P", 1), ("i", 1.5),
             ("i", "7"), ("c", b"ab"), ("c", "a"), ("s", "a"), ("p", 1), ("f", "1.0"), ("d", None),
             ("<f", 1e300), ("<e", 1e10), ("99999999999999999999i",), ("x", 1), ("3x",)]:
    print(args[0])
    attempt(struct.pack, *args)
attempt(struct.calcsize, "i%")
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i", 5)
attempt(struct.unpack_from, "i", b"abc", 1)
attempt(struct.unpack_from, "i", b"abcdef", -9)
attempt(struct.unpack_from, "<h", b"abcdef", -2)
attempt(struct.unpack_from, "<h", b"abcdef", 3)
print(struct.unpack_from("<h", buffer=b"abcdef", offset=1))
attempt(struct.iter_unpack, "", b"")
attempt(struct.iter_unpack, "i", b"abcde")
it = struct.iter_unpack("<h", b"abcdef")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))

buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf)
for args in [(buf, 6, 1), (buf, -2, 1), (buf, -20, 1), (buf,), (), (b"abcdefgh", 0, 1), (buf, 0), (buf, 0, 1, 2)]:
    attempt(struct.pack_into, "i", *args)

s = struct.Struct("<ih3s")
print(s.format, s.size, type(s).__name__, type(s).__module__, struct.error.__module__, struct.error.__name__)
print(s.pack(1, 2, b"abc"), s.unpack(s.pack(1, 2, b"abc")), s.unpack_from(b"..." + s.pack(9, 8, b"x"), 3))
print(list(s.iter_unpack(s.pack(1, 2, b"a") * 3)))
print(struct.Struct(b">q").format, issubclass(struct.error, Exception))
attempt(struct.Struct, 5)
attempt(s.pack, 1)
attempt(s.pack_into, bytearray(9))
attempt(s.pack_into)
struct._clearcache()

# Random formats and values: packed bytes, or the error, and the values read back.
import random
rng = random.Random(11)
for trial in range(300):
    order = rng.choice("@<>=!")
    codes = "cbB?hHiIlLqQfdesp" + ("nNP" if order == "@" else "")
    fmt = order + "".join(rng.choice(["", "", "2", "3"]) + rng.choice(codes) + rng.choice(["", "x", " "])
                          for _ in range(rng.randrange(1, 5)))
    values = []
    for code in fmt:
        if code in "bBhHiIlLqQnNP":
            values.append(rng.choice([0, 1, -1, 127, 255, -129, 65535, 2**31, -2**31, 2**63 - 1, 2**64 - 1, rng.randrange(-300, 300)]))
        elif code in "efd":
            values.append(rng.choice([0.0, -2.5, 1e-5, 1e300, float("inf"), 7, rng.random()]))
        elif code == "?":
            values.append(rng.choice([0, 3, "", "x", None]))
        elif code == "c":
            values.append(rng.choice([b"a", b"", b"ab", "a"]))
        elif code in "sp":
            values.append(rng.choice([b"", b"hello", bytearray(b"xy"), b"a" * 300]))
    repeat = {"2": 2, "3": 3}
    expanded = []
    i = 0
    body = fmt[1:]
    while i < len(body):
        n = 1
        if body[i] in repeat:
            n = repeat[body[i]]
            i += 1
        code = body[i]
        i += 1
        if code in "sp":
            expanded.append(rng.choice([b"", b"hello", b"a" * 300]))
        elif code not in "x ":
            expanded.extend(values[:n] if len(values) >= n else [0] * n)
    try:
        packed = struct.pack(fmt, *expanded)
        back = struct.unpack(fmt, packed)
        print(repr(fmt), packed.hex()[:60], [round(v, 3) if isinstance(v, float) and v == v else v for v in back][:6])
        print("   ", struct.unpack_from(fmt, bytearray(b"\x00" + packed), 1) == back)
    except (struct.error, OverflowError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
