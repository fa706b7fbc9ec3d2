# Descriptors and metaclasses: registries, validation, __init_subclass__, __class_getitem__.
class Field:
    def __init__(self, kind, *, default=None, check=None):
        self.kind, self.default, self.check = kind, default, check

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
        if self.check and not self.check(value):
            raise ValueError(f"{self.name}={value!r} fails check")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Field {self.name}:{self.kind.__name__}>"


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, *, table=None):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        inherited = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_fields", {}))
        cls._fields = {**inherited, **fields}
        if table:
            mcls.registry[table] = cls
            cls.table = table
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj._id = len(ModelMeta.registry) * 100 + sum(1 for _ in kwargs)
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for name, value in values.items():
            if name not in self._fields:
                raise AttributeError(f"{type(self).__name__} has no field {name!r}")
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"


class User(Model, table="users"):
    name = Field(str)
    age = Field(int, default=0, check=lambda v: 0 <= v < 150)


class Admin(User, table="admins"):
    level = Field(int, default=1)


print(User, Admin, ModelMeta.registry)
u = User(name="ann", age=31)
a = Admin(name="root", level=9)
print(u, a, u._id, a._id, User.name, type(User).__name__)
for bad in [dict(name=3), dict(age=200), dict(email="x")]:
    try:
        User(**bad)
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Plugin:
    plugins = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls)


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Yaml(Json, name="yml"):
    pass


print([(p.__name__, p.plugin_name) for p in Plugin.plugins])


class TypedList(list):
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


print(TypedList[int], TypedList["x"], list[int], dict[str, list[int]], type(list[int]).__name__)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Circle:
    computed = 0

    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        Circle.computed += 1
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, Circle.computed, "area" in vars(c), type(Circle.__dict__["area"]).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v


print(Config(1) is Config(2), Config().v, isinstance(Config, Singleton), Singleton.__mro__)
Dyn = type("Dyn", (Model,), {"x": Field(float, default=0.5)})
print(Dyn, Dyn(x=1.5), Dyn().x, Dyn.__qualname__)


class Validated(type):
    def __prepare__(name, bases, **kw):
        return {"created_by": "prepare"}


class P(metaclass=Validated):
    pass


print(P.created_by, property.__doc__ is None or isinstance(property.__doc__, str))
