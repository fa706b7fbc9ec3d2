"""Function signatures: positional-only, keyword-only, defaults, *args/**kwargs and the errors of bad calls."""


def connect(host, port=5432, /, user="admin", *, timeout=10, retries=3, **options):
    return f"{user}@{host}:{port} timeout={timeout} retries={retries} options={sorted(options.items())}"


def log(message, *args, level="INFO", **extra):
    text = message % args if args else message
    tags = " ".join(f"{k}={v}" for k, v in extra.items())
    return f"[{level}] {text} {tags}".rstrip()


def total(*numbers, start=0):
    return sum(numbers, start)


def point(x, y, z=0):
    return (x, y, z)


class Api:
    def get(self, path, /, **params):
        return f"GET {path} {params}"

    @classmethod
    def build(cls, *parts):
        return cls.__name__ + ":" + "/".join(parts)

    @staticmethod
    def version(major, minor=0):
        return f"v{major}.{minor}"


print(connect("db"))
print(connect("db", 6543, "root", timeout=5, ssl=True, app="x"))
print(connect("db", user="guest", retries=0))
print(log("hello"), "|", log("%s has %d items", "cart", 3, level="DEBUG", user="ann", id=7))
print(total(), total(1, 2, 3), total(1.5, 2.5, start=10), total(*range(5)), total(*[1, 2], *(3, 4)))
args, kwargs = (1, 2), {"z": 3}
print(point(*args, **kwargs), point(**{"x": 1, "y": 2}), point(1, *[2], **{}))
print(Api().get("/items", page=2), Api.build("a", "b"), Api.version(3), Api().version(1, 2))
bad_calls = [
    lambda: connect(),
    lambda: connect(host="db"),
    lambda: connect("db", 1, "u", 5),
    lambda: connect("db", timeout=1, timeout2=2, **{"timeout": 3}),
    lambda: point(1),
    lambda: point(1, 2, 3, 4),
    lambda: point(1, 2, x=5),
    lambda: point(1, 2, w=5),
    lambda: log(),
    lambda: total(1, start=2, end=3),
    lambda: Api.version(),
    lambda: Api().get(),
    lambda: Api().get(path="/x"),
    lambda: len(1, 2),
    lambda: len(),
    lambda: int("5", base=10, extra=1),
    lambda: sorted([3, 1], lambda x: x),
    lambda: "abc".split(",", 1, 2),
    lambda: dict(1, 2),
    lambda: (lambda a, *, b: 0)(1, 2),
    lambda: (lambda: 0)(1),
    lambda: point(*5),
    lambda: point(**[1]),
    lambda: max(),
    lambda: divmod(1),
    lambda: getattr(1),
    lambda: isinstance(1, "int"),
    lambda: print(sep=5),
]
for call in bad_calls:
    try:
        call()
        print("no error?")
    except TypeError as e:
        print("TypeError:", e)
import inspect
print(inspect.signature(connect), inspect.signature(log), inspect.signature(Api.get))
print(connect.__defaults__, connect.__kwdefaults__, connect.__code__.co_argcount, connect.__code__.co_posonlyargcount,
      connect.__code__.co_kwonlyargcount, connect.__code__.co_varnames[:6])
