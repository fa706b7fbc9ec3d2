"""Functions creating iterators for efficient looping.

Each iterator is a small class around a generator: constructing one checks its
arguments at once, as CPython's C versions (itertools) do, and instances show
as <itertools.name object at ...>.  All are hot in loops and should become native.
"""
import sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


class _Iterator:
    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _non_negative(r, name='r'):
    r = _as_index(r)
    if r < 0:
        raise ValueError(f'{name} must be non-negative')
    return r


def _as_index(value):
    if not isinstance(value, int):
        try:
            return type(value).__index__(value)
        except AttributeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    return value


class count(_Iterator):
    """start, start + step, start + 2*step, ..."""
    __slots__ = ('_next', '_step')

    def __new__(cls, start=0, step=1):
        self = object.__new__(cls)
        for value in (start, step):
            if not _is_number(value):
                raise TypeError('a number is required')
        self._next, self._step = start, step
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f'{type(self).__name__}({self._next!r})'
        return f'{type(self).__name__}({self._next!r}, {self._step!r})'


def _positional(cls, base, args, kwargs, count=None):
    """args, checked as CPython checks a C iterator that takes no keyword arguments (a
    subclass with its own __init__ may pass some; they are ignored here)."""
    if kwargs and (cls is base or cls.__init__ is base.__init__):
        raise TypeError(f"{base.__name__}() takes no keyword arguments")
    if count is not None and len(args) != count:
        raise TypeError(f"{base.__name__} expected {count} argument{'s' if count > 1 else ''}, got {len(args)}")
    return args


def _is_number(value):
    number_methods = ('__index__', '__int__', '__float__', '__complex__')
    return isinstance(value, (int, float, complex)) or any(hasattr(type(value), m) for m in number_methods)


class cycle(_Iterator):
    """The items of iterable, then the same items again, forever."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, = _positional(cls, cycle, args, kwargs, 1)
        self = object.__new__(cls)
        self._it = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            yield from saved


class repeat(_Iterator):
    """An iterator returning object, times times or without end."""
    __slots__ = ('_object', '_left')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object, self._left = _repeat_args(*args, **kwargs)
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._left})'


def _repeat_args(object, times=None):
    return object, None if times is None else max(_as_index(times), 0)


class accumulate(_Iterator):
    """Running totals of iterable (or running results of func), after initial if given."""
    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        self = object.__new__(cls)
        self._it = self._run(iter(iterable), func, initial)
        return self

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_Iterator):
    """An iterator over the items of each iterable in turn."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        _positional(cls, chain, iterables, kwargs)
        self = object.__new__(cls)
        self._it = self._run(iter(iterables))
        return self

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        """A chain over the iterables that iterable yields, taken lazily."""
        result = object.__new__(cls)
        result._it = cls._run(iter(iterable))
        return result

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class compress(_Iterator):
    """The items of data whose selector is true."""
    __slots__ = ()

    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._it = (d for d, s in zip(iter(data), iter(selectors)) if s)
        return self


class dropwhile(_Iterator):
    """The items of iterable from the first one predicate rejects."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional(cls, dropwhile, args, kwargs, 2)
        self = object.__new__(cls)
        self._it = self._run(predicate, iter(iterable))
        return self

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_Iterator):
    """The items of iterable up to the first one predicate rejects."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional(cls, takewhile, args, kwargs, 2)
        self = object.__new__(cls)
        self._it = self._run(predicate, iter(iterable))
        return self

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_Iterator):
    """The items of iterable that function (or truth) rejects."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional(cls, filterfalse, args, kwargs, 2)
        self = object.__new__(cls)
        it = iter(iterable)
        predicate = bool if function is None else function
        self._it = (x for x in it if not predicate(x))
        return self


class starmap(_Iterator):
    """function(*args) for each args in iterable."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional(cls, starmap, args, kwargs, 2)
        self = object.__new__(cls)
        it = iter(iterable)
        self._it = (function(*args) for args in it)
        return self


