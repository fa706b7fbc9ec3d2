class E(Exception): pass
class L(list): pass
class D(dict):
    def __new__(cls, *a): return dict.__new__(cls)
for call in (lambda: object.__new__(int), lambda: object.__new__(L), lambda: int.__new__(L), lambda: list.__new__(L),
             lambda: Exception.__new__(E), lambda: object.__new__(E), lambda: BaseException.__new__(E, 1), lambda: D(), lambda: dict.__new__(D),
             lambda: tuple.__new__(tuple, [1]), lambda: int.__new__(bool), lambda: object.__new__(type)):
    try:
        r = call()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)
