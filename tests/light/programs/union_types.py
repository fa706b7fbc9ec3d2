# X | Y between classes (PEP 604): types.UnionType.
class A:
    pass


u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__)
print(int | None, None | int, int | int, (int | str) | (str | float))
print(A | list[int], list[int] | None)
print(isinstance(3, u), isinstance(3.0, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    isinstance(1, 3)
except TypeError as e:
    print(e)
