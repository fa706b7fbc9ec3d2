"""Operators as functions (operator.add(a, b) is a + b), and itemgetter/attrgetter/methodcaller.

CPython writes these in C (_operator); itemgetter and attrgetter are hot as sort keys
and should become native.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _abs


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def abs(a):
    return _abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    return method(a)


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    return sum(1 for item in a if item is b or item == b)


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    """len(obj) if it has one, else its __length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError(f'__length_hint__ must be integer, not {type(val).__name__}')
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# In-place operators: a op= b, returning the result.

def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


class attrgetter:
    """attrgetter('a', 'b.c')(obj) is (obj.a, obj.b.c); with one name, just that attribute."""
    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr, /, *attrs):
        self._attrs = (attr,) + attrs
        for name in self._attrs:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._paths = tuple(tuple(name.split('.')) for name in self._attrs)

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return self._resolve(obj, self._paths[0])
        return tuple(self._resolve(obj, path) for path in self._paths)

    @staticmethod
    def _resolve(obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __repr__(self):
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """itemgetter(1, 3)(obj) is (obj[1], obj[3]); with one key, just that item."""
    __slots__ = ('_items', '_single')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1

    def __call__(self, obj, /):
        if self._single:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f"{self.__class__.__module__}.{self.__class__.__name__}({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """methodcaller('name', *args, **kwargs)(obj) is obj.name(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self._name, self._args, self._kwargs = args[0], args[1:], kwargs
        if not isinstance(self._name, str):
            raise TypeError('method name must be a string')

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)] + [repr(a) for a in self._args]
        args += [f'{k}={v!r}' for k, v in self._kwargs.items()]
        return f"{self.__class__.__module__}.{self.__class__.__name__}({', '.join(args)})"

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# The dunder aliases: operator.__add__ is operator.add, and so on.
for _name in __all__:
    if _name not in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                     'is_', 'is_not', 'length_hint', 'truth'):
        globals()[f"__{_name.rstrip('_')}__"] = globals()[_name]
__inv__ = inv
del _name