class islice(_Iterator):
    """The items of iterable at indexes range(start, stop, step), stop None meaning no end."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _positional(cls, islice, args, kwargs)
        self = object.__new__(cls)
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 0')
        iterable, *args = args
        if not 1 <= len(args) <= 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}' if args
                            else 'islice expected at least 2 arguments, got 1')
        start, stop, step = (0, args[0], 1) if len(args) == 1 else (tuple(args) + (1,))[:3]
        if stop is not None:
            if not isinstance(stop, int) or stop < 0 or stop > sys.maxsize:
                raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        if step is None:
            step = 1
        if not isinstance(start, int) or start < 0 or start > sys.maxsize:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if not isinstance(step, int) or step < 1 or step > sys.maxsize:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = self._run(iter(iterable), start, stop, step)
        return self

    @staticmethod
    def _run(it, start, stop, step):
        # Read exactly as many items as CPython does: skip up to the next wanted index
        # (capped at stop), and never read past stop.
        count, wanted = 0, start
        while True:
            while count < wanted:
                for _ in it:
                    break
                else:
                    return
                count += 1
            if stop is not None and count >= stop:
                return
            for item in it:
                break
            else:
                return
            count += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item


class groupby(_Iterator):
    """(key, group) for each run of consecutive items with equal key(item)."""
    __slots__ = ('_source', '_key', '_current', '_current_key', '_target_key', '_exhausted', '_group_id')

    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._key = key
        self._current = self._current_key = self._target_key = _MARKER
        self._exhausted = False
        self._group_id = None
        return self

    def _advance(self):
        try:
            self._current = next(self._source)
        except StopIteration:
            self._exhausted = True
            raise
        self._current_key = self._current if self._key is None else self._key(self._current)

    def __next__(self):
        self._group_id = None
        # Skip what the last group's consumer left of it.
        while self._current is _MARKER or (self._target_key is not _MARKER
                                           and self._target_key == self._current_key):
            self._advance()
        key = self._target_key = self._current_key
        group_id = self._group_id = object()
        return key, _grouper(self, key, group_id)


_MARKER = object()


class _grouper(_Iterator):
    __slots__ = ()

    def __init__(self, parent, key, group_id):
        self._it = self._run(parent, key, group_id)

    @staticmethod
    def _run(parent, key, group_id):
        while parent._group_id is group_id and not parent._exhausted:
            yield parent._current
            try:
                parent._advance()
            except StopIteration:
                return
            if not key == parent._current_key:
                return


class pairwise(_Iterator):
    """(a, b), (b, c), ... for the items a, b, c, ... of iterable."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        iterable, = _positional(cls, pairwise, args, kwargs, 1)
        self = object.__new__(cls)
        self._it = self._run(iter(iterable))
        return self

    @staticmethod
    def _run(it):
        for a in it:
            for b in it:
                yield a, b
                a = b
            return


class zip_longest(_Iterator):
    """Like zip(), until the longest iterable ends, padding with fillvalue."""
    __slots__ = ()

    def __new__(cls, *iterables, fillvalue=None):
        self = object.__new__(cls)
        self._it = self._run([iter(it) for it in iterables], fillvalue)
        return self

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_Iterator):
    """The cartesian product of the iterables (each repeated repeat times), as nested loops give it."""
    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        self = object.__new__(cls)
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._it = self._run(pools)
        return self

    @staticmethod
    def _run(pools):
        if not all(pools):
            return
        # An odometer over the pools, the rightmost wheel turning fastest.
        indices = [0] * len(pools)
        yield tuple(pool[0] for pool in pools)
        while True:
            for i in reversed(range(len(pools))):
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
            else:
                return
            yield tuple(pool[k] for pool, k in zip(pools, indices))


class permutations(_Iterator):
    """The r-length orderings of the items of iterable (all of them by default)."""
    __slots__ = ()

    def __new__(cls, iterable, r=None):
        self = object.__new__(cls)
        pool = tuple(iterable)
        r = len(pool) if r is None else _non_negative(r)
        self._it = self._run(pool, r)
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iterator):
    """The r-length subsequences of the items of iterable, in order."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        iterable, r = _combination_args('combinations', *args, **kwargs)
        self._it = self._run(tuple(iterable), _non_negative(r))
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    """The r-length subsequences of the items of iterable, items repeating."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        iterable, r = _combination_args('combinations_with_replacement', *args, **kwargs)
        self._it = self._run(tuple(iterable), _non_negative(r))
        return self

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


def _combination_args(name, iterable=_MARKER, r=_MARKER):
    if iterable is _MARKER:
        raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
    if r is _MARKER:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
    return iterable, r


class _tee(_Iterator):
    """One of the iterators tee() returns."""
    __slots__ = ('_source', '_link', '__weakref__')

    def __new__(cls, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        return cls._sharing(it, _Link())

    @classmethod
    def _sharing(cls, source, link):
        self = object.__new__(cls)
        self._source, self._link = source, link
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _Link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee._sharing(self._source, self._link)


class _Link:
    """One value read from a tee's source, linked to the next; the tees share the chain,
    so values no tee still needs are freed."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = self.next = None


def tee(iterable, n=2, /):
    """n independent iterators over the items of iterable."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee._sharing(it, _Link())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
             starmap, islice, groupby, _grouper, pairwise, zip_longest, product, permutations,
             combinations, combinations_with_replacement, _tee):
    _cls.__module__ = 'itertools'
del _cls
