"""Container datatypes: namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap,
UserDict, UserList and UserString.

CPython writes deque, defaultdict, OrderedDict and the namedtuple field getter
in C (_collections); deque and defaultdict are hot and should become native.
ChainMap and the User* classes need collections.abc, so they are built on
first use (module __getattr__), keeping `import collections` cheap.
"""
import sys

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]


# --- namedtuple

class _tuplegetter:
    """The descriptor behind each namedtuple field: self[index], read-only."""
    # No __slots__: each getter has its own __doc__, and a __doc__ slot would clash with the class's.

    def __init__(self, index, doc):
        self.index, self.__doc__ = index, doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self.index, self.__doc__)


    def __repr__(self):
        return f"{type(self).__name__}({self.index}, {self.__doc__!r})"


# CPython's is _collections._tuplegetter; here it lives in collections, so pickling finds it.


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


# --- deque

class deque:
    """A sequence with fast appends and pops at both ends, optionally bounded to maxlen items."""
    # A ring buffer: the items are _ring[_head], _ring[_head + 1], ... (mod the capacity), _size of them.
    __slots__ = ("_ring", "_head", "_size", "_maxlen", "_state", "__weakref__")
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._ring, self._head, self._size, self._state = [None] * 8, 0, 0, 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """The bound on the length, or None."""
        return self._maxlen

    def _slot(self, index):
        return (self._head + index) % len(self._ring)

    def _grow(self):
        ring = self._ring
        items = [ring[(self._head + i) % len(ring)] for i in range(self._size)]
        self._ring = items + [None] * len(items)
        self._head = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == self._size:
            if not self._maxlen:
                return
            self.popleft()
        if self._size == len(self._ring):
            self._grow()
        self._ring[self._slot(self._size)] = x
        self._size += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == self._size:
            if not self._maxlen:
                return
            self.pop()
        if self._size == len(self._ring):
            self._grow()
        self._head = (self._head - 1) % len(self._ring)
        self._ring[self._head] = x
        self._size += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        self._size -= 1
        slot = self._slot(self._size)
        x, self._ring[slot] = self._ring[slot], None
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x, self._ring[self._head] = self._ring[self._head], None
        self._head = (self._head + 1) % len(self._ring)
        self._size -= 1
        return x

    def extend(self, iterable):
        """Append each item of iterable at the right."""
        for x in (list(iterable) if iterable is self else iterable):
            self.append(x)

    def extendleft(self, iterable):
        """Append each item of iterable at the left, so they end up reversed."""
        for x in (list(iterable) if iterable is self else iterable):
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._ring, self._head, self._size = [None] * 8, 0, 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """How many items are, or equal, value."""
        state, n = self._state, 0
        for x in self:
            n += x is value or x == value
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=sys.maxsize):
        """The index of the first item equal to value in [start, stop); ValueError if none."""
        start, stop, _ = slice(start, stop).indices(self._size)
        state = self._state
        for i in range(start, stop):
            x = self._ring[self._slot(i)]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen == self._size:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(index, value)
        self._refill(items)

    def remove(self, value):
        """Remove the first item equal to value."""
        del self[self.index(value)]

    def reverse(self):
        """Reverse the items in place."""
        self._refill(list(self)[::-1])

    def rotate(self, n=1):
        """Move the last n items to the front (the first -n to the back when n < 0)."""
        if self._size:
            n %= self._size
            if n:
                items = list(self)
                self._refill(items[-n:] + items[:-n])

    def _refill(self, items):
        self._state += 1
        self._ring = items + [None] * max(8 - len(items), len(items))
        self._head, self._size = 0, len(items)

    def _index(self, index):
        if not isinstance(index, int):
            if hasattr(index, "__index__"):
                index = index.__index__()
            else:
                raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("deque index out of range")
        return self._slot(index)

    def __getitem__(self, index):
        return self._ring[self._index(index)]

    def __setitem__(self, index, value):
        self._ring[self._index(index)] = value

    def __delitem__(self, index):
        slot = self._index(index)
        items = list(self)
        del items[(slot - self._head) % len(self._ring)]
        self._refill(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        state = self._state
        for i in range(self._size):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._ring[(self._head + i) % len(self._ring)]
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for i in range(self._size - 1, -1, -1):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._ring[(self._head + i) % len(self._ring)]

    def __contains__(self, value):
        return any(x is value or x == value for x in self)

    def __repr__(self):
        if id(self) in _repr_running:
            return "[...]"
        _repr_running.add(id(self))
        try:
            items = repr(list(self))
        finally:
            _repr_running.discard(id(self))
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(list(self) * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self) * n
        self.clear()
        self.extend(items)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


# ids of the containers whose repr is being built, so a container inside itself shows as ...
_repr_running = set()


# --- defaultdict

class defaultdict(dict):
    """A dict that calls default_factory() to make the value of a missing key."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        if id(self) in _repr_running:
            factory = "..."
        else:
            _repr_running.add(id(self))
            try:
                factory = repr(self.default_factory)
            finally:
                _repr_running.discard(id(self))
        return f"{type(self).__name__}({factory}, {dict.__repr__(self)})"

    def copy(self):
        """A shallow copy, with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


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

class Counter(dict):
    """A dict of counts: missing keys count zero, and counters add, subtract and intersect as multisets."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Missing elements count zero."""
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, most common first; the first n of them if n is given."""
        # sorted() is stable, so equal counts keep their first-seen order.
        ranked = sorted(self.items(), key=_count_of, reverse=True)
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
        """Return a shallow copy."""
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
        result = Counter()
        for elem, count in self.items():
            left = count - other[elem]
            if left > 0:
                result[elem] = left
        # What other owes and self lacks shows up as a positive count.
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            least = count if count < other_count else other_count
            if least > 0:
                result[elem] = least
        return result

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


def _count_elements(mapping, iterable):
    """Tally the elements of iterable in mapping (CPython's C helper for Counter; hot)."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _count_of(item):
    return item[1]


# --- what needs collections.abc, built on first use

def __getattr__(name):
    if name in ("ChainMap", "UserDict", "UserList", "UserString"):
        from collections import _mappings
        value = getattr(_mappings, name)
    else:
        raise AttributeError(f"module 'collections' has no attribute {name!r}")
    globals()[name] = value
    return value
