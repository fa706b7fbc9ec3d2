"""Shallow and deep copy operations: copy(x) and deepcopy(x[, memo]).

Classes customise copying with __copy__ / __deepcopy__(memo), or through the
pickle protocol (__reduce_ex__, __getstate__, __setstate__).
"""
import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # backward compatibility

# Values that are their own deep copy; a shallow copy also keeps tuples, frozensets and slices.
_DEEP_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range, property,
                types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
                types.FunctionType, types.CodeType}
try:
    from _weakref import ref as _ref
    _DEEP_ATOMIC.add(_ref)
    del _ref
except ImportError:
    pass
_ATOMIC = _DEEP_ATOMIC | {tuple, frozenset, slice}
_SHALLOW_COPIED_BY_METHOD = {list, dict, set, bytearray}


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in _SHALLOW_COPIED_BY_METHOD:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, message):
    import copyreg
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error(message % cls)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps the ids of objects already copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _DEEP_ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    # A value reconstructed as itself needs no memo entry.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # The tuple may have been copied meanwhile, through a reference cycle.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    """Keep x alive in the memo, so its id is not reused while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
