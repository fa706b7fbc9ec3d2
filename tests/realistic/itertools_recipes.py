"""The itertools recipes, used on small inputs."""
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def run_length(s):
    return [(k, len(list(g))) for k, g in groupby(s)]


print(take(5, count(10, 3)), nth(count(), 7), nth(iter([1]), 5, "none"))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(sliding_window("abcdef", 4)), list(pairwise([1, 2, 4, 7])))
print(list(flatten([[1, 2], [], [3], [4, 5, 6]])), run_length("aaabccddddd"))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), operator.mul, initial=10)))
print(list(product("ab", repeat=2)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations("abc", 2)), list(combinations_with_replacement("ab", 3)))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(repeat("x", 3)), list(map(pow, range(5), repeat(2))), take(7, cycle("ab")))
print(list(zip_longest("ab", [1, 2, 3], "x", fillvalue="-")))
groups = {k: [x for x in g] for k, g in groupby(sorted("the quick brown fox jumps over".split(), key=len), key=len)}
print(groups)
print(sum(1 for _ in combinations(range(20), 3)), list(islice(permutations(range(5)), 3, 6)))
counter = count(1)
labels = {name: next(counter) for name in ["x", "y", "z"]}
print(labels, next(counter), repr(count(5, 2)), repr(repeat(1, 2)))
a, b, c = tee(range(4), 3)
print(list(a), list(zip(b, c)))
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in sorted(set(dice))})
print(list(islice("abcdefg", 1, None, 2)), list(islice(range(100), 95, 200)))
