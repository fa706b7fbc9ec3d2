# The object model: slots re-pointed after class changes, metaclass hooks, generic aliases.
class C:
    pass
c = C()
try: c + 1
except TypeError as e: print(e)
C.__add__ = lambda self, o: ("added", o)
print(c + 1)
C.__repr__ = lambda self: "C!"
print(repr(c), [c])
del C.__add__
try: c + 1
except TypeError as e: print(e)
class D(C): pass
C.__len__ = lambda self: 7
print(len(D()))
C.x = 5; print(D().x); del C.x
print(hasattr(D(), "x"))
l = []
for i in range(100): l = [l]
print(str(l)[:20])
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as e: print("RecursionError", e)
class Rec:
    def __repr__(self): return repr(self)
try: repr(Rec())
except RecursionError as e: print("RecursionError", e)
import sys
print(sys.getrecursionlimit())
class Meta(type):
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __getitem__(cls, item): return f"{cls.__name__}[{item}]"
    def __len__(cls): return 42
    def __repr__(cls): return f"<Meta {cls.__name__}>"
class W(metaclass=Meta):
    def __init__(self, v=0): self.v = v
w = W(3, ); print(w.v, W[int], len(W), repr(W), W)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int], list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(5)), Ordered(1) > Ordered(0))
class Abstract:
    __abstractmethods__ = frozenset({"run", "stop"})
Abstract.__abstractmethods__ = frozenset({"run", "stop"})
try: Abstract()
except TypeError as e: print(e)
print(int.__dict__["bit_length"], type(int.__dict__), str.upper, object.__init__, object.__new__ is object.__new__)
print(vars(C)["__module__"], C.__dict__["__module__"], "__dict__" in C.__dict__, C.__dict__.get("nope"))
