"""Data classes (PEP 557): a class decorator that writes __init__, __repr__, __eq__,
ordering, hashing and freezing from the class's annotated fields.

__init__ is compiled from generated source, as in CPython, because its signature
(and the errors a wrong call raises) must be the fields'; the other methods are
closures over the field names.
"""
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# The default of an __init__ parameter whose field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_fields_in_repr = set()


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        from types import MappingProxyType
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        # A field may reach itself (as its own type, say): show the inner one as ...
        if id(self) in _fields_in_repr:
            return '...'
        _fields_in_repr.add(id(self))
        try:
            return ('Field('
                    f'name={self.name!r},'
                    f'type={self.type!r},'
                    f'default={self.default!r},'
                    f'default_factory={self.default_factory!r},'
                    f'init={self.init!r},'
                    f'repr={self.repr!r},'
                    f'hash={self.hash!r},'
                    f'compare={self.compare!r},'
                    f'metadata={self.metadata!r},'
                    f'kw_only={self.kw_only!r},'
                    f'_field_type={self._field_type}'
                    ')')
        finally:
            _fields_in_repr.discard(id(self))

    # A descriptor default (e.g. a field whose default has __set_name__) still learns its name.
    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field beyond its annotation: default, default_factory, and whether init, repr, hash and compare use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The Field objects of a data class or instance (not ClassVars or InitVars)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a data class or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# --- classifying annotations

def _annotation_names(annotation):
    """("module", "Name") or (None, "Name") for a string annotation like "dataclasses.InitVar[int]":
    an optional leading word and dot, then a word, spaces allowed around them."""
    def word(i):
        i = skip(i)
        j = i
        while j < len(annotation) and (annotation[j].isalnum() or annotation[j] == '_'):
            j += 1
        return annotation[i:j], j

    def skip(i):
        while i < len(annotation) and annotation[i].isspace():
            i += 1
        return i
    first, end = word(0)
    if not first:
        return None, None
    dot = skip(end)
    if dot < len(annotation) and annotation[dot] == '.':
        second, _ = word(dot + 1)
        if second:
            return first, second
    return None, first


def _string_names(annotation, cls, module, target, predicate):
    """Whether a string annotation names what predicate accepts: "Name" as seen from cls's
    module, or "module.Name" where module is what cls's module calls it, and Name is looked
    up where target is defined."""
    module_name, name = _annotation_names(annotation)
    if name is None:
        return False
    namespace = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if module_name is not None:
        if namespace.get(module_name) is not module:
            return False
        namespace = sys.modules.get(target.__module__).__dict__
    return predicate(namespace.get(name), module)


def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _classify(cls, a_type):
    typing = sys.modules.get('typing')
    if typing is not None:
        if _is_classvar(a_type, typing) or (isinstance(a_type, str) and _string_names(a_type, cls, typing, typing.ClassVar, _is_classvar)):
            return _FIELD_CLASSVAR
    dataclasses = sys.modules[__name__]
    if _is_initvar(a_type, dataclasses) or \
            (isinstance(a_type, str) and _string_names(a_type, cls, dataclasses, InitVar, _is_initvar)):
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(cls, a_type):
    dataclasses = sys.modules[__name__]
    return _is_kw_only(a_type, dataclasses) or \
        (isinstance(a_type, str) and _string_names(a_type, cls, dataclasses, KW_ONLY, _is_kw_only))


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING  # a __slots__ slot, not a default
        f = field(default=default)
    f.name, f.type = a_name, a_type
    f._field_type = _classify(cls, a_type)
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


# --- the generated methods

def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class body defined one; True if it did."""
    if name in cls.__dict__:
        return True
    value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    setattr(cls, name, value)
    return False


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    # Values the generated source refers to by name, passed in as closure variables.
    env = {f'_type_{f.name}': f.type for f in all_fields}
    env.update({'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                '__dataclass_builtins_object__': object, '__dataclass_return_type__': None})
    body = []
    for f in all_fields:
        line = _field_init(f, frozen, env, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [_init_param(f) for f in kw_only_fields]
    source = (f"def __create_fn__({', '.join(env)}):\n"
              f" def __init__({', '.join([self_name] + params)}) -> __dataclass_return_type__:\n"
              + ''.join(f'  {line}\n' for line in body or ['pass'])
              + " return __init__")
    namespace = {}
    exec(source, globals, namespace)
    return namespace['__create_fn__'](**env)


def _init_param(f):
    if f.default is not MISSING:
        return f'{f.name}:_type_{f.name}=__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        return f'{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY'
    return f'{f.name}:_type_{f.name}'


def _field_init(f, frozen, env, self_name, slots):
    """The __init__ line that sets f, or None; also puts f's default into env."""
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        env[default_name] = f.default_factory
        value = f'{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}' if f.init else f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            env[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        env[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


def _repr_fn(names):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            body = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        finally:
            running.discard(key)
        return f'{self.__class__.__qualname__}({body})'
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, name) for name in names])


