"""The native itertools: types, reprs, argument errors and iteration edge cases."""
import itertools as it
import sys


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


names = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "filterfalse", "groupby",
         "islice", "pairwise", "starmap", "takewhile", "zip_longest", "product", "permutations", "combinations",
         "combinations_with_replacement", "_grouper", "_tee", "_tee_dataobject"]
for name in names:
    t = getattr(it, name)
    print(name, t, t.__module__, t.__name__, type(t).__name__)
print(it.tee, type(it.tee).__name__)

# count
print(it.count(), it.count(5), it.count(5, 2), it.count(1.0), it.count(0, 1.0), it.count(2**70), it.count(-1, -1))
print(it.count(True), it.count(3, True), list(it.islice(it.count(2**62 - 2), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.islice(it.count(1j), 2)), list(it.islice(it.count(start=3, step=-2), 3)))
attempt("count('a')", lambda: it.count("a"))
attempt("count(1, 'a')", lambda: it.count(1, "a"))
attempt("count(1, 2, 3)", lambda: it.count(1, 2, 3))
attempt("count(x=1)", lambda: it.count(x=1))

# repeat / cycle
print(it.repeat(None), it.repeat("a", 0), it.repeat([1], 2), list(it.repeat(7, times=2)))
attempt("repeat()", lambda: it.repeat())
attempt("repeat(1, 2.0)", lambda: it.repeat(1, 2.0))
attempt("repeat(1).__length_hint__()", lambda: it.repeat(1).__length_hint__())
attempt("cycle()", lambda: it.cycle())
attempt("cycle(1)", lambda: it.cycle(1))
attempt("cycle([], x=1)", lambda: it.cycle([], x=1))
print(list(it.islice(it.cycle([]), 3)), list(it.islice(it.cycle(iter("ab")), 7)))

# islice
for args in [(5,), (None,), (1, 4), (None, 3), (1, None, 2), (0, 10, 3), (2**80,), (3, 2**70)]:
    attempt("islice%r" % (args,), lambda: list(it.islice(range(12), *args)))
for args in [(-1,), (-2,), (1.5,), ("a",), (-1, 5), (1, -1), (1, -5), (0, 5, 0), (0, 5, -1), (0, 5, 1.5), (), (1, 2, 3, 4)]:
    attempt("islice%r" % (args,), lambda: list(it.islice(range(12), *args)))
attempt("islice(x=1)", lambda: it.islice(range(3), 1, x=1))
src = iter(range(10))
print(list(it.islice(src, 1, 6, 2)), next(src))

# chain
print(list(it.chain()), list(it.chain([1], (), "ab")), list(it.chain.from_iterable([[1], [2, 3], []])), it.chain[int])
attempt("chain(1)", lambda: list(it.chain([0], 1)))
attempt("chain(a=1)", lambda: it.chain(a=1))
attempt("from_iterable(1)", lambda: it.chain.from_iterable(1))
attempt("from_iterable([1])", lambda: list(it.chain.from_iterable([1])))

# accumulate / compress / dropwhile / takewhile / filterfalse / starmap
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate("abc")), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate(iterable=[1, 2], func=None)), list(it.accumulate([], initial=None)))
attempt("accumulate()", lambda: it.accumulate())
attempt("accumulate(1, 2, 3)", lambda: it.accumulate([1], None, 3))
attempt("accumulate(['a', 1])", lambda: list(it.accumulate(["a", 1])))
print(list(it.compress(data="abc", selectors=[0, 1, 1])), list(it.compress("abcdef", [1, 0])))
attempt("compress('a')", lambda: it.compress("a"))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(bool, [0, 1, None, 2])))
print(list(it.starmap(lambda *a: sum(a), [[1, 2], (3,), iter([4, 5, 6])])))
attempt("starmap(f, [1])", lambda: list(it.starmap(max, [1])))
attempt("dropwhile(f)", lambda: it.dropwhile(len))
attempt("takewhile(f, [], 1)", lambda: it.takewhile(len, [], 1))
attempt("filterfalse(f, 1)", lambda: it.filterfalse(len, 1))
attempt("takewhile(1/0)", lambda: list(it.takewhile(lambda x: 1 / x, [1, 0, 2])))

