import sys
def f():
    x = 1
    class C:
        y = x
        x = 2
        def get(self):
            return x, __class__.__name__
    return C
C = f()
print(C.y, C.x, C().get())
def g():
    try:
        raise ValueError("a")
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
print(h())
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def gen():
    try:
        yield 1
    except ZeroDivisionError:
        print("in gen", sys.exc_info()[0].__name__)
        yield 2
it = gen()
next(it)
try:
    1 / 0
except ZeroDivisionError as e:
    print(it.throw(e))
e = "unchanged"
try:
    raise OSError("x")
except OSError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(type(lambda: 0).__name__, (lambda: 0).__qualname__)
class A:
    def __init__(self):
        self.__private = 1
    def peek(self):
        return self.__private
print(A().peek(), A()._A__private)
print([(i, j) for i in range(3) for j in range(i)])
x = [1, 2, 3]
x[1:2] = []
print(x, x.pop(), x)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, 2 ** 100, (-2) ** 3, 10 ** 20 // 3)
print(0.1 + 0.2, 1e300 * 1e10, -0.0, float("nan"), 3 * 1.5, 7 / 7)
print(int("42") + int(3.9), float("1.5"), str(12), repr("a'b"), ascii("é"))
print(min([3, 1, 2]), max("abc"), sum([0.5] * 4), abs(-2.5), round(3.14159, 2), round(2.675, 2))
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
print(*range(3), sep=", ", end="!\n")
print(bool(None), None == 0, "" or "x", [] or {} or 0)
print(sorted(["b", "A", "c"], key=str.lower), "ab" < "b", (1, 2) < (1, 3))
print(isinstance(3, (str, int)), issubclass(bool, int), callable(len), hasattr(A, "peek"))
print(list(enumerate("ab", 1)), dict(zip("xy", [1, 2])), list(map(lambda v: v * v, range(4))))
print(chr(0x1F600), len("日本語"), "日本語"[1], "x".join("abc"), "a,b,,c".split(","))
print(hash(1) == hash(1.0), {1: "a", 1.0: "b"}, {True: 1, 1: 2})
s = {3, 1, 2}
s.add(10)
s.discard(1)
print(s, frozenset([1, 2]) | {3}, {1, 2} & {2, 3}, {1, 2} ^ {2, 3})
