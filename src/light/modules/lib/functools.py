"""Higher-order functions and operations on callable objects.

partial, reduce, cmp_to_key and the lru_cache wrapper are native (_functools),
as in CPython; the rest is written here.
"""

from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper

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
        func, bound_args, bound_keywords = self.func, self.args, self.keywords

        def _method(cls_or_self, /, *args, **keywords):
            return func(cls_or_self, *bound_args, *args, **{**bound_keywords, **keywords})
        # The function's name stays _method: it shows in the repr of what the class hands out.
        _method.__isabstractmethod__, _method._partialmethod = self.__isabstractmethod__, self
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


def _cache_info(hits, misses, maxsize, currsize):
    """The CacheInfo namedtuple of cache_info(), its class built on first use."""
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo(hits, misses, maxsize, currsize)


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember results by arguments, forgetting the least recently used beyond maxsize."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _wrap_with_cache(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _wrap_with_cache(user_function, maxsize, typed)
    return decorating_function


def _wrap_with_cache(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


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


def _dispatching_method(dispatcher, obj, cls):
    """A function that binds, per call, the implementation registered for its first argument's class."""
    def _method(*args, **kwargs):
        chosen = dispatcher.dispatch(args[0].__class__)
        return chosen.__get__(obj, cls)(*args, **kwargs)
    return _method


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
        method = _dispatching_method(self.dispatcher, obj, cls)
        method.__isabstractmethod__, method.register = self.__isabstractmethod__, self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
