# _operator natively: the operator functions and itemgetter/attrgetter/methodcaller against CPython.
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a', 'b.c')), repr(methodcaller('f', 1, x=2)), repr(methodcaller('g')))
for f, a, k in [(itemgetter, (), {}), (attrgetter, (), {}), (attrgetter, (1,), {}), (methodcaller, (), {}), (methodcaller, (1,), {}),
                (itemgetter(1), (), {}), (itemgetter(1), ([1,2],), {'x': 1}), (itemgetter(1), ([1,2], 3), {}), (attrgetter('a'), (1,), {}), (attrgetter('real.b'), (1,), {}),
                (op.index, (1.5,), {}), (op.concat, (1, 2), {}), (op.indexOf, ([1], 2), {}), (op.length_hint, ([], 'a'), {}), (op.add, (1,), {}), (op.iconcat, (1, [2]), {}),
                (op.countOf, ([1, 1, 2], 1), {}), (op.is_, (1, 1), {}), (op.truth, ([],), {}), (op.call, (max, 1, 2), {}), (op.length_hint, (iter([1,2]),), {}), (op.contains, ([1], 1), {}),
                (op.pow, (2, 10), {}), (op.matmul, (1, 2), {}), (op.getitem, ({}, 1), {}), (op.setitem, ([1], 0, 2), {}), (op.delitem, ([1], 0), {}), (op.abs, (-1,), {}), (op.inv, (5,), {}), (op.neg, (1,), {}), (op.lt, (1,'a'), {})]:
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
try:
    class I(itemgetter): pass
    print(repr(I(1)))
except Exception as e: print(type(e).__name__, e)
print(op.add, op.__add__, op.itemgetter.__module__, type(op.add).__name__, op.add.__module__)
print(itemgetter(1).__reduce__(), attrgetter('a.b', 'c').__reduce__(), methodcaller('f', 1).__reduce__())
print(sorted([(1, 'b'), (0, 'c')], key=itemgetter(1)), itemgetter(slice(1, 3))('abcd'), itemgetter(0, -1)('xyz'))
class O: pass
o = O(); o.a = O(); o.a.b = 5; o.c = 3
print(attrgetter('a.b', 'c')(o), attrgetter('c')(o), methodcaller('upper')('x'), methodcaller('split', sep=',')('a,b'))
x = [1]; print(op.iadd(x, [2]), x, op.iconcat(x, (3,)), op.ipow(2, 3), op.imul('a', 3))

print(op.methodcaller('f', 1, x=2).__reduce__()[1], type(op.methodcaller('f', x=2).__reduce__()[0]).__name__)
print(op.__add__ is op.add, op.__inv__ is op.inv, op.__not__ is op.not_, op.__concat__(['a'], ['b']))
data = [{'k': i % 3, 'v': -i} for i in range(7)]
print(sorted(data, key=itemgetter('k', 'v')), max(data, key=itemgetter('v')))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.lshift(1, 5), op.xor(6, 3), op.and_(6, 3), op.or_(6, 3))
print(op.eq(1, 1.0), op.ne('a', 'a'), op.ge(2, 1), op.le(2, 1), op.gt([1], [0]), op.pos(-3), op.index(True), op.countOf('banana', 'a'), op.indexOf('banana', 'n'))
class LH:
    def __length_hint__(self): return 7
print(op.length_hint(LH()), op.length_hint(object(), 3), op.call(lambda *a, **k: (a, k), 1, z=2))
class Token:
    def __init__(self, name): self.name = name
    def __del__(self): print('gone', self.name)
    def m(self, *a, **k): return a, k
ig = itemgetter(Token('item')); del ig
mc = methodcaller('m', Token('arg'), k=Token('kw')); print(mc(Token('self'))[0][0].name); del mc
print('lifetimes done')
