# itertools recipes: grouper, roundrobin, powerset, sliding windows, unique_everseen and friends.
import itertools as it
from collections import deque
from operator import mul, add
import operator


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return it.zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = deque(it.islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x)
        yield tuple(window)


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)


def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)


def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)


def running_mean(values):
    for i, total in enumerate(it.accumulate(values), 1):
        yield round(total / i, 3)


def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def all_equal(iterable):
    g = it.groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def dotproduct(v1, v2):
    return sum(map(mul, v1, v2))


print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
print(list(roundrobin("ABC", "D", "EF")), "".join(roundrobin("abcd", "12", "XYZ")))
print(list(powerset([1, 2, 3])))
print(list(sliding_window("abcdef", 3)), list(sliding_window(range(3), 5)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
evens_odds = partition(lambda x: x % 2, range(10))
print([list(p) for p in evens_odds], nth(range(10), 3), nth(range(3), 5, "none"))
print(list(flatten([[1, 2], [], [3], (4, 5)])), list(running_mean([3, 5, 10, 2])))
print(list(batched(range(10), 4)), first_true([0, "", 5, 7]), first_true([0, 0], "dflt"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 3, None]), dotproduct([1, 2, 3], [4, 5, 6]))
print(list(it.accumulate([1, 2, 3, 4], mul)), list(it.accumulate([5, 1, 7, 2], max)), list(it.accumulate([1, 2], initial=100)))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print([(k, list(g)) for k, g in it.groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.permutations("abc", 2)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.islice(it.count(10, 2.5), 4)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)))
print(list(it.pairwise("abcd")), list(map(add, *it.tee(range(4)))), len(list(it.permutations(range(6)))))
a, b, c = it.tee("hello", 3)
print(next(a), next(a), list(b), "".join(c))
print(list(it.chain("ab", [1], (None,))), list(it.filterfalse(None, [0, 1, "", "x"])))
print(list(it.islice("abcdefgh", 1, 7, 2)), list(it.takewhile(str.isupper, "ABcD")), sum(1 for _ in it.combinations(range(20), 3)))
print(list(map(operator.itemgetter(0), it.groupby("aabbbc"))))
