# The object model: CPython's exception messages for the built-in types.
class S:
    def __str__(self): return "str!"
class R:
    def __repr__(self): return "repr!"
print(str(S())[:3], repr(R()), str(R()), f"{R()}", [R()], "%s %r" % (R(), R()))
class Eq:
    def __eq__(self, o): return NotImplemented
print(Eq() == Eq(), Eq() != 1, Eq.__hash__)
class H(Eq):
    __hash__ = object.__hash__
print(type(hash(H())).__name__)
class Sub(dict): pass
s = Sub(a=1); s["b"] = 2; print(s, type(s).__name__, isinstance(s, dict), len(s))
class Miss(dict):
    def __missing__(self, k): return k * 2
print(Miss()["ab"], Miss().get("x"))
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4); print(l, l.total(), type(l[1:]).__name__, l == [1, 2, 3, 4])
class I(int):
    def double(self): return self * 2
i = I(21); print(i, i.double(), type(i + 1).__name__, I("7"), isinstance(i, int), repr(i))
class Str2(str):
    def shout(self): return self.upper() + "!"
print(Str2("hi").shout(), Str2("a") + "b", type(Str2("a") + "b").__name__, len(Str2("abc")))
class T(tuple):
    __slots__ = ()
    def first(self): return self[0]
print(T((1, 2)).first(), T([3]), type(T((1,))).__name__)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1, 2, 3])))
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()])
try: sorted([1, "a"])
except TypeError as e: print(e)
try: {}[(1, 2)]
except KeyError as e: print(repr(e), str(e))
try: int("12x")
except ValueError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
try: [].index(5)
except ValueError as e: print(e)
try: (1, 2).index(5)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: {1: 2}.pop(3)
except KeyError as e: print(repr(e))
try: set().pop()
except KeyError as e: print(e)
try: None.x
except AttributeError as e: print(e)
try: (1).x = 2
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: (lambda: 5)()()
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next([])
except TypeError as e: print(e)
try: hash({})
except TypeError as e: print(e)
try: "a" + 1
except TypeError as e: print(e)
try: [1][5]
except IndexError as e: print(e)
try: "x"[9]
except IndexError as e: print(e)
try: del [1][3]
except IndexError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: 1 / 0.0
except ZeroDivisionError as e: print(e)
try: {}.update(5)
except TypeError as e: print(e)
try: dict([1])
except TypeError as e: print(e)
try: tuple(5)
except TypeError as e: print(e)
try: chr("a")
except TypeError as e: print(e)
try: "{0}".format()
except IndexError as e: print(e)
try: abs("x")
except TypeError as e: print(e)
try: max()
except TypeError as e: print(e)
try: min([])
except ValueError as e: print(e)
print(type(NotImplemented).__name__, repr(...), repr(NotImplemented), type(None)(), bool(), int(), float(), str(), list(), dict(), set(), tuple(), frozenset())
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__mro__, isinstance(eg, Exception))
b = BaseExceptionGroup('m', [ValueError(1)]); print(type(b).__name__)
b = BaseExceptionGroup('m', [KeyboardInterrupt()]); print(type(b).__name__, str(b))
try: ExceptionGroup('m', [])
except ValueError as e: print(e)
try: ExceptionGroup('m', [KeyboardInterrupt()])
except TypeError as e: print(e)
try: ExceptionGroup(1, [])
except TypeError as e: print(e)
try: ExceptionGroup('m', 5)
except TypeError as e: print(e)
