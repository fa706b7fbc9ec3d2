"""inspect: signatures, binding, kinds of objects, unwrap, getmembers, cleandoc."""
import functools
import inspect
from inspect import Parameter as P, Signature as S


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> list:
    """Doc of f.

        Indented more.
    """


s = inspect.signature(f)
print(s, repr(s), list(s.parameters.items())[:2], s.parameters['b'].kind, repr(s.parameters['b'].kind), s.parameters['b'].kind.description)
print(repr(P.empty), S.empty, type(s.parameters).__name__, s.return_annotation, s.parameters['e'].default)
ba = s.bind(1, c=5, d=4, z=1)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(s.bind(1, 2, 3, 4, b=1, d=1), s.bind_partial(1), s.bind_partial())
attempt("bind none", lambda: s.bind())
attempt("posonly kw", lambda: inspect.signature(lambda a, /: 0).bind(a=1))
attempt("too many", lambda: inspect.signature(lambda a: 0).bind(1, 2))
attempt("missing", lambda: inspect.signature(lambda a: 0).bind(b=1))
attempt("unexpected", lambda: inspect.signature(lambda a: 0).bind(1, b=2))
attempt("multiple", lambda: inspect.signature(lambda a, b: 0).bind(1, 2, a=3))
attempt("kwonly positional", lambda: inspect.signature(lambda *, k: 0).bind(1))
attempt("not callable", lambda: inspect.signature(3))
attempt("bad name", lambda: P('1x', P.POSITIONAL_ONLY))
attempt("keyword name", lambda: P('def', P.KEYWORD_ONLY))
attempt("bad kind", lambda: P('x', 7))
attempt("var default", lambda: P('x', P.VAR_POSITIONAL, default=1))
attempt("order", lambda: S([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]))
attempt("kinds", lambda: S([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_OR_KEYWORD)]))
attempt("dup", lambda: S([P('a', P.KEYWORD_ONLY), P('a', P.KEYWORD_ONLY)]))


class C:
    def __init__(self, x, y=1):
        pass

    def m(self, q):
        pass

    @classmethod
    def k(cls, z):
        pass

    @staticmethod
    def st(w, /):
        pass


class D:
    pass


class K:
    def __call__(self, z, *, w):
        pass


class N:
    def __new__(cls, n, *rest):
        return object.__new__(cls)


class Meta(type):
    def __call__(cls, meta_arg):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.k), inspect.signature(C.st))
print(inspect.signature(D), inspect.signature(K()), inspect.signature(K), inspect.signature(N), inspect.signature(WithMeta))
print(inspect.signature(functools.partial(f, 1, d=3)), inspect.signature(functools.partial(f, 1, 2, 3, e=3)), inspect.signature(functools.partial(C, 1)))
print(inspect.signature(functools.partial(lambda a, b, c: 0, b=1)))
try:
    inspect.signature(functools.partial(f, 1, 2, 3, c=3))
except ValueError as e:
    print("bad partial:", str(e).split(" at ")[0], type(e.__cause__).__name__, e.__cause__)
print(P('x', P.KEYWORD_ONLY, default=None, annotation=int), repr(P('x', P.VAR_KEYWORD)), str(P('x', P.POSITIONAL_ONLY, annotation=list[int])))
print(s.replace(return_annotation=S.empty), s.parameters['b'].replace(name='bb', default=S.empty), s == inspect.signature(f), hash(P('a', 1)) == hash(P('a', 1)))
print(inspect.getfullargspec(f))
print(repr(inspect.cleandoc(f.__doc__)), repr(inspect.getdoc(f)), inspect.getdoc(C.m))
print(inspect.getmembers(C, inspect.isfunction)[0][0], [n for n, _ in inspect.getmembers(C(1)) if not n.startswith('__')])


def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@deco
@deco
def wrapped(p, q=1):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped).__name__)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("unwrap loop:", str(e).split(" at ")[0])


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()))
print(inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f))
print(inspect.ismodule(inspect), inspect.isdatadescriptor(property()), inspect.ismethoddescriptor(str.join), inspect.isabstract(C))
print(inspect.getmodule(f).__name__, type(inspect.getattr_static(C(1), 'k')).__name__, inspect.getattr_static(C, 'nope', 'dflt'))
print(inspect.signature(len), inspect.signature(str.join), inspect.signature("x".join), inspect.signature(divmod))
print(inspect.get_annotations(f), inspect.get_annotations(f, eval_str=True))


def sample(x,
           y=1):
    # a comment
    if x:
        return [
    1]
    return y


class Outer:
    """Outer doc."""

    class Inner:
        def method(self):
            return inspect.currentframe()


print(inspect.getsource(sample), inspect.getsourcelines(Outer.Inner.method)[1], inspect.getsource(Outer.Inner), end="")
print(inspect.getsource(lambda q: q * 2).strip(), inspect.getsourcefile(sample) == __file__, inspect.getfile(Outer) == __file__)
info = inspect.getframeinfo(Outer.Inner().method())
print(info.function, info.lineno, info.code_context, info.index, info.positions)
here = inspect.stack()[0]
print(here.function, here.lineno, here.code_context, type(here).__name__, here.positions.lineno)
try:
    1 / 0
except ZeroDivisionError:
    frames = inspect.trace()
    print([(f.function, f.lineno, f.code_context) for f in frames])
attempt("getfile builtin", lambda: inspect.getfile(len))
attempt("getsource missing", lambda: inspect.getsource(eval("lambda: 0")))
