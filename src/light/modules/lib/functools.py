"""Higher-order functions and operations on callable objects.

CPython writes partial, reduce, cmp_to_key and the lru_cache wrapper in C
(_functools); all four sit on hot paths and should become native.
"""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes it has, merge the updated
    dicts, and point __wrapped__ at it."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


_ABSENT = object()


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering: each missing comparison written in terms of a given one and __eq__.

def _derive(name, root):
    """The comparison name written in terms of root and __eq__: the mirror of a strict
    root is "not root and !=", of a weak one "not root or =="; the same direction with the
    other strictness is "root or ==" (or "root and !="); the opposite one is "not root"."""
    mirror = {'__lt__': '__gt__', '__gt__': '__lt__', '__le__': '__ge__', '__ge__': '__le__'}
    strict = root in ('__lt__', '__gt__')

    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if name == mirror[root]:
            return (not result and self != other) if strict else (not result or self == other)
        if name[2] == root[2]:
            return (result or self == other) if strict else (result and self != other)
        return not result
    compare.__name__ = compare.__qualname__ = f"_{name[2:4]}_from_{root[2:4]}"
    return compare


# root -> [(name, function)]; the functions live in this module, so they pickle by name.
_convert = {}
for _root in ('__lt__', '__le__', '__gt__', '__ge__'):
    _convert[_root] = []
    for _name in ('__gt__', '__le__', '__ge__', '__lt__'):
        if _name != _root:
            _fn = _derive(_name, _root)
            globals()[_fn.__name__] = _fn
            _convert[_root].append((_name, _fn))
del _root, _name, _fn


def total_ordering(cls):
    """Class decorator: derive the missing comparisons from one of < <= > >= and __eq__."""
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__, then __le__, __gt__, __ge__
    for name, method in _convert[root]:
        if name not in roots:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


# --- cmp_to_key

