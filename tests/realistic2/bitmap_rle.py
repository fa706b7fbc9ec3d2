# Bitmaps with bytearray and memoryview: draw shapes, render as ASCII, run-length encode/decode, PBM/PGM headers.
class Bitmap:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self.data = bytearray(width * height)

    def set(self, x, y, value=255):
        if 0 <= x < self.width and 0 <= y < self.height:
            self.data[y * self.width + x] = value

    def line(self, x0, y0, x1, y1, value=255):
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.set(x0, y0, value)
            if (x0, y0) == (x1, y1):
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def circle(self, cx, cy, r, value=128):
        x, y, d = r, 0, 1 - r
        while x >= y:
            for px, py in ((x, y), (y, x), (-y, x), (-x, y), (-x, -y), (-y, -x), (y, -x), (x, -y)):
                self.set(cx + px, cy + py, value)
            y += 1
            if d < 0:
                d += 2 * y + 1
            else:
                x -= 1
                d += 2 * (y - x) + 1

    def ascii(self):
        shades = " .:-=+*#%@"
        rows = []
        for y in range(self.height):
            row = self.data[y * self.width:(y + 1) * self.width]
            rows.append("".join(shades[v * (len(shades) - 1) // 255] for v in row))
        return "\n".join(rows)


def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes((run, data[i]))
        i += run
    return bytes(out)


def rle_decode(blob):
    out = bytearray()
    for run, value in zip(blob[::2], blob[1::2]):
        out.extend([value] * run)
    return out


bm = Bitmap(32, 16)
bm.line(0, 0, 31, 15)
bm.line(0, 15, 31, 0, 200)
bm.circle(16, 8, 6)
for x in range(4, 28, 3):
    bm.set(x, 2, 60)
print(bm.ascii())
packed = rle_encode(bm.data)
print("raw", len(bm.data), "rle", len(packed), "ratio %.3f" % (len(packed) / len(bm.data)))
print(packed[:24].hex(" "), packed[:8])
assert rle_decode(packed) == bm.data
print("roundtrip ok", rle_decode(packed) == bm.data, bytes(bm.data[:4]), bm.data.count(0))
header = b"P5\n%d %d\n255\n" % (bm.width, bm.height)
print(header, len(header + bm.data))
stats = bm.width.to_bytes(2, "little") + bm.height.to_bytes(2, "little") + sum(bm.data).to_bytes(4, "little")
print(stats, int.from_bytes(stats[:2], "little"), int.from_bytes(stats[4:], "little"), len(stats))
mv = memoryview(bm.data)
row = mv[16 * 32:17 * 32]
print(bytes(row[:8]), row.nbytes, len(mv), mv[0], row.tobytes().count(b"\x00"))
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba.extend(b"!!")
ba.insert(0, 62)
del ba[-1]
print(ba, ba.upper(), ba.find(b"world"), ba.replace(b"o", b"0"), ba.split(), bytes(reversed(ba[:5])))
print(bytearray(3), bytearray([1, 2, 3]) + b"\x04", bytearray.fromhex("de ad be ef"), ba.decode("ascii").title())
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
print(b"%s=%d (%x)" % (b"key", 255, 255), b"abc" * 2, b"a,b,,c".split(b","), b" x ".strip(), b"AbC".swapcase())