def _cmp_fn(name, op, names):
    """A comparison of two instances of the same class as tuples of the compared fields."""
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_values(self, names), _values(other, names))
        return NotImplemented
    compare.__name__ = name
    return compare


def _frozen_fns(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _hash_fn(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _hash_action(cls, field_list, unsafe_hash, eq, frozen, has_explicit_hash):
    """Set __hash__ as CPython's table of (unsafe_hash, eq, frozen, explicit __hash__) says."""
    if has_explicit_hash:
        if unsafe_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return
    if unsafe_hash or (eq and frozen):
        names = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_fn(names)
        cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    elif eq:
        cls.__hash__ = None


def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and type(annotation).__name__ != 'GenericAlias':
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _text_signature(std_fields, kw_only_fields):
    """What str(inspect.signature(cls)) shows for the generated __init__."""
    def param(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            return f'{text} = {f.default!r}'
        if f.default_factory is not MISSING:
            return f'{text} = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    return f"({', '.join(params)})"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Inherited fields first, from the most distant base, so later ones override.
    any_frozen_base = has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            fields.update((f.name, f) for f in base_fields.values())
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only_marker(cls, a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes away), not the Field.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    if init:
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, all_init_fields, std_init_fields, kw_only_init_fields, frozen,
            hasattr(cls, _POST_INIT_NAME), self_name, globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f.name for f in field_list if f.repr]))
    compared = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', tuple.__eq__, compared))
    if order:
        for name, op in (('__lt__', tuple.__lt__), ('__le__', tuple.__le__),
                         ('__gt__', tuple.__gt__), ('__ge__', tuple.__ge__)):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_fns(cls, tuple(f.name for f in field_list)):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
    _hash_action(cls, field_list, unsafe_hash, eq, frozen, has_explicit_hash)

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _text_signature(std_init_fields, kw_only_init_fields)
    if match_args:
        _set_new_attribute_plain(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    from abc import update_abstractmethods
    update_abstractmethods(cls)
    return cls


def _set_new_attribute_plain(cls, name, value):
    if name not in cls.__dict__:
        setattr(cls, name, value)


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        if getattr(cls, '__weakrefoffset__', -1) != 0:
            yield '__weakref__'
        if getattr(cls, '__dictoffset__', -1) != 0:
            yield '__dict__'
    elif isinstance(slots, str):
        yield slots
    elif not hasattr(slots, '__next__'):
        yield from slots
    else:
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    """Rebuild cls with __slots__ for its fields: slots can only be declared at class creation."""
    cls_dict = dict(cls.__dict__)
    if '__slots__' in cls_dict:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    field_names = tuple(f.name for f in fields(cls))
    inherited = {slot for base in cls.__mro__[1:-1] for slot in _slots_of(base)}
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Make cls a data class: write the methods its annotated fields imply, as the flags say."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    return wrap if cls is None else wrap(cls)


# --- conversions

def asdict(obj, *, dict_factory=dict):
    """The instance as a dict of field name to value, converting nested data classes, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    return _copy_inner(obj, _asdict_inner, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The instance as a tuple of field values, converting nested data classes, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    return _copy_inner(obj, _astuple_inner, tuple_factory)


def _copy_inner(obj, inner, factory):
    """A deep copy of a value inside a dataclass, with inner() applied to what containers hold."""
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[inner(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(inner(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((inner(k, factory), inner(v, factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A new data class named cls_name with the given fields ((name, type[, Field]) or names)."""
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation, spec = item, 'typing.Any', ()
        else:
            if len(item) not in (2, 3):  # len() also rejects what is not a sequence
                raise TypeError(f'Invalid field: {item!r}')
            name, annotation, *spec = item
        _check_field_name(name, annotations)
        annotations[name] = annotation
        if spec:
            body[name] = spec[0]
    body['__annotations__'] = annotations

    from types import new_class
    # As in CPython 3.11, __module__ is where type() was called from: 'types'.
    cls = new_class(cls_name, bases, {}, lambda ns: ns.update(body))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def _check_field_name(name, seen):
    from keyword import iskeyword
    if not isinstance(name, str) or not name.isidentifier():
        raise TypeError(f'Field names must be valid identifiers: {name!r}')
    if iskeyword(name):
        raise TypeError(f'Field names must not be keywords: {name!r}')
    if name in seen:
        raise TypeError(f'Field name duplicated: {name!r}')


def replace(obj, /, **changes):
    """A copy of obj with the given fields changed, made by calling its class."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        given = f.name in changes
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
        elif not given:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
