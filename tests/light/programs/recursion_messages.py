# The RecursionError message suffix of each kind of runaway recursion, as CPython 3.11 words it.
import sys
def f(): return f()
class R:
    def __repr__(self): return repr(self)
class I:
    def __init__(self): I()
class G:
    def __getattr__(self, name): return self.missing
class E:
    def __eq__(self, o): return self == o
class S:
    def __str__(self): return str(self)
class H:
    def __hash__(self): return hash(self)
class A:
    def __add__(self, o): return self + o
class P:
    @property
    def x(self): return self.x
class C:
    def __call__(self): return self()
class Gi:
    def __getitem__(self, i): return self[i]
def mk(n): return mk(n + 1) if n < 10**6 else 0
tests = [("f()", lambda: f()), ("repr", lambda: repr(R())), ("init", lambda: I()), ("getattr", lambda: G().y),
         ("eq", lambda: E() == 1), ("str", lambda: str(S())), ("hash", lambda: hash(H())),
         ("add", lambda: A() + 1), ("property", lambda: P().x), ("call", lambda: C()()), 
         ("getitem", lambda: Gi()[0]), ("mk", lambda: mk(0)), ("sorted key", lambda: sorted([1, 2], key=lambda x: f())),
         ("map", lambda: list(map(lambda x: f(), [1]))), ("format", lambda: format(S(), "")),
         ("fstring", lambda: f"{S()}"), ("print", lambda: print(S()))]
for name, t in tests:
    try:
        t()
    except RecursionError as e:
        print(name, "->", e)
