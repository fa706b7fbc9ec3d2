class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def greet(self):
        return "hi " + self.name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def util(x):
        return x * 2
class Child(Base):
    def greet(self):
        return super().greet() + "!"
    def __eq__(self, other):
        return isinstance(other, Child) and self.name == other.name
    __hash__ = None
c = Child("bob")
print(c, c.greet(), c.upper, Child.make("x"), Base.util(4), Base.count)
print(Child.__mro__, Child.__name__, Child.__qualname__, c.__dict__)
print(c == Child("bob"), c != Child("al"), isinstance(c, Base), issubclass(Child, Base))
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
v = Vec(1, 2) + Vec(3, 4)
print(v, len(v), v[0], list(v))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as cx:
    raise ValueError("boom")
print("after with")
class A:
    def __getattr__(self, name):
        return name * 2
print(A().foo)
try:
    Base("z").missing
except AttributeError as e:
    print("AttributeError:", e)
