import weakref
for value in (None, False, True, Ellipsis, NotImplemented, 0, 1.5, 2j, "", b"", (), [], {}, object(), range(3), slice(1), bytearray()):
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print(e)
class A: pass
for value in (A(), A, len, lambda: 0, {1}, frozenset(), (x for x in ())):
    print(type(value).__name__, weakref.ref(value)() is value)