# pairwise / zip_longest
print(list(it.pairwise("abcd")), list(it.pairwise("")), list(it.pairwise(iter("xy"))))
print(list(it.zip_longest("ab", "wxyz", [1], fillvalue="-")), list(it.zip_longest([1, 2])))
attempt("zip_longest(a=1)", lambda: it.zip_longest([], a=1))
attempt("zip_longest(1)", lambda: it.zip_longest(1))

# groupby
for k, g in it.groupby(sorted("mississippi")):
    print(k, list(g), end="; ")
print()
gb = it.groupby([1, 1, 2, 2, 3])
groups = [(k, g) for k, g in gb]
print([(k, list(g)) for k, g in groups])
gb = it.groupby("aabbcc")
_, first = next(gb)
print(next(first), next(gb)[0], list(first), [(k, list(g)) for k, g in gb])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in it.groupby(iterable=[], key=None)])
attempt("groupby()", lambda: it.groupby())
attempt("_grouper()", lambda: it._grouper())
attempt("_grouper(1, 2)", lambda: it._grouper(1, 2))
gb = it.groupby("aab")
print(list(it._grouper(gb, "a")), [(k, list(g)) for k, g in gb])

# tee
a, b = it.tee(range(100))
print(next(a), next(a), next(b), list(b)[-3:], next(a), len(list(a)))
a, b, c = it.tee(iter("abc"), 3)
print(list(a), list(b), list(c), it.tee([], 0), type(a).__name__)
d = a.__copy__()
x, y = it.tee(b)
print(list(d), x is b, type(x) is type(b), list(it.tee("xy", 1)[0]))
attempt("tee(x, -1)", lambda: it.tee([], -1))
attempt("_tee(1)", lambda: it._tee(1))
t1 = it._tee("hello")
t2 = it._tee(t1)
print(next(t1), next(t2), list(t1), list(t2))

# combinatorics
print(list(it.product("ab", range(2))), list(it.product(repeat=2)), list(it.product("ab", repeat=0)), list(it.product([1, 2], [])))
print(len(list(it.product(range(3), repeat=4))), list(it.product(*["ab"] * 2, repeat=1)))
attempt("product(repeat=-1)", lambda: it.product("a", repeat=-1))
attempt("product(x=1)", lambda: it.product("a", x=1))
attempt("product(1)", lambda: it.product(1))
print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:5], list(it.permutations("ab", 3)), list(it.permutations([], 0)))
print(list(it.permutations("abc", r=None)), list(it.permutations(iterable="ab")))
attempt("permutations('a', 1.0)", lambda: it.permutations("a", 1.0))
attempt("permutations('a', -1)", lambda: it.permutations("a", -1))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 3)), list(it.combinations("abc", 0)), list(it.combinations(range(5), 5)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)), list(it.combinations_with_replacement("", 0)))
attempt("combinations('a')", lambda: it.combinations("a"))
attempt("combinations()", lambda: it.combinations())
attempt("combinations('a', -2)", lambda: it.combinations("a", -2))
attempt("cwr('a', 1.5)", lambda: it.combinations_with_replacement("a", 1.5))
kept = list(it.combinations(range(4), 3))
kept2 = [t for t in it.permutations("abc") if t[0] != "b"]
print(kept, kept2, sum(1 for _ in it.combinations(range(20), 3)))

# subclasses
class Counter(it.count):
    pass


class Chain(it.chain):
    def __init__(self, *args, tag=None):
        self.tag = tag


c = Counter(10)
print(c, next(c), isinstance(c, it.count), Counter.__mro__[1])
ch = Chain("ab", "c", tag="t")
print(list(ch), ch.tag, type(ch).__name__)
attempt("Counter(subclass kw)", lambda: it.cycle.__new__(it.cycle, [], x=1))


class R(it.repeat):
    pass


print(R("z", 2), list(R("z", 2)))
print(sorted(it.chain.from_iterable(it.combinations(range(3), r) for r in range(4))))
