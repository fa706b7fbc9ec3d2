"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify.

A class body's names pass through _EnumDict, which sorts members from methods
and descriptors; EnumType.__new__ then turns each member value into a
_proto_member, whose __set_name__ (run by type.__new__) builds the member.
The behaviour, reprs and messages are CPython 3.11's.
"""
import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
]

# The classes below are built with EnumType, whose code refers to them: None until they exist.
Enum = Flag = EJECT = ReprEnum = None


class nonmember(object):
    """Keep a value in an enum class body from becoming a member."""
    def __init__(self, value):
        self.value = value


class member(object):
    """Make a value in an enum class body a member, even a function."""
    def __init__(self, value):
        self.value = value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_internal_class(cls_name, obj):
    """Whether obj is a class defined in the body of the enum class cls_name."""
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    pattern = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == pattern or qualname.endswith('.' + pattern)


def _is_private(cls_name, name):
    """A name mangled in cls_name's body (_Cls__x), which stays a plain attribute."""
    prefix = f'_{cls_name}__'
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like the built-in bin(), but in two's complement with a leading sign digit (0b0 1010, 0b1 0101)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


_builtin_bin = __builtins__['bin'] if isinstance(__builtins__, dict) else __builtins__.bin


def _high_bit(value):
    """Index of the highest set bit; -1 for zero or negative values."""
    return value.bit_length() - 1


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """A placeholder for a member value, replaced by _generate_next_value_()."""
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class property(DynamicClassAttribute):
    """An attribute of enum members; looked up on the class, it is the member of that name."""

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is None:
                raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


