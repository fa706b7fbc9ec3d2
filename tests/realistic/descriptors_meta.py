"""Properties, descriptors, __slots__, metaclasses and __init_subclass__."""


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Product:
    name = Typed(str, "unnamed")
    price = Positive((int, float).__class__ and float)
    qty = Positive(int)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    @property
    def total(self):
        return self.price * self.qty

    @total.setter
    def total(self, value):
        self.price = value / self.qty

    @total.deleter
    def total(self):
        print("cannot really delete total")


class Registered(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        cls.created_by = mcls.__name__
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.serial = len(Registered.registry) * 100 + id(obj) % 1
        return obj

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"


class Plugin(metaclass=Registered):
    def run(self):
        return f"{type(self).__name__} running"


class Compress(Plugin):
    pass


class Encrypt(Plugin):
    pass


class Base:
    subclasses = []

    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = prefix + cls.__name__.lower()
        Base.subclasses.append(cls.tag)


class Alpha(Base, prefix="x-"):
    pass


class Beta(Alpha):
    pass


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)


p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, p.total)
p.total = 20
print(p.price, vars(p))
del p.total
for attr, value in [("qty", 0), ("qty", "many"), ("price", 3), ("name", 5)]:
    try:
        setattr(p, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Product.name.__class__.__name__, Product.qty.name, type(Product.total))
print(Registered.registry, Compress().run(), Encrypt.created_by, Plugin, type(Compress))
print(Base.subclasses, Beta.tag, Alpha.tag)
pt = Point3(1, 2)
pt.z = 3
print(pt.x, pt.y, pt.z, hasattr(pt, "__dict__"), Point.__slots__, Point3.__slots__)
try:
    pt.w = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1, 2).__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__, Point.x.__name__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print(f"preparing {name}")
        return {"injected": 42}


class WithPrepare(metaclass=Meta):
    a = 1
print(WithPrepare.injected, WithPrepare.a, type(WithPrepare).__name__, isinstance(WithPrepare, Meta))
Dyn = type("Dyn", (Point,), {"__slots__": (), "norm": lambda self: abs(self.x) + abs(self.y)})
print(Dyn(3, -4).norm(), Dyn.__mro__, Dyn.__name__, Dyn.__qualname__)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


print(Lazy().auto_thing, getattr(Lazy(), "missing", "default"))
try:
    Lazy().missing
except AttributeError as e:
    print(e)
