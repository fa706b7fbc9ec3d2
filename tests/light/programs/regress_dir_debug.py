print(__debug__)
x = 1
print([n for n in dir() if not n.startswith("__")], "__name__" in dir())


def f(a, b=2):
    c = 3
    return dir()


class C:
    y = 1
    print([n for n in dir() if not n.startswith("__")])


print(f(1), dir(C)[-1], dir([])[-1])
try:
    dir(1, 2)
except TypeError as e:
    print(e)
