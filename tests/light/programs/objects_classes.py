# The object model: operators, properties, descriptors, metaclasses, exceptions, attribute hooks.
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(self.x + o, self.y + o)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __bool__(self): return bool(self.x or self.y)
    def __contains__(self, v): return v in (self.x, self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, 1 + a, a * 2, 3 * a, -a, a == V(1, 2), a != b, a < b, b > a, sorted([b, a]), len(a), a[1], list(a), bool(V(0, 0)), 2 in a)
try: a + "s"
except TypeError as e: print(e)
try: a < 3
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def make(cls): return cls()
t = Temp.make(); t.c = 5; print(t.c, Temp.s(4), t.s(5), type(Temp.__dict__["c"]).__name__)
try: t.c = -300
except ValueError as e: print("ValueError:", e)
try: del t.c
except AttributeError as e: print(e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag
class Child(Base, tag="c"): pass
print(Child.tag, Child.__mro__, Child.__name__, Child.__qualname__, Child.__module__, Child.__bases__)
class Meta(type):
    def __new__(m, name, bases, ns): ns["added"] = 1; return super().__new__(m, name, bases, ns)
class WithMeta(metaclass=Meta): pass
print(WithMeta.added, type(WithMeta).__name__, isinstance(WithMeta, Meta), repr(WithMeta))
class E(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try: raise E(3)
except Exception as e: print(repr(e), str(e), e.args, e.code, isinstance(e, E))
try:
    try: 1 / 0
    except ZeroDivisionError as z: raise KeyError("k") from z
except KeyError as k: print(repr(k), repr(k.__cause__), k.__suppress_context__)
try: {}["missing"]
except KeyError as e: print(e, repr(e))
try: getattr(object(), "nope")
except AttributeError as e: print(e, e.name)
try: undefined_name
except NameError as e: print(e, e.name)
class P:
    def __getattr__(self, n): return n.upper()
print(P().hello, getattr(P(), "x"), hasattr(P(), "anything"))
class D:
    def __get__(self, o, t): return ("get", o is None)
    def __set__(self, o, v): print("set", v)
class H: d = D()
h = H(); h.d = 5; print(h.d, H.d)
print(type(3), type("s"), type(None), type(type), type(object), object.__class__, int.__name__, str.__mro__, repr(int), repr(object()).startswith("<object object at 0x"))
print(V.__dict__["x"], V.x.__name__, [k for k in vars(Temp) if not k.startswith("__")], Temp.__doc__)
