# object.__reduce_ex__ / __reduce__ / __getstate__ and copy built on them.
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"


class S:
    __slots__ = ("a", "b")


class L(list):
    pass


class N:
    def __getnewargs__(self):
        return (1, 2)

    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)


p = P(1, [2])
r = p.__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2], r[3], r[4])
print(P.__getstate__(P.__new__(P)))
s = S()
s.a = 1
print(s.__getstate__())
q = copy.copy(p)
print(q, q is p, q.y is p.y)
d = copy.deepcopy(p)
print(d, d.y is p.y)
c = copy.copy(s)
print(c.a, hasattr(c, "b"))
l2 = copy.copy(L([1, 2]))
print(type(l2).__name__, l2)
n2 = copy.copy(N())
print(type(n2).__name__)
print(object.__reduce_ex__ is object.__reduce_ex__, type(object.__reduce_ex__).__name__)
try:
    p.__reduce_ex__("x")
except TypeError as e:
    print(e)
