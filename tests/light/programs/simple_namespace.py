# types.SimpleNamespace, reached as the type of sys.implementation.
import sys

SimpleNamespace = type(sys.implementation)
print(SimpleNamespace.__name__, SimpleNamespace.__module__)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.hexversion)
print(SimpleNamespace(b=1, a=2))
n = SimpleNamespace()
n.self = n
print(n)


class S(SimpleNamespace):
    pass


s = S(x=1)
s.y = [s]
print(s, vars(s) is s.__dict__)
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
try:
    SimpleNamespace(1)
except TypeError as e:
    print(e)
del s.x
print(s.__dict__.keys())
