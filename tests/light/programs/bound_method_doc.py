# A bound method's __doc__ is its function's (namedtuple's _make sets it through __func__).
from collections import namedtuple
class A:
    def m(self):
        "instance doc"
    @classmethod
    def c(cls):
        "class doc"
    def bare(self):
        pass
P = namedtuple("P", "x y")
print(A().m.__doc__, A.c.__doc__, A().bare.__doc__, P._make.__doc__, P.__new__.__doc__)
