"""Container datatypes: namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap,
UserDict, UserList and UserString.

deque, defaultdict, the namedtuple field getter and Counter's counting loop
are native (_collections), as in CPython; OrderedDict is written here.
ChainMap and the User* classes need collections.abc, so they are built on
first use (module __getattr__), keeping `import collections` cheap.
"""
import sys

from _collections import deque, defaultdict, _count_elements, _tuplegetter
from _operator import itemgetter as _itemgetter

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]


# --- namedtuple

def _field_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = sys.intern(str(typename))
    if rename:
        from keyword import iskeyword
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or iskeyword(name) or name.startswith("_") or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    return typename, tuple(sys.intern(n) for n in field_names)


def _validate(typename, field_names, rename):
    from keyword import iskeyword
    for name in [typename] + list(field_names):
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named typename whose items are also attributes named by field_names."""
    typename, field_names = _field_names(typename, field_names, rename)
    _validate(typename, field_names, rename)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
    field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults or ())))))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","

    # __new__ is compiled from source so that its signature, and the errors a call
    # with wrong arguments raises, are those of a function taking the fields.
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    __new__ = eval(f"lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))", namespace)
    __new__.__name__ = "__new__"
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(field_names, self))
        return f"{self.__class__.__name__}({fields})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    class_namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, sys.intern(f"Alias for field number {index}"))
    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# ids of the containers whose repr is being built, so a container inside itself shows as ...
_repr_running = set()


# --- OrderedDict

class OrderedDict(dict):
    """A dict whose equality with another OrderedDict depends on order, and which can reorder its keys."""
    # dict keeps insertion order already; this adds order-aware equality,
    # move_to_end and popitem(last=False).

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first if last is false."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def move_to_end(self, key, last=True):
        """Move key to the end, or to the start if last is false; KeyError if it is absent."""
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            dict.clear(self)
            self[key] = value
            dict.update(self, rest)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        if id(self) in _repr_running:
            return "..."
        _repr_running.add(id(self))
        try:
            return f"{name}({list(self.items())!r})"
        finally:
            _repr_running.discard(id(self))

    def keys(self):
        return _odict_keys(self)

    def values(self):
        return _odict_values(self)

    def items(self):
        return _odict_items(self)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = dict(vars(self)) if hasattr(self, "__dict__") else None
        return type(self), (), state or None, None, iter(dict.items(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class _odict_view:
    """A view of an OrderedDict, shown as CPython shows it (odict_keys([...]))."""
    __slots__ = ("_mapping", "_view")

    def __init__(self, mapping):
        self._mapping = mapping
        self._view = self._of(mapping)

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return f"{type(self).__name__}({list(self._view)!r})"

    @property
    def mapping(self):
        return self._view.mapping


class _odict_set_view(_odict_view):
    __slots__ = ()

    def __eq__(self, other):
        return self._view == (other._view if isinstance(other, _odict_view) else other)

    def __and__(self, other):
        return self._view & other

    def __or__(self, other):
        return self._view | other

    def __sub__(self, other):
        return self._view - other

    def __xor__(self, other):
        return self._view ^ other

    def isdisjoint(self, other):
        return self._view.isdisjoint(other)


class _odict_keys(_odict_set_view):
    __slots__ = ()
    _of = staticmethod(dict.keys)


class _odict_items(_odict_set_view):
    __slots__ = ()
    _of = staticmethod(dict.items)


class _odict_values(_odict_view):
    __slots__ = ()
    _of = staticmethod(dict.values)


for _view in (_odict_keys, _odict_items, _odict_values):
    _view.__name__ = _view.__qualname__ = _view.__name__[1:]
del _view


# --- Counter

def _positive_part(pairs):
    """A Counter of the (element, count) pairs whose count is above zero."""
    kept = Counter()
    for elem, count in pairs:
        if count > 0:
            kept[elem] = count
    return kept


class Counter(dict):
    """A dict of counts: missing keys count zero, and counters add, subtract and intersect as multisets."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Missing elements count zero."""
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, most common first; the first n of them if n is given."""
        # sorted() is stable, so equal counts keep their first-seen order.
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count (none for counts below one)."""
        return (elem for elem, count in self.items() for _ in range(count))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from a mapping or an iterable of elements, and from keyword arguments."""
        if iterable is not None:
            if hasattr(iterable, "keys"):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts from a mapping or an iterable of elements, and from keyword arguments."""
        if iterable is not None:
            if hasattr(iterable, "keys"):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Delete elem if present; a missing element is no error."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            return f"{self.__class__.__name__}({dict(self.most_common())!r})"
        except TypeError:
            return f"{self.__class__.__name__}({dict.__repr__(self)})"

    # Comparisons treat missing elements as having zero counts.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset operations keep only positive counts.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        difference = _positive_part((elem, count - other[elem]) for elem, count in self.items())
        # What other owes and self lacks shows up as a positive count.
        for elem, count in other.items():
            if count < 0 and elem not in self:
                difference[elem] = 0 - count
        return difference

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        # On a tie the count from other is kept, as CPython does (it shows when 1 meets 1.0).
        counts = ((elem, mine, other[elem]) for elem, mine in self.items())
        return _positive_part((elem, mine if mine < theirs else theirs) for elem, mine, theirs in counts)

    def _combine(self, other, op):
        result = Counter()
        for elem, count in self.items():
            value = op(count, other[elem])
            if value > 0:
                result[elem] = value
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __pos__(self):
        """The positive counts only."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """The negative counts, made positive; zero and positive counts are dropped."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# --- what needs collections.abc, built on first use

def __getattr__(name):
    if name in ("ChainMap", "UserDict", "UserList", "UserString"):
        from collections import _mappings
        value = getattr(_mappings, name)
    else:
        raise AttributeError(f"module 'collections' has no attribute {name!r}")
    globals()[name] = value
    return value
