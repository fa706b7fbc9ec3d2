import sys
def contextmanager(func):
    class Helper:
        def __init__(self, gen):
            self.gen = gen
        def __enter__(self):
            return next(self.gen)
        def __exit__(self, typ, val, tb):
            if typ is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            try:
                self.gen.throw(val)
            except StopIteration as exc:
                return exc is not val
            except BaseException as exc:
                if exc is not val:
                    raise
                return False
            return True
    def wrapper(*args, **kwargs):
        return Helper(func(*args, **kwargs))
    return wrapper
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("oops")
def simple_dataclass(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        for name, value in zip(fields, args):
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    return cls
@simple_dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), Point.__annotations__)
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(n):
    return f"hi{n}"
print(hi(1))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=1):
        self.v = v
print(Config(5) is Config(), Config().v)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return self.rows == o.rows
    def __bool__(self):
        return any(any(r) for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m[1, 0], bool(Matrix([[0]])), m == Matrix([[1, 2], [3, 4]]))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)), 3 in Countdown(5))
class Base:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Base.registry.append(cls.__name__)
class A(Base, key="a"): pass
class B(A, key="b"): pass
print(Base.registry, A.key, B.key, B.__mro__[1].__name__)
print(sorted(["banana", "Apple", "cherry"], key=lambda s: (len(s), s.lower())))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
stack = [[1, [2, [3, [4]]]]]
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten(stack)))
print("%s is %d years and %.1f%%" % ("Bob", 30, 99.5), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print(sys.getrecursionlimit(), sys.maxsize, sys.version_info[:2], sys.platform)
