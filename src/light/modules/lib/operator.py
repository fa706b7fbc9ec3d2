"""Operators as functions (operator.add(a, b) is a + b), and itemgetter/attrgetter/methodcaller.

All of them are native (_operator), as in CPython; this module adds the dunder aliases.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

from _operator import (
    abs, add, and_, attrgetter, call, concat, contains, countOf, delitem, eq, floordiv, ge,
    getitem, gt, iadd, iand, iconcat, ifloordiv, ilshift, imatmul, imod, imul, index, indexOf,
    inv, invert, ior, ipow, irshift, is_, is_not, isub, itemgetter, itruediv, ixor, le,
    length_hint, lshift, lt, matmul, methodcaller, mod, mul, ne, neg, not_, or_, pos, pow,
    rshift, setitem, sub, truediv, truth, xor)


# The dunder aliases: operator.__add__ is operator.add, and so on.
for _name in __all__:
    if _name not in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                     'is_', 'is_not', 'length_hint', 'truth'):
        globals()[f"__{_name.rstrip('_')}__"] = globals()[_name]
__inv__ = inv
del _name
