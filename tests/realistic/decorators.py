"""A library of decorators: counting, memoizing, validating, registering, retrying."""
import functools
import inspect

REGISTRY = {}


def register(name=None):
    def deco(func):
        REGISTRY[name or func.__name__] = func
        return func
    return deco


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def validate(**checks):
    def deco(func):
        sig = inspect.signature(func)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            for name, check in checks.items():
                value = bound.arguments[name]
                if not check(value):
                    raise ValueError(f"{func.__name__}: bad {name}={value!r}")
            return func(*args, **kwargs)
        return wrapper
    return deco


def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ConnectionError as e:
                    print(f"  attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return deco


class trace:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.depth = 0

    def __call__(self, *args):
        print(f"{'  ' * self.depth}-> {self.func.__name__}{args}")
        self.depth += 1
        result = self.func(*args)
        self.depth -= 1
        print(f"{'  ' * self.depth}<- {result}")
        return result


@register()
@counted
@memoize
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@register("area")
@validate(w=lambda v: v > 0, h=lambda v: v > 0)
def rectangle_area(w, h=1):
    return w * h


failures = iter([True, True, False])


@retry(3)
def flaky():
    if next(failures):
        raise ConnectionError("timeout")
    return "ok"


@trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(fib(30), fib.calls, len(fib.cache), fib.__name__, fib.__doc__)
print(sorted(REGISTRY), REGISTRY["area"](3, 4), rectangle_area(5))
for args in [(0, 2), (2, -1)]:
    try:
        rectangle_area(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    rectangle_area(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(inspect.signature(rectangle_area), rectangle_area.__wrapped__.__name__)
print(flaky())
failures = iter([True] * 5)
try:
    flaky()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
print(gcd(1071, 462))
print(gcd.__name__, gcd.__wrapped__.__qualname__)


class Service:
    @property
    @functools.lru_cache()
    def config(self):
        print("  loading config")
        return {"mode": "fast"}

    @staticmethod
    @counted
    def helper(x):
        return x * 2

    @functools.cached_property
    def expensive(self):
        print("  computing expensive")
        return sum(range(1000))


svc = Service()
print(svc.config, svc.config, Service.helper(4), Service.helper(5), Service.helper.calls)
print(svc.expensive, svc.expensive, "expensive" in vars(svc))
