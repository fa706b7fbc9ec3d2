"""Attribute hooks in a settings system: __getattribute__, __setattr__, __delattr__, __missing__, __dir__."""
import functools
import operator


class Settings:
    _defaults = {"theme": "light", "font_size": 12, "autosave": True}

    def __init__(self, **overrides):
        object.__setattr__(self, "_values", dict(self._defaults))
        object.__setattr__(self, "_changes", [])
        for k, v in overrides.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting named {name!r}") from None

    def __setattr__(self, name, value):
        if name not in self._defaults:
            raise AttributeError(f"cannot add setting {name!r}")
        expected = type(self._defaults[name])
        if not isinstance(value, expected):
            raise TypeError(f"{name} must be {expected.__name__}, got {type(value).__name__}")
        self._changes.append((name, self._values[name], value))
        self._values[name] = value

    def __delattr__(self, name):
        if name not in self._values:
            raise AttributeError(name)
        self._values[name] = self._defaults[name]
        self._changes.append((name, "reset", self._defaults[name]))

    def __dir__(self):
        return sorted(self._defaults) + ["reset_all"]

    def __repr__(self):
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in sorted(self._values.items())) + ")"


class Audited:
    def __init__(self):
        self.reads = []
        self.value = 1

    def __getattribute__(self, name):
        if not name.startswith("_") and name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.value * 2


class DefaultDict(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value


s = Settings(theme="dark")
s.font_size = 14
print(s, s.theme, s.font_size, s.autosave)
for action in [lambda: setattr(s, "color", "red"), lambda: setattr(s, "font_size", "big"), lambda: s.missing,
               lambda: delattr(s, "nothing")]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del s.theme
print(s, s._changes, dir(s), hasattr(s, "theme"), hasattr(s, "zoom"), getattr(s, "zoom", "n/a"))
a = Audited()
print(a.double(), a.value, a.reads)
d = DefaultDict(a=1)
print(d["hello"], d["a"], d, d.get("zzz"), "zzz" in d)


class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h


class Square(Shape):
    pass


sh = Shape(2, 3)
sh.__class__ = Square
print(type(sh).__name__, isinstance(sh, Square), vars(sh))


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register(str)
@describe.register(bytes)
def _(x):
    return f"text {x!r}"


print(describe(5), describe([1, "a", 2.5]), describe(b"x"), describe(None), describe(True))
print(sorted(t.__name__ for t in describe.registry), describe.dispatch(bool).__name__)


class Item:
    def __init__(self, name, meta):
        self.name, self.meta = name, meta


class Meta:
    def __init__(self, prio):
        self.prio = prio


items = [Item("b", Meta(2)), Item("a", Meta(3)), Item("c", Meta(1))]
print([i.name for i in sorted(items, key=operator.attrgetter("meta.prio"))], operator.attrgetter("name", "meta.prio")(items[0]))
print(functools.reduce(lambda acc, i: acc + i.meta.prio, items, 0), functools.reduce(operator.mul, range(1, 6)))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


class Base:
    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, v):
        self._size = v


class Bounded(Base):
    @Base.size.setter
    def size(self, v):
        if v < 0:
            raise ValueError("negative size")
        Base.size.fset(self, v)


b = Bounded()
b.size = 5
print(b.size, type(Bounded.size).__name__, Bounded.size.fget is Base.size.fget)
try:
    b.size = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Base().size
except AttributeError as e:
    print("AttributeError:", e)
