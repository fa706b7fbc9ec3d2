def check(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: 1())
check(lambda: None.foo)
check(lambda: [1][5])
check(lambda: {}["x"])
check(lambda: 1 + "a")
check(lambda: "a" - 1)
check(lambda: -"a")
check(lambda: 1 / 0)
check(lambda: 1 // 0)
check(lambda: 1 % 0)
def unpack2():
    a, b = [1, 2, 3]
def unpack3():
    a, b, c = [1]
def unpack_int():
    a, b = 5
def unpack_star():
    a, *b, c = [1]
check(unpack2)
check(unpack3)
check(unpack_int)
check(unpack_star)
check(lambda: len(5))
check(lambda: int("abc"))
check(lambda: iter(5))
check(lambda: next(iter([])))
check(lambda: [].pop())
check(lambda: (1, 2).append)
check(lambda: object().x)
check(lambda: f"{1:d}" + f"{'s':d}")
def star_bad():
    return print(*5)
def kw_bad():
    return print(**5)
def kw_dup():
    return dict(**{"a": 1}, **{"a": 2})
check(star_bad)
check(kw_bad)
check(kw_dup)
check(lambda: undefined)
def closure_unbound():
    def inner():
        return v
    r = inner()
    v = 1
    return r
check(closure_unbound)
class NoCtx:
    pass
def with_bad():
    with NoCtx():
        pass
check(with_bad)
check(lambda: [x for x in 5])
check(lambda: sum(["a"]))
check(lambda: "abc"[10])
check(lambda: {1: 2}.items()[0])
check(lambda: int.foo)
check(lambda: isinstance(1, 2))
def raise_bad():
    raise 5
check(raise_bad)
def reraise_none():
    raise
check(reraise_none)
def cause_bad():
    raise ValueError from 5
check(cause_bad)
import sys
check(lambda: sys.setrecursionlimit(0))
check(lambda: (lambda a: a)(1, b=2))
check(lambda: sorted([1, "a"]))
check(lambda: hash([]))
check(lambda: {[]: 1})
