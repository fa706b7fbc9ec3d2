# The object model: instances of str, tuple and bytes subclasses with a __dict__.
class S(str):
    pass
s = S("hello"); s.tag = 1
print(s, s.tag, s.upper(), vars(s), len(s), s + "!", isinstance(s, str), hash(s) == hash("hello"))
class T(tuple):
    def total(self): return sum(self)
t = T((1, 2, 3)); t.label = "x"
print(t, t.label, t.total(), t[1:], t.__dict__, type(t).__name__)
class B(bytes): pass
b = B(b"ab"); b.x = 2; print(b, b.x, b + b"c")
class Deep(S): pass
d = Deep("x"); d.y = 5; print(d.y, d.__dict__, d * 2)
class N(T):
    __slots__ = ()
n = N((4,)); n.z = 1; print(n.z)
class Color(str):
    def __new__(cls, v):
        o = super().__new__(cls, v)
        o._value_ = v.upper()
        return o
c = Color("red"); print(c, c._value_, c == "red")
del d, s, t, b, n, c
print("ok")
