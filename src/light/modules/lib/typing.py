"""Run-time support for type hints: enough that annotated programs import and run.

The names programs annotate with exist and subscript as in CPython 3.11 (List[int],
Optional[str], Callable[[int], str], Union, Literal, ClassVar, ...), with CPython's reprs
and equalities; TypeVar, Generic, Protocol, NamedTuple, TypedDict, NewType, cast, overload
and get_type_hints work at run time. Not covered yet: ParamSpec, TypeVarTuple, Concatenate,
Unpack, and substituting into nested generic aliases beyond type variables.
"""
import collections
import collections.abc
import sys
import types

TYPE_CHECKING = False


def _type_repr(t):
    """How t appears inside a typing repr: int, not <class 'int'>."""
    if isinstance(t, type) and not isinstance(t, types.GenericAlias):
        return t.__qualname__ if t.__module__ == 'builtins' else f'{t.__module__}.{t.__qualname__}'
    if t is ...:
        return '...'
    if isinstance(t, types.FunctionType):
        return t.__name__
    return repr(t)


def _hint(t):
    """t as an argument of a typing form: None is NoneType, a string a ForwardRef."""
    if t is None:
        return type(None)
    if isinstance(t, str):
        return ForwardRef(t)
    return t


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _type_vars(args):
    """The type variables appearing in args, first appearance first."""
    found = []
    for arg in args:
        for var in ((arg,) if isinstance(arg, TypeVar) else getattr(arg, '__parameters__', ())):
            if isinstance(var, TypeVar) and var not in found:
                found.append(var)
    return tuple(found)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class _Form:
    # A special form: a bare name (typing.NoReturn) or a subscriptable one (typing.ClassVar).
    # No class docstring: each form has its own __doc__ slot.
    __slots__ = ('_name', '_subscript', '__doc__')

    def __init__(self, name, subscript=None, doc=None):
        self._name, self._subscript, self.__doc__ = name, subscript, doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(name)

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._subscript(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type every type is compatible with (a class in 3.11, so it can be subclassed)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def _one_type(form, params):
    return _Alias(form, (_hint(params),))


def _union(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    members = []
    for p in map(_hint, params):
        for m in (p.__args__ if isinstance(p, (_UnionAlias, types.UnionType)) else (p,)):
            if m not in members:
                members.append(m)
    if len(members) == 1:
        return members[0]
    return _UnionAlias(form, tuple(members))


def _optional(form, params):
    if isinstance(params, tuple):
        raise TypeError(f"{form} requires a single type. Got {params!r:.100}.")
    return Union[params, None]


def _literal(form, params):
    values = []
    for p in _as_tuple(params):
        for v in (p.__args__ if isinstance(p, _LiteralAlias) else (p,)):
            if not any(v == w and type(v) is type(w) for w in values):
                values.append(v)
    return _LiteralAlias(form, tuple(values))


NoReturn = _Form('NoReturn', doc="The return type of functions that never return.")
Never = _Form('Never', doc="The type with no values.")
Self = _Form('Self', doc="The type of the instance, in a method's annotations.")
LiteralString = _Form('LiteralString', doc="The type of strings built from literals.")
TypeAlias = _Form('TypeAlias', doc="Marks an assignment as defining a type alias.")
ClassVar = _Form('ClassVar', _one_type, "ClassVar[T]: an attribute of the class, not of its instances.")
Final = _Form('Final', _one_type, "Final[T]: a name that is not reassigned.")
TypeGuard = _Form('TypeGuard', _one_type, "TypeGuard[T]: a predicate narrowing its argument to T.")
Required = _Form('Required', _one_type, "Required[T]: a TypedDict key that must be present.")
NotRequired = _Form('NotRequired', _one_type, "NotRequired[T]: a TypedDict key that may be absent.")
Union = _Form('Union', _union, "Union[X, Y]: a value of type X or of type Y.")
Optional = _Form('Optional', _optional, "Optional[X]: Union[X, None].")
Literal = _Form('Literal', _literal, "Literal[v, ...]: exactly one of these values.")


class ForwardRef:
    """A type written as a string, evaluated by get_type_hints()."""
    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            self.__forward_code__ = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return _hint(eval(self.__forward_code__, globalns, localns))

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__, self.__forward_module__) == (other.__forward_arg__, other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


class TypeVar:
    """A type variable: T = TypeVar('T'), possibly bounded, constrained or variant."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__bound__ = _hint(bound) if bound is not None else None
        self.__constraints__ = tuple(map(_hint, constraints))
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass special typing classes")


def _note_alias(instance, alias):
    # Builtins and classes with __slots__ cannot record the alias they were made through.
    try:
        instance.__orig_class__ = alias
    except AttributeError:
        pass


class _Alias:
    """A subscripted form or class: List[int], ClassVar[int], MyGeneric[T]."""

    def __init__(self, origin, args, name=None, instantiable=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _type_vars(args)
        self._name = name
        self._instantiable = instantiable

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        body = ', '.join(map(_type_repr, self.__args__)) if self.__args__ else '()'
        return f'{head}[{body}]'

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        params = tuple(map(_hint, _as_tuple(params)))
        expected = len(self.__parameters__)
        if len(params) != expected:
            raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {expected}")
        return self._with_args(tuple(_substitute(a, dict(zip(self.__parameters__, params))) for a in self.__args__))

    def _with_args(self, args):
        return type(self)(self.__origin__, args, self._name, self._instantiable)

    def __call__(self, *args, **kwargs):
        if not self._instantiable:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        instance = self.__origin__(*args, **kwargs)
        _note_alias(instance, self)
        return instance

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _Form):
            raise TypeError(f"Cannot subclass {self!r}")
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            later = bases[bases.index(self) + 1:]
            if Protocol in bases or any(isinstance(b, _Alias) and b.__origin__ in (Generic, Protocol) for b in later):
                return ()
            return (self.__origin__,)
        if not self._name:
            return (self.__origin__,)  # a user generic, already a Generic
        # List[int] as a base: list, and Generic unless a later base brings it.
        entries = [] if self.__origin__ in bases else [self.__origin__]
        if not any(isinstance(b, _Alias) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in bases[bases.index(self) + 1:]):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    params = getattr(arg, '__parameters__', ())
    if params and not isinstance(arg, type):
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


class _UnionAlias(_Alias):
    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return 'Optional' if len(self.__args__) == 2 and type(None) in self.__args__ else 'Union'
        return super().__getattr__(name)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return f"typing.Union[{', '.join(map(_type_repr, args))}]"

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _with_args(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


class _LiteralAlias(_Alias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return {(v, type(v)) for v in self.__args__} == {(v, type(v)) for v in other.__args__}

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))


class _CallableAlias(_Alias):
    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and params[0] is ...:
            return f'typing.Callable[..., {_type_repr(result)}]'
        return f"typing.Callable[[{', '.join(map(_type_repr, params))}], {_type_repr(result)}]"


class _Bare:
    """An unsubscripted alias of a standard class: typing.List, typing.Callable, ..."""

    def __init__(self, origin, nparams, name=None, instantiable=True):
        self.__origin__, self._nparams = origin, nparams
        self._name = name or origin.__name__
        self._instantiable = instantiable

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(name)

    def __getitem__(self, params):
        params = tuple(map(_hint, _as_tuple(params)))
        if not self._nparams:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _Alias(self.__origin__, params, self._name, self._instantiable)

    def __call__(self, *args, **kwargs):
        return _Alias(self.__origin__, (), self._name, self._instantiable)(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _Bare):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _CallableBare(_Bare):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        arguments, result = params
        if arguments is ...:
            arguments = (...,)
        elif isinstance(arguments, list):
            arguments = tuple(map(_hint, arguments))
        else:
            raise TypeError(f"Callable[args, result]: args must be a list or ... Got {arguments!r:.100}.")
        return _CallableAlias(self.__origin__, arguments + (_hint(result),), self._name)


class _TupleBare(_Bare):
    def __getitem__(self, params):
        params = tuple(map(_hint, _as_tuple(params)))
        return _Alias(tuple, params, 'Tuple', False)


abc = collections.abc
Hashable = _Bare(abc.Hashable, 0)
Awaitable = _Bare(abc.Awaitable, 1)
Coroutine = _Bare(abc.Coroutine, 3)
AsyncIterable = _Bare(abc.AsyncIterable, 1)
AsyncIterator = _Bare(abc.AsyncIterator, 1)
Iterable = _Bare(abc.Iterable, 1)
Iterator = _Bare(abc.Iterator, 1)
Reversible = _Bare(abc.Reversible, 1)
Sized = _Bare(abc.Sized, 0)
Container = _Bare(abc.Container, 1)
Collection = _Bare(abc.Collection, 1)
Callable = _CallableBare(abc.Callable, 2)
AbstractSet = _Bare(abc.Set, 1, 'AbstractSet')
MutableSet = _Bare(abc.MutableSet, 1)
Mapping = _Bare(abc.Mapping, 2)
MutableMapping = _Bare(abc.MutableMapping, 2)
Sequence = _Bare(abc.Sequence, 1)
MutableSequence = _Bare(abc.MutableSequence, 1)
ByteString = _Bare(abc.ByteString, 0)
MappingView = _Bare(abc.MappingView, 1)
KeysView = _Bare(abc.KeysView, 1)
ItemsView = _Bare(abc.ItemsView, 2)
ValuesView = _Bare(abc.ValuesView, 1)
Generator = _Bare(abc.Generator, 3)
AsyncGenerator = _Bare(abc.AsyncGenerator, 2)
Tuple = _TupleBare(tuple, -1, 'Tuple', False)
List = _Bare(list, 1, 'List', False)
Dict = _Bare(dict, 2, 'Dict', False)
Set = _Bare(set, 1, 'Set', False)
FrozenSet = _Bare(frozenset, 1, 'FrozenSet', False)
Type = _Bare(type, 1, 'Type', False)
Deque = _Bare(collections.deque, 1, 'Deque')
DefaultDict = _Bare(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _Bare(collections.OrderedDict, 2)
Counter = _Bare(collections.Counter, 1)
ChainMap = _Bare(collections.ChainMap, 2)
del abc


class Generic:
    """Base of generic classes: class Stack(Generic[T]) makes Stack[int] meaningful."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = tuple(map(_hint, _as_tuple(params)))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != expected:
                raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {cls};"
                                f" actual {len(params)}, expected {expected}")
        return _Alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        bases = cls.__dict__.get('__orig_bases__', ())
        if Generic in bases or (not bases and Generic in cls.__bases__ and cls.__name__ != 'Protocol'):
            raise TypeError("Cannot inherit from plain Generic")
        declared = [b for b in bases if isinstance(b, _Alias) and b.__origin__ in (Generic, Protocol)]
        found = _type_vars(bases)
        if declared:
            listed = declared[0].__parameters__
            missing = [v for v in found if v not in listed]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) are not listed in "
                                f"Generic[{', '.join(map(str, listed))}]")
            found = listed
        cls.__parameters__ = tuple(found)


