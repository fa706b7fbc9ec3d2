# The object model: deallocation order and __del__.
class Node:
    def __init__(self, v): self.v = v
    def __del__(self): print("del", self.v)
a = Node(1); b = Node(2)
del a
print("after del a")
b = None
print("after b=None")
def f():
    n = Node(3)
    return 5
f(); print("after f")
lst = [Node(4), Node(5)]
lst.clear(); print("cleared")
d = {"k": Node(6)}
d["k"] = 0; print("replaced")
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1
x = [Cnt() for _ in range(3)]
print(Cnt.n)
print(repr(1e16), repr(1.0), 1e22, 1.5e-7, float(10**16), 100.0, -0.0, 2.5e-5)
import sys
print(sys.maxsize, type(sys.maxsize))
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class A:
    __slots__ = ("a1", "a2")
class B(A):
    __slots__ = ("b1",)
class C(B):
    pass
c = C(); c.a1 = N("a1"); c.a2 = N("a2"); c.b1 = N("b1"); c.d = N("dict")
del c
print("end")
