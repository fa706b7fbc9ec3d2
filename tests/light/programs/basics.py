print(1 + 2)
x = 10
y = x * 3 - 4 // 3 % 5
print(x, y, -x, ~x, x ** 2, 7 / 2, 7 // -2, -7 % 3, 1 << 70, (1 << 70) >> 68)
s = "hello"
print(s + " world", s[1], s[-1], s[1:3], len(s), s * 2)
l = [1, 2, 3]
l.append(4)
l[0] = 10
print(l, l[1:], sum(l), max(l), min(l), sorted(l, reverse=True))
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], "a" in d, "z" not in d, list(d.items()))
t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[::-1])
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0, None is None, [] == [])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("loop", i)
else:
    print("no break")
for i in range(3):
    pass
else:
    print("for else", i)
print(f"{x} {y!r} {s:>8} {3.14159:.2f} {x:05d} {'q'!r}")
print(True and 5, 0 or "default", not 0, 3 if x > 5 else 4)
print(abs(-3), round(2.5), divmod(7, 2), hex(255), bin(5), chr(65), ord("a"))
n = None
print(n, type(n), type(1), type("s"), isinstance(1, int))
del d["a"]
print(d)
g = 5
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
print({1, 2, 3} | {4}, {x: x * x for x in range(4)}, [x for x in range(10) if x % 3 == 0])
print(type(x for x in range(3)).__name__, list(x * 2 for x in range(3)))
print(*[1, 2, 3], sep="-")