def _protocol_members(cls):
    """The attributes a protocol requires: what its protocol classes define or annotate."""
    skip = {'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
            '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
            '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
            '__qualname__', '__init_subclass__'}
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not name.startswith('_abc_') and name not in skip:
                members.add(name)
    return members


class _ProtocolMeta(type(collections.abc.Sized)):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol'):
            if not cls.__dict__.get('_is_runtime_protocol'):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if all(hasattr(instance, m) and not (callable(getattr(cls, m, None)) and getattr(instance, m) is None)
                   for m in _protocol_members(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes, which structural (duck) typing checks against."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_protocol_subclasshook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _protocol_init


def _protocol_subclasshook(cls, other):
    if not cls.__dict__.get('_is_protocol'):
        return NotImplemented
    if not cls.__dict__.get('_is_runtime_protocol'):
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
    members = _protocol_members(cls)
    if not all(callable(getattr(cls, m, None)) for m in members):
        raise TypeError("Protocols with non-method members don't support issubclass()")
    for m in members:
        owner = next((base for base in other.__mro__ if m in base.__dict__), None)
        if owner is None or owner.__dict__[m] is None:
            return NotImplemented
    return True


def _protocol_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def runtime_checkable(cls):
    """Let isinstance() and issubclass() check a protocol class."""
    if isinstance(cls, type) and issubclass(cls, Generic) and cls.__dict__.get('_is_protocol'):
        cls._is_runtime_protocol = True
        return cls
    raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)


class _AnnotatedAlias(_Alias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {', '.join(map(repr, self.__metadata__))}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Annotated[T, x, ...]: T with metadata attached."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        return _AnnotatedAlias(_hint(params[0]), params[1:])


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for Union[int, str]; else None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_Alias, _Bare, types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return Generic if tp is Generic else None


def get_args(tp):
    """The arguments of a subscripted form: (str, int) for Dict[str, int]; ([int], str) for Callable[[int], str]."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias) and tp.__args__[0] is not ...:
        return (list(tp.__args__[:-1]), tp.__args__[-1])
    if isinstance(tp, (_Alias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def _resolve(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return _resolve(t._evaluate(globalns, localns), globalns, localns)
    if isinstance(t, _Alias) and not isinstance(t, _AnnotatedAlias):
        args = tuple(_resolve(a, globalns, localns) for a in t.__args__)
        return t if args == t.__args__ else t._with_args(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """obj's annotations with string annotations evaluated; for a class, its bases' too."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            module_ns = getattr(sys.modules.get(base.__module__), '__dict__', {})
            for name, value in base.__dict__.get('__annotations__', {}).items():
                value = _hint(value)
                hints[name] = _resolve(value, module_ns if globalns is None else globalns,
                                       dict(vars(base)) if localns is None else localns)
    else:
        target = obj
        while hasattr(target, '__wrapped__'):
            target = target.__wrapped__
        if globalns is None:
            globalns = obj.__dict__ if isinstance(obj, types.ModuleType) else getattr(target, '__globals__', {})
        hints = {name: _resolve(_hint(value), globalns, localns)
                 for name, value in (getattr(obj, '__annotations__', None) or {}).items()}
    if not include_extras:
        hints = {name: (t.__origin__ if isinstance(t, _AnnotatedAlias) else t) for name, t in hints.items()}
    return hints


def cast(typ, val):
    """Tell a type checker val has type typ; at run time, val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overloads = {}  # (module, qualname) -> [function]


def overload(func):
    """Record func as one signature of an overloaded function; the name then refers to a stub that refuses calls."""
    inner = getattr(func, '__func__', func)
    try:
        _overloads.setdefault((inner.__module__, inner.__qualname__), []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    inner = getattr(func, '__func__', func)
    return list(_overloads.get((inner.__module__, inner.__qualname__), ()))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with typed fields: a class with annotated fields, or NamedTuple('P', [('x', int)])."""
    if fields is not None and kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    entries = list(kwargs.items() if fields is None else fields)
    return _typed_namedtuple(typename, entries, (), _caller_module())


def _typed_namedtuple(typename, fields, defaults, module):
    result = collections.namedtuple(typename, [name for name, _ in fields], defaults=defaults, module=module)
    result.__annotations__ = result.__new__.__annotations__ = {name: _hint(t) for name, t in fields}
    return result


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, namespace):
        annotations = namespace.get('__annotations__', {})
        with_default = [name for name in annotations if name in namespace]
        for i, name in enumerate(annotations):
            if name not in namespace and any(d in list(annotations)[:i] for d in with_default):
                earlier = [d for d in with_default if d in list(annotations)[:i]]
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(earlier) > 1 else ''} {', '.join(earlier)}")
        result = _typed_namedtuple(typename, list(annotations.items()),
                                   [namespace[n] for n in with_default], namespace['__module__'])
        for key, value in namespace.items():
            if key in ('__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                       '_make', '_replace', '_asdict', '_source'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ('__module__', '__qualname__', '__annotations__') and key not in result._fields:
                setattr(result, key, value)
        return result


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, namespace, total=True):
        cls = type.__new__(_TypedDictMeta, name, (dict,), namespace)
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for key, value in namespace.get('__annotations__', {}).items():
            value = _hint(value)
            annotations[key] = value
            origin = get_origin(value)
            (required if origin is Required or (origin is not NotRequired and total) else optional).add(key)
        cls.__annotations__ = annotations
        cls.__required_keys__, cls.__optional_keys__ = frozenset(required), frozenset(optional)
        cls.__total__ = total
        return cls

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with declared keys and value types; its instances are plain dicts."""
    namespace = {'__annotations__': dict(kwargs if fields is None else fields)}
    module = _caller_module()
    if module is not None:
        namespace['__module__'] = module
    return _TypedDictMeta(typename, (), namespace, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('Name', T): a distinct name for T to type checkers; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _protocol(name, method, returns_itself=False):
    """A runtime-checkable protocol requiring one method, as the Supports* protocols do."""
    from abc import abstractmethod

    def required(self):
        pass
    required.__name__ = method
    required.__qualname__ = f'{name}.{method}'
    cls = _ProtocolMeta(name, (Protocol,), {'__slots__': (), method: abstractmethod(required),
                                            '__module__': 'typing',
                                            '__doc__': f"Protocol of objects with {method}."})
    return runtime_checkable(cls)


SupportsInt = _protocol('SupportsInt', '__int__')
SupportsFloat = _protocol('SupportsFloat', '__float__')
SupportsComplex = _protocol('SupportsComplex', '__complex__')
SupportsBytes = _protocol('SupportsBytes', '__bytes__')
SupportsIndex = _protocol('SupportsIndex', '__index__')
SupportsAbs = _protocol('SupportsAbs', '__abs__')
SupportsRound = _protocol('SupportsRound', '__round__')

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class IO(Generic[AnyStr]):
    """The interface of file objects, for annotations."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Files opened in binary mode, for annotations."""
    __slots__ = ()


class TextIO(IO[str]):
    """Files opened in text mode, for annotations."""
    __slots__ = ()