class KeyWrapper:
    """A sort key comparing its object with the user's cmp function."""
    __slots__ = ('cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj=None):
        self.cmp, self.obj = cmp, obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


def cmp_to_key(mycmp):
    """A key= function ordering objects as the old-style cmp= function mycmp does."""
    return KeyWrapper(mycmp)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# --- partial

class _readonly:
    """A read-only attribute over a private slot, failing as C members do when written."""

    def __init__(self, slot, doc):
        self.slot, self.__doc__ = slot, doc

    def __get__(self, instance, owner=None):
        return self if instance is None else getattr(instance, self.slot)

    def __set__(self, instance, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, instance):
        raise AttributeError("readonly attribute")


class partial:
    """A callable that calls func with the stored arguments followed by the call's own."""
    __slots__ = ("_func", "_args", "_keywords", "__dict__", "__weakref__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A plain partial of a partial collapses into one, as CPython's does.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func._args + tuple(args)
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func, self._args, self._keywords = func, tuple(args), keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self._func(*self._args, *args, **{**self._keywords, **keywords})

    func = _readonly("_func", "function object to use in future partial calls")
    args = _readonly("_args", "tuple of arguments to future partial calls")
    keywords = _readonly("_keywords", "dictionary of keyword arguments to future partial calls")

    def __repr__(self):
        name = "functools.partial" if type(self) is partial else type(self).__name__
        if id(self) in _repr_running:
            return "..."
        _repr_running.add(id(self))
        try:
            parts = [repr(self._func)] + [repr(a) for a in self._args]
            parts += [f"{k}={v!r}" for k, v in self._keywords.items()]
            return f"{name}({', '.join(parts)})"
        finally:
            _repr_running.discard(id(self))

    def __reduce__(self):
        return type(self), (self._func,), (self._func, self._args, self._keywords, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        self._func, self._args, self._keywords = func, args, keywords
        self.__dict__ = {} if namespace is None else namespace

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ids of the partials whose repr is being built, so a partial inside itself shows as ...
_repr_running = set()


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


class partialmethod:
    """partial() for methods: the bound object comes first, then the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func, self.args = func.func, func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [f"{k}={v!r}" for k, v in self.keywords.items()]
        return f"{type(self).__module__}.{type(self).__qualname__}({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None and not isinstance(self.func, partialmethod):
            bound = get(obj, cls)
            # A descriptor that binds (not a plain function seen through the class) gets a partial.
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# --- lru_cache

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo


_FAST_KEY_TYPES = frozenset((int, str))
_KWD_MARK = object()
# Bound once: the cache must keep working when builtins.len is itself replaced by a cached function.
_len = len


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments flattened (keywords after a marker, then their
    types if typed); a lone int or str argument is its own key."""
    if not kwds and not typed and _len(args) == 1 and type(args[0]) in _FAST_KEY_TYPES:
        return args[0]
    key = args
    if kwds:
        key += (_KWD_MARK,) + tuple(part for item in kwds.items() for part in item)
    if typed:
        key += tuple(type(v) for v in args) + tuple(type(v) for v in kwds.values())
    return _HashedKey(key)


class _HashedKey(list):
    """A key that hashes its items once, however often the cache looks it up."""
    __slots__ = ("hashvalue",)

    def __init__(self, items):
        self[:] = items
        self.hashvalue = hash(items)

    def __hash__(self):
        return self.hashvalue


class _lru_cache_wrapper:
    """The callable lru_cache returns; the least recently used entry sits first in the dict."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize, self._typed = maxsize, typed
        self._cache = {}
        self._hits = self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        cache = self._cache
        key = _make_key(args, kwds, self._typed)
        try:
            result = cache[key]
        except KeyError:
            pass
        else:
            self._hits += 1
            if self._maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if self._maxsize is None:
            cache[key] = result
        elif self._maxsize > 0 and key not in cache:
            if _len(cache) >= self._maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        from types import MethodType
        return MethodType(self, obj)

    def cache_info(self):
        """(hits, misses, maxsize, currsize)."""
        return _cache_info_type()(self._hits, self._misses, self._maxsize, _len(self._cache))

    def cache_clear(self):
        """Forget every result and reset the counts."""
        self._cache.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = 'functools'


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember results by arguments, forgetting the least recently used beyond maxsize."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _lru_cache_wrapper(user_function, maxsize, typed)


def cache(user_function, /):
    """lru_cache(maxsize=None): remember every result."""
    return lru_cache(maxsize=None)(user_function)


# --- cached_property

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                ) from None
        return value

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# --- singledispatch

def _merge_mros(sequences):
    """C3 merge: repeatedly take the first head that no other sequence has in its tail."""
    result = []
    sequences = [list(s) for s in sequences]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """cls's MRO with the ABCs it implements (without inheriting them) placed
    after the last explicit base that is itself an ABC."""
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            boundary = i
            break
    abcs = list(abcs) if abcs else []
    implemented = [a for a in abcs if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    rest = [a for a in abcs if a not in implemented]
    groups = [list(bases[:boundary]), implemented, list(bases[boundary:])]
    return _merge_mros([[cls]] + [_c3_mro(b, rest) for g in groups for b in g] + groups)


def _compose_mro(cls, types):
    """cls's MRO extended with the registered types it implements virtually."""
    own = set(cls.__mro__)
    related = [t for t in types if t not in own and hasattr(t, '__mro__')
               and not _is_generic_alias(t) and issubclass(cls, t)]
    if not related:
        return list(cls.__mro__)
    related = [t for t in related if not any(t is not o and t in o.__mro__ for o in related)]
    chosen = set(related)
    abcs = []
    for typ in related:
        paths = [[s for s in sub.__mro__ if s in chosen] for sub in typ.__subclasses__()
                 if sub not in own and issubclass(cls, sub)]
        if not paths:
            abcs.append(typ)
            continue
        paths.sort(key=len, reverse=True)
        for path in paths:
            abcs.extend(s for s in path if s not in abcs)
    return _c3_mro(cls, abcs)


def _is_generic_alias(t):
    return type(t).__name__ == 'GenericAlias' and type(t).__module__ == 'types'


def _find_impl(cls, registry):
    match = None
    for typ in _compose_mro(cls, registry.keys()):
        if match is not None:
            if (typ in registry and typ not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, typ)):
                raise RuntimeError(f"Ambiguous dispatch: {match} or {typ}")
            break
        if typ in registry:
            match = typ
    return registry.get(match)


def _is_union(t):
    return type(t).__name__ == 'UnionType' or (type(t).__name__ == '_UnionGenericAlias')


def _union_members(t):
    return t.__args__


def _registrable(cls):
    return isinstance(cls, type) or (_is_union(cls) and all(isinstance(a, type) for a in _union_members(cls)))


def singledispatch(func):
    """Decorator: a function choosing its implementation by the type of its first argument."""
    import weakref
    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            from abc import get_cache_token
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal cache_token
        if _registrable(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = next(iter(_resolved_annotations(func).items()))
            if not _registrable(cls):
                if _is_union(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for member in (_union_members(cls) if _is_union(cls) else (cls,)):
            registry[member] = func
            if cache_token is None and hasattr(member, '__abstractmethods__'):
                from abc import get_cache_token
                cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    from types import MappingProxyType
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _resolved_annotations(func):
    """func's parameter annotations with string annotations evaluated, as typing.get_type_hints does."""
    resolved = {}
    for name, hint in func.__annotations__.items():
        if name == 'return':
            continue
        if isinstance(hint, str):
            hint = eval(hint, getattr(func, '__globals__', {}))
        resolved[name] = hint
    return resolved


class singledispatchmethod:
    """singledispatch for methods: dispatch on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