class _proto_member:
    """A member's value between the class body and the member; type.__new__'s call of
    __set_name__ turns it into the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        member = _new_member(enum_class, self.value)
        member._name_ = member_name
        member.__objclass__ = enum_class
        member.__init__(*_member_args(enum_class, self.value))
        member._sort_order_ = len(enum_class._member_names_)
        value = member._value_

        canonical = _existing_member(enum_class, value)
        if canonical is not None:
            member = canonical  # an alias
        elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
            # Flag members with several bits are aliases for combinations, never canonical.
            enum_class._member_names_.append(member_name)

        _bind_member(enum_class, member_name, member)
        enum_class._member_map_[member_name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


def _member_args(enum_class, value):
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    return args


def _new_member(enum_class, value):
    args = _member_args(enum_class, value)
    if not enum_class._use_args_:
        member = enum_class._new_member_(enum_class)
        if not hasattr(member, '_value_'):
            try:
                member._value_ = enum_class._member_type_(*args)
            except Exception:
                member._value_ = value
        return member
    member = enum_class._new_member_(enum_class, *args)
    if not hasattr(member, '_value_'):
        if enum_class._member_type_ is object:
            member._value_ = value
        else:
            try:
                member._value_ = enum_class._member_type_(*args)
            except Exception:
                raise TypeError('_value_ not set in __new__, unable to create it') from None
    return member


def _existing_member(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                return canonical
    return None


def _ask_missing(cls, value):
    """What cls._missing_(value) finds, or the error a failed lookup raises: ValueError
    "... is not a valid ...", chained under whatever _missing_ itself raised."""
    try:
        result = cls._missing_(value)
    except Exception as e:
        error, result = e, None
    else:
        error = None
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
        return result
    invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    if error is None:
        if result is None:
            raise invalid
        error = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                          % (cls.__name__, result))
    if not isinstance(error, ValueError):
        error.__context__ = invalid
    raise error


def _bind_member(enum_class, name, member):
    """Make enum_class.name the member, unless an enum.property of that name is inherited."""
    descriptor, need_override = None, False
    for base in enum_class.__mro__[1:]:
        descriptor = base.__dict__.get(name)
        if descriptor is not None:
            if isinstance(descriptor, (property, DynamicClassAttribute)):
                break
            need_override = True
    if descriptor and need_override:
        redirect = property()
        redirect.__set_name__(enum_class, name)
        redirect.fget, redirect.fset, redirect.fdel = descriptor.fget, descriptor.fset, descriptor.fdel
        setattr(enum_class, name, redirect)
    elif not descriptor:
        setattr(enum_class, name, member)


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                 '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in order and refuses reuse."""

    def __init__(self):
        super().__init__()
        self._member_names = {}  # a dict, for its order
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_autos(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_autos(self, key, value):
        """value with each auto() (alone, or directly inside a tuple) replaced by its generated value."""
        single = isinstance(value, auto)
        items = (value,) if single else value
        if type(items) is not tuple or not any(isinstance(v, auto) for v in items):
            self._last_values.append(value)
            return value
        resolved = []
        for v in items:
            if isinstance(v, auto):
                if v.value == _auto_null:
                    v.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                v = v.value
                self._last_values.append(v)
            resolved.append(v)
        return resolved[0] if single else tuple(resolved)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)
        member_names = classdict._member_names
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (','.join(repr(n) for n in invalid_names)))
        _order_ = classdict.pop('_order_', None)
        classdict = dict(classdict.items())

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        classdict['_new_member_'] = __new__
        classdict['_use_args_'] = use_args
        flag_mask = 0
        for name in member_names:
            value = classdict[name]
            if isinstance(value, int):
                flag_mask |= value
            classdict[name] = _proto_member(value)
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        # Flag bookkeeping, dropped below if the class turns out not to be a Flag.
        classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        classdict['_flag_mask_'] = flag_mask
        classdict['_all_bits_'] = 2 ** flag_mask.bit_length() - 1
        classdict['_inverted_'] = None
        try:
            exc = None
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except RuntimeError as e:
            # type.__new__ wraps what a member's creation raised (in __set_name__); unwrap it.
            exc = e.__cause__ or e
        if exc is not None:
            raise exc
        classdict.update(enum_class.__dict__)

        _choose_str_and_format(enum_class, classdict, bases, member_type, first_enum)
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    setattr(enum_class, name, getattr(Flag, name))
                    classdict[name] = getattr(Flag, name)
        if Enum is not None:
            # Members exist now; calling the class looks them up by value from here on.
            if save_new:
                enum_class.__new_member__ = __new__
            enum_class.__new__ = Enum.__new__

        if isinstance(_order_, str):
            _order_ = _order_.replace(',', ' ').split()
        if Flag is None and cls != 'Flag' or Flag is not None and not issubclass(enum_class, Flag):
            for name in ('_boundary_', '_flag_mask_', '_all_bits_', '_inverted_'):
                delattr(enum_class, name)
        elif Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            for flag in enum_class._member_map_.values():
                if _is_single_bit(flag._value_):
                    enum_class._flag_mask_ |= flag._value_
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if _order_:
                _order_ = [o for o in _order_
                           if o not in enum_class._member_map_ or _is_single_bit(enum_class[o]._value_)]
        if _order_:
            _order_ = [o for o in _order_ if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if _order_ != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, _order_))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """Look up the member with this value, or (given names) create a new enum class."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """Whether member is one of cls's members; anything but an enum member is a TypeError (until 3.12)."""
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        import warnings
        warnings.warn(
            "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
            "False depending on whether the value is a member or the value of a member",
            DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                        % (type(member).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """The member with this name."""
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        """The number of members, aliases excluded."""
        return len(cls._member_names_)

    @__builtins__['property'] if isinstance(__builtins__, dict) else __builtins__.property
    def __members__(cls):
        """A read-only mapping of every member name (aliases included) to its member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        """The members, last defined first."""
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C'), or with (name, value) pairs or a mapping."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        namespace = metacls.__prepare__(class_name, bases)
        for name, value in _functional_members(names, first_enum, start):
            namespace[name] = value
        if module is None:
            try:
                # The frame that called Enum(...): _create_ <- __call__ <- caller.
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(namespace)
        else:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum of the module's global constants that filter accepts, replacing them."""
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(n, v) for n, v in source.items() if filter(n)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        body = dict(members)
        body['__module__'] = module
        enum_class = cls(name, body, module=module, boundary=boundary or KEEP) \
            if issubclass(cls, Flag) else cls(name, body, module=module)
        enum_class.__reduce_ex__ = _reduce_ex_by_global_name
        if as_global:
            global_enum(enum_class)
        else:
            sys.modules[enum_class.__module__].__dict__.update(enum_class.__members__)
        module_globals[name] = enum_class
        return enum_class

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if issubclass(base, Enum) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(the type members are instances of, the last base, which must be an enum)"""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        last = bases[-1]
        if not issubclass(last, Enum):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return mcls._find_data_type_(class_name, bases) or object, last

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        """The repr() to show member values with: the first found along the bases' MROs,
        an enum's own choice or a data type's __repr__; None for repr()."""
        for base in (b for chain in bases for b in chain.__mro__ if b is not object):
            if issubclass(base, Enum):
                return base._value_repr_
            if '__repr__' in base.__dict__:
                return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if issubclass(base, Enum):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the __new__ that creates members, whether to keep the class's own, whether it takes the value)"""
        __new__ = classdict.get('__new__', None)
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in {None, None.__new__, object.__new__, Enum.__new__}:
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        use_args = not (first_enum is None or __new__ in (Enum.__new__, object.__new__))
        return __new__, save_new, use_args


EnumMeta = EnumType


def _functional_members(names, first_enum, start):
    """(name, value) pairs from the names given to Enum('Name', names): names in a string
    or a sequence, valued by _generate_next_value_ from start; pairs; or a mapping."""
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        values = []
        for count, name in enumerate(names):
            values.append(first_enum._generate_next_value_(name, start, count, values[:]))
        return list(zip(names, values))
    return [(item, names[item]) if isinstance(item, str) else tuple(item) for item in names]


def _choose_str_and_format(enum_class, classdict, bases, member_type, first_enum):
    """ReprEnum subclasses show str() and format() as their data type does; other enums use
    Enum's __repr__/__str__/__format__ over a mixed-in data type's."""
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')
        if '__format__' not in classdict:
            enum_class.__format__ = classdict['__format__'] = member_type.__format__
        if '__str__' not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            enum_class.__str__ = classdict['__str__'] = method
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name not in classdict:
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                setattr(enum_class, name, getattr(first_enum, name))


def _make_class_unpicklable(obj):
    """Make obj (an enum class, or the namespace it is made from) fail to pickle, as one whose module is unknown."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    attributes = {'__reduce_ex__': _break_on_call_reduce, '__module__': '<unknown>'}
    for name, value in attributes.items():
        if isinstance(obj, dict):
            obj[name] = value
        else:
            setattr(obj, name, value)


class Enum(metaclass=EnumType):
    """Base class of enumerations: named, unique constants."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        member = _existing_member(cls, value)
        if member is not None:
            return member
        return _ask_missing(cls, value)

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = None
        if ordered is not None and ordered[-1] == last:
            try:
                return last + 1
            except TypeError:
                pass
        # Values that are unsortable, out of order, or do not add 1: CPython warns, then
        # takes the first value (in sorted order if possible) that does add 1.
        import warnings
        warnings.warn(
            "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be sortable and support adding +1\n"
            "and the value returned will be the largest value in the enum incremented by 1",
            DeprecationWarning, stacklevel=3)
        for v in ordered or last_values:
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self.__class__._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            interesting = set(object.__dir__(self))
        interesting.update(name for name in getattr(self, '__dict__', []) if name[0] != '_')
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in self._member_map_:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                else:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'} | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are its data type's; only repr() shows the enum."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        # As str(object) or str(bytes, encoding, errors): only a lone argument must be a str.
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        for i, what in ((1, 'encoding'), (2, 'errors')):
            if len(values) > i and not isinstance(values[i], str):
                raise TypeError('%s must be a string, not %r' % (what, values[i]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


class FlagBoundary(StrEnum):
    """What a Flag does with bits outside its members: STRICT raises, CONFORM drops them, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=CONFORM):
    """An enum whose members combine with the bitwise operators."""

    def __reduce_ex__(self, proto):
        # A combination pickles as the OR of its parts: known bits | unknown bits, or the
        # lowest member | the rest.
        cls = self.__class__
        known, unknown = self._value_ & cls._flag_mask_, self._value_ & ~cls._flag_mask_
        if known and unknown:
            return _or_, (cls(known), unknown)
        bits = list(_iter_bits_lsb(known))
        if len(bits) > 1:
            return _or_, (cls(known & ~bits[0]), cls._value2member_map_.get(bits[0]))
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bits are in value, lowest bit first."""
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The canonical members whose bits are in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """The pseudo-member for a combination of bits; bits that no member has are
        handled as the class's boundary says."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask, all_bits = cls._flag_mask_, cls._all_bits_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, width), bin(mask, width)))
            if boundary is EJECT:
                return value
            if boundary is CONFORM:
                value &= mask
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        # A negative value stands for its two's complement within the flag's bits.
        negative = value if value < 0 else None
        if negative is not None:
            value += all_bits + 1
        unknown, known = value & ~mask, value & mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        if not hasattr(member, '_value_'):
            member._value_ = value
        if known:
            member._name_ = '|'.join(m._name_ for m in cls._iter_member_(known))
            if unknown:
                member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            member._name_ = None
        if not unknown:
            member = cls._value2member_map_.setdefault(value, member)
            if negative is not None:
                cls._value2member_map_[negative] = member
        return member

    def __contains__(self, other):
        """Whether every flag set in other is set in self."""
        if isinstance(other, self.__class__):
            return other._value_ & self._value_ == other._value_
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(other).__qualname__, self.__class__.__qualname__))

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            bits = ~self._value_ if self._boundary_ is KEEP else self._flag_mask_ ^ self._value_
            inverted = self.__class__(bits)
            self._inverted_ = inverted
            if isinstance(inverted, self.__class__):
                inverted._inverted_ = self
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def _or_(a, b):
    return a | b


def unique(enumeration):
    """Class decorator: raise ValueError if an enumeration has aliases."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum_repr(self):
    """Show a member as module.NAME; the module is the last part of a dotted module name."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """Show a flag as module.NAME|module.OTHER; the module is the last part of a dotted module name."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join('%s.%s' % (module, name) for name in self.name.split('|'))
    return '|'.join(n if n[0].isdigit() else '%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    """Show a member as NAME alone."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members show as module.NAME and are exported to the module's globals."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class into an etype enum, as the stdlib's own modules
    (ast, re, ...) declare theirs.  Here it builds the enum the usual way."""
    def convert_class(cls):
        metacls = type(etype)
        namespace = metacls.__prepare__(cls.__name__, (etype,))
        for name, value in cls.__dict__.items():
            if name not in ('__dict__', '__weakref__'):
                namespace[name] = value
        kwds = {'boundary': boundary} if boundary is not None else {}
        return metacls(cls.__name__, (etype,), namespace, **kwds)
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Raise TypeError if an enum made with _simple_enum differs from the same enum made by
    subclassing: in its members, their order, names and values."""
    failed = []
    if checked_enum._member_names_ != simple_enum._member_names_:
        failed.append("member order: %r != %r" % (checked_enum._member_names_, simple_enum._member_names_))
    for name in sorted(set(checked_enum._member_map_) | set(simple_enum._member_map_)):
        checked = checked_enum._member_map_.get(name)
        simple = simple_enum._member_map_.get(name)
        if checked is None or simple is None:
            failed.append("missing member: %r" % (name,))
        elif checked._value_ != simple._value_ or checked._name_ != simple._name_:
            failed.append("%r: %r != %r" % (name, checked._value_, simple._value_))
    if failed:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(failed))


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck conditions."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, enum_type)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError('aliases found in %r: %s' % (enumeration, alias_details))


def _verify_continuous(enumeration, enum_type):
    values = set(e.value for e in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if enum_type == 'flag':
        missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high)) if 2 ** i not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        # Cut short, so a huge gap cannot make a huge message.
        raise ValueError(('invalid %s %r: missing values %s'
                          % (enum_type, enumeration.__name__, ', '.join(str(m) for m in missing)))[:256])


def _verify_named_flags(enumeration):
    member_names = enumeration._member_names_
    member_values = [m.value for m in enumeration]
    missing_names, missing_value = [], 0
    for name, alias in enumeration._member_map_.items():
        if name in member_names or alias.value < 0:
            continue
        missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
        if missed:
            missing_names.append(name)
            for v in missed:
                missing_value |= v
    if missing_names:
        if len(missing_names) == 1:
            alias = 'alias %s is missing' % missing_names[0]
        else:
            alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
        if _is_single_bit(missing_value):
            value = 'value 0x%x' % missing_value
        else:
            value = 'combined values of 0x%x' % missing_value
        raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                         % (enumeration.__name__, alias, value))
