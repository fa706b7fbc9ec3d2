x = 1
def f(a):
    b = 2
    return sorted(dir()), sorted(locals())
print(f(1))
print([n for n in dir() if not n.startswith("__")])
class C:
    y = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
print(vars(C)["y"], globals()["x"])
import sys
class A:
    z = 1
    def m(self): pass
print([n for n in dir(A) if not n.startswith("_")], [n for n in dir(A()) if not n.startswith("_")], "path" in dir(sys), len(dir(1)) > 10)
