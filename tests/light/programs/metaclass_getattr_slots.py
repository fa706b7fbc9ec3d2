# A metaclass with __getattr__ still finds class attributes through the
# class's MRO first; a slot wrapper assigned under another dunder's name
# (int.__repr__ as __str__, as enum's IntEnum does) keeps its own meaning.
class Meta(type):
    def __getattr__(cls, name):
        return f"meta __getattr__({name})"

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def describe(cls):
        return "Meta.describe"


class Base:
    def describe(self):
        return "Base.describe"

    def _missing_(self):
        return "Base._missing_"


class C(Base, metaclass=Meta):
    pass


print(C.describe.__qualname__, C._missing_.__qualname__, C.__repr__.__qualname__, C.nothing, repr(C))


class A(int):
    def __repr__(self):
        return "X"


print(int.__repr__(A(1)))


class B(int):
    pass


B.__str__ = int.__repr__
B.__repr__ = lambda self: "Y"
print(str(B(2)), repr(B(2)), f"{B(2)}")


class D(int):
    __str__ = int.__repr__

    def __repr__(self):
        return "Z"


print(str(D(3)), [D(3)])
