import types
ft = type(lambda: 0)
def mk():
    x = 1
    return lambda: x
c = mk().__code__
for args in [(None, {}), ((lambda: 0).__code__, None), ((lambda: 0).__code__, {}, 5), ((lambda: 0).__code__, {}, None, 5),
             (c, {}), (c, {}, None, None, ()), (c, {}, None, None, (1,))]:
    try:
        print(ft(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(ft(code=(lambda: 0).__code__, globals={}, name='nm').__name__)
def g(a, b=2):
    return a + b + z
f2 = ft(g.__code__, {'z': 100}, 'g2', (5,))
print(f2.__name__, f2.__qualname__, f2(1), f2(1, 1))
inner = mk()
f3 = ft(inner.__code__, {}, None, None, inner.__closure__)
print(f3())
co = (lambda: 0).__code__
r = co.replace(co_name='zz', co_flags=co.co_flags | 0x100, co_filename='file.py', co_firstlineno=42)
print(r.co_name, r.co_filename, r.co_firstlineno, r.co_flags == co.co_flags | 0x100, co.co_name)
for bad in [dict(bogus=1), dict(co_name=1), dict(co_flags='x')]:
    try:
        co.replace(**bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    co.replace(1)
except Exception as e:
    print(type(e).__name__, e)
def k():
    return 'k', K
k2 = ft(k.__code__.replace(co_consts=tuple('kk' if c == 'k' else c for c in k.__code__.co_consts)), {'K': 7})
print(k2())
@types.coroutine
def wait(v):
    got = yield v
    return got * 2
async def main():
    r = await wait(3)
    print('await gave', r)
    return r
cr = main()
print(cr.send(None))
try:
    cr.send(21)
except StopIteration as e:
    print('stop', e.value)
def h(): return 1
def h2(): return 2
h.__code__ = h2.__code__
print(h(), h.__name__)
try:
    h.__code__ = None
except TypeError as e:
    print(e)
try:
    h.__code__ = inner.__code__
except ValueError as e:
    print(e)
src = compile('def q(n):\n    return n * 3\n', '<q>', 'exec')
ns = {}
exec(src, ns)
print(ns['q'](4), src.co_filename)
print(eval(compile('1+2', '<e>', 'eval')))
