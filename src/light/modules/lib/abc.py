"""Abstract base classes (PEP 3119).

CPython keeps the bookkeeping in C (_abc); isinstance() and issubclass() against
an ABC run through here, so __instancecheck__/__subclasscheck__ are hot and
should become native.  The caches hold classes strongly (CPython's are weak).
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


_SEQUENCE, _MAPPING = 1 << 5, 1 << 6

# Bumped by every register(), so negative caches everywhere go stale at once.
_invalidation_counter = 0


def get_cache_token():
    return _invalidation_counter


class _Impl:
    """Per-ABC state: explicit registrations and the answers found so far."""
    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _abstracts(cls):
    names = {name for name, value in cls.__dict__.items() if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        # __abc_tpflags__ marks a class as a sequence or a mapping for match statements.
        flags = namespace.get('__abc_tpflags__', 0)
        if isinstance(flags, int) and flags & _SEQUENCE and flags & _MAPPING:
            raise TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # The VM's object.__new__ refuses a class whose __abstractmethods__ is non-empty.
        cls.__abstractmethods__ = _abstracts(cls)
        cls._abc_impl = _Impl()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; return it, so this works as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if not issubclass(subclass, cls):
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
            cls._abc_impl.registry.add(subclass)
            _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        if cls in subclass.__mro__ or any(issubclass(subclass, r) for r in impl.registry) \
                or any(issubclass(subclass, s) for s in cls.__subclasses__()):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class whose metaclass is ABCMeta: subclass it to define an abstract base class."""
    __slots__ = ()
