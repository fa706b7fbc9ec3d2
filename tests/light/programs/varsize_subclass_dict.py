# Instances of str, tuple, bytes and int subclasses have a __dict__ (enum's
# StrEnum members set _value_ on a str).
class S(str):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class I(int):
    pass


s = str.__new__(S, "abc")
s._value_ = "abc"
print(s, s._value_, s.__dict__, len(s), s.upper())
t = T((1, 2))
t.z = 3
print(t, t.z, vars(t))
b = B(b"q")
b.w = 4
print(b, b.w)
i = I(10**30)
i.y = 2
print(i, i.y)
s.__dict__ = {"k": 1}
print(s.k, hasattr(s, "_value_"))
del s.k
print(s.__dict__)
for n in range(1000):
    x = S("x" * n)
    x.n = n
print(x.n)


class Slotted(str):
    __slots__ = ()


try:
    Slotted("a").q = 1
except AttributeError as e:
    print(e)
