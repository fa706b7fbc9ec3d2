# array: typecodes, range checks and their messages, bytes, sequence operations, reprs.
from array import array, typecodes

print(typecodes, [array(c).itemsize for c in typecodes])
for c, big, small in [("b", 128, -129), ("B", 256, -1), ("h", 1 << 15, -(1 << 15) - 1), ("H", 1 << 16, -1),
                      ("i", 1 << 31, -(1 << 31) - 1), ("I", 1 << 32, -1), ("l", 1 << 63, -(1 << 63) - 1),
                      ("L", 1 << 64, -1), ("q", 1 << 63, -(1 << 63) - 1), ("Q", 1 << 64, -1)]:
    for v in (big, small):
        try:
            array(c, [v])
        except OverflowError as e:
            print(c, v > 0, e)
    print(array(c, [big - 1, small + 1]).tobytes().hex())
bad_calls = [lambda: array(3), lambda: array("x"), lambda: array("i", [1.5]), lambda: array("d", ["x"]),
             lambda: array("i", "ab"), lambda: array("u", [1]), lambda: array("i").pop(),
             lambda: array("i", [1]).pop(5), lambda: array("i", [1])[3], lambda: array("i").remove(1),
             lambda: array("i").index(1), lambda: array("i") + [1], lambda: array("i").extend(array("d")),
             lambda: array("i").frombytes(b"abc"), lambda: array("i").fromlist((1,)),
             lambda: array("i", [1, 2]).__setitem__(slice(0, 1), [3]), lambda: array("i", [1]).tounicode(),
             lambda: array("i", [1]).__setitem__(0, "x")]
for bad in bad_calls:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
a = array("i", range(5))
a.append(10)
a.extend([7, 8])
a.insert(0, -1)
print(a, len(a), a[0], a[-1], a[2:4], a.tolist(), a.count(7), a.index(10), 3 in a, a.pop(), a.pop(0))
a[1] = 42
del a[0]
a.remove(42)
a.reverse()
print(a, a * 2, 2 * a, a + array("i", [1]), a == array("i", a.tolist()), a < array("i", [100]))
b = array("h", [1, -2, 300])
print(b.tobytes(), array("h", b.tobytes()), b.buffer_info()[1], list(b), sum(b))
b.byteswap()
print(b)
f = array("f", [0.1, 1e300, -2.5, 1e-45, 0.0, -0.0])
d = array("d", [0.1, -1.5e-310, float("inf")])
print(f, f.tobytes().hex(), array("f", f.tobytes()))
print(d, d.tobytes().hex(), array("d", d.tobytes()))
u = array("u", "héllo")
print(u, u.tounicode(), u.tobytes().hex(), array("u"), array("B", b"ab"), array("b", [1]) == array("d", [1.0]))
a = array("B", [1, 2, 3])
a[1:2] = array("B", [9, 9])
a += array("B", [4])
a *= 2
print(a, array("q", [1 << 62]), array("Q", [(1 << 64) - 1]), repr(array("d")))
