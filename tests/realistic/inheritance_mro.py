"""Class hierarchies: super() chains, diamond MRO, mixins, classmethods and class attributes."""


class Base:
    registry = []

    def __init__(self, name, **kwargs):
        self.name = name
        self.trace = [f"Base({name})"]
        super().__init__(**kwargs)

    def describe(self):
        return f"{self.name}"

    @classmethod
    def create(cls, *args, **kwargs):
        obj = cls(*args, **kwargs)
        cls.registry.append(obj)
        return obj

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class JsonMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_") and k != "trace"}


class LoggedMixin:
    def __init__(self, *, level="info", **kwargs):
        self.level = level
        super().__init__(**kwargs)

    def describe(self):
        return f"[{self.level}] " + super().describe()


class Animal(Base):
    sound = "..."

    def __init__(self, name, legs=4, **kwargs):
        super().__init__(name, **kwargs)
        self.legs = legs
        self.trace.append(f"Animal(legs={legs})")

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return super().describe() + f" with {self.legs} legs"


class Dog(LoggedMixin, JsonMixin, Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"

    def __init__(self, name, can_fly=True, **kwargs):
        super().__init__(name, legs=2, **kwargs)
        self.can_fly = can_fly

    def describe(self):
        return super().describe() + (" (flies)" if self.can_fly else " (walks)")


class Penguin(Bird):
    sound = "squawk"

    def __init__(self, name):
        super().__init__(name, can_fly=False)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


d = Dog.create("rex", level="debug")
print(d, d.speak(), d.describe(), d.to_dict(), d.trace)
print([k.__name__ for k in Dog.__mro__])
p = Penguin.create("pingu")
print(p.speak(), "|", p.describe(), "|", p.legs, Base.registry, Penguin.registry is Base.registry)
print(D().who(), [k.__name__ for k in D.mro()], D.__bases__, B.__subclasses__())
print(isinstance(p, Animal), issubclass(Penguin, Bird), issubclass(Dog, (Bird, JsonMixin)), type(p).__base__)
print(super(B, D()).who(), super(Penguin, p).describe())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Dog("x", color="brown")
except TypeError as e:
    print("TypeError:", e)


class Shape:
    count = 0

    def __init__(self):
        Shape.count += 1
        type(self).instances = getattr(type(self), "instances", 0) + 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")


class Sq(Shape):
    def __init__(self, s):
        super().__init__()
        self.s = s

    def area(self):
        return self.s ** 2


class Blob(Shape):
    pass


shapes = [Sq(2), Sq(3), Blob()]
for s in shapes:
    try:
        print(type(s).__name__, s.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(Shape.count, Sq.instances, Blob.instances, "instances" in Shape.__dict__, vars(Sq(1)))
print(Dog.__init__ is LoggedMixin.__init__, Dog.describe.__qualname__, Penguin.__init__.__qualname__)
print(object.__subclasshook__(int) if False else None, A.__dict__["who"].__name__, callable(A.who), dir(A())[-1])
