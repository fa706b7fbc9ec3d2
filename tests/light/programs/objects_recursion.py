# The object model: which check reports RecursionError (its message suffix) along native paths, as CPython 3.11.
def run(f):
    try: f()
    except RecursionError as e: print("RecursionError:", e)
def deep(n=0): return deep(n + 1)
run(deep)
class Eq:
    def __eq__(self, o): return self == o
run(lambda: Eq() == Eq())
class Init:
    def __init__(self): Init()
run(Init)
class Call:
    def __call__(self): return self()
run(Call())
class R:
    def __repr__(self): return repr(self)
run(lambda: repr(R()))
class S:
    def __str__(self): return str(self)
run(lambda: str(S()))
def viamap(x=0): return list(map(viamap, [x]))
run(viamap)
def viasorted(x=0): return sorted([1], key=viasorted)
run(viasorted)
class G:
    def __getattr__(self, n): return self.missing
run(lambda: G().x)
class L:
    def __len__(self): return len(self)
run(lambda: len(L()))
class H:
    def __hash__(self): return hash(self)
run(lambda: hash(H()))
def run2(name, f):
    try: f()
    except RecursionError as e: print(name, "->", str(e)[33:] or "plain")
class S:
    def __str__(self): return str(self)
run2("str", lambda: str(S()))
class I:
    def __index__(self): return int(self)
    def __int__(self): return int(self)
run2("int", lambda: int(I()))
class F:
    def __float__(self): return float(self)
run2("float", lambda: float(F()))
class T:
    def __iter__(self): return iter(tuple(self))
run2("tuple", lambda: tuple(T()))
class Li:
    def __iter__(self): return iter(list(self))
run2("list", lambda: list(Li()))
class B:
    def __bool__(self): return bool(self)
run2("bool", lambda: bool(B()))
class D:
    def keys(self): return dict(self).keys()
    def __getitem__(self, k): return 1
run2("dict", lambda: dict(D()))
class St:
    def __iter__(self): return iter(set(self))
run2("set", lambda: set(St()))
class E:
    def __iter__(self): return iter(list(enumerate(self)))
run2("enumerate", lambda: list(enumerate(E())))
class Rg:
    def __index__(self): return range(self)[0] if False else len(range(self))
run2("range", lambda: range(Rg()))
class U:
    def __init__(self): U()
run2("user class", U)
class Fs:
    def __iter__(self): return iter(frozenset(self))
run2("frozenset", lambda: frozenset(Fs()))
class By:
    def __bytes__(self): return bytes(self)
run2("bytes", lambda: bytes(By()))
