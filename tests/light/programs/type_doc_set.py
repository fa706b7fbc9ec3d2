# A class's __doc__ can be set (dataclasses writes the signature there).
class C:
    pass


print(C.__doc__)
C.__doc__ = "C(x)"
print(C.__doc__)
try:
    del C.__doc__
except TypeError as e:
    print(e)
try:
    int.__doc__ = "y"
except TypeError as e:
    print(e)
