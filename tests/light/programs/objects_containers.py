# The object model: list, tuple, dict (+views), set, range and the builtins over them.
l = [5, 2, 8, 1]
l.append(3); l.extend([9, 0]); l.insert(2, 7); l.remove(8)
print(l, l.pop(), l.pop(0), l.index(7), l.count(2), sorted(l), l[::-2], l[1:3], l[-1])
l[1:3] = ["a", "b", "c"]; print(l); del l[::2]; print(l); l[0] = 99; print(l, l * 2, [0] * 3, l + [1])
m = [3, 1, 2]; m.sort(key=lambda x: -x); print(m); m.reverse(); print(m, list(reversed(m)), m.copy(), [] == [], [1, 2] < [1, 3])
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]; print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
t = (1, 2, 3); print(t[1:], t + (4,), t * 2, t.index(2), t.count(1), (1,) < (1, 2), hash((1, 2)) == hash((1, 2)), tuple("ab"), tuple([1]))
d = {"b": 1, "a": 2}; d["c"] = 3; del d["b"]; d["b"] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("a"), d)
print(d.popitem(), d, {**d, "x": 1}, dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), dict([("k", "v")]), d | {"z": 0}, "c" in d, len(d))
print(d.keys() & {"c", "q"}, d.keys() - {"c"}, d.items() == {("c", 3), ("b", 4)}, repr(d.keys()), repr(d.values()), repr({}.items()))
s = {3, 1, 2}; s.add(10); s.discard(1); s |= {20}; print(s, len(s), 3 in s, s - {3}, s & {2, 3}, s ^ {3, 99}, s | {0}, {1, 2} <= {1, 2, 3}, frozenset([1, 2]))
print(set(), frozenset(), {1, 2} == frozenset([1, 2]), sorted({"b", "a"}), set("hello") == set("olleh"), {x % 3 for x in range(10)}, {(1, 2), (3, 4)})
big = set(range(100)); big -= set(range(0, 100, 3)); print(len(big), sorted(big)[:5], list(set(range(20, 0, -1)))[:10])
nested = [[1, 2], [3]]; print(nested, [x for sub in nested for x in sub], {k: v for k, v in [("a", 1)]}, list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], 4 in range(0, 10, 2), len(range(-5, 5, 3)))
print(list(enumerate(["a", "b"])), list(zip(*[(1, 2), (3, 4)])), any(x > 3 for x in [1, 5]), all(x for x in []), max([], default=-1), min([3, 1], key=lambda v: -v), sum(x * x for x in range(4)))
import sys
print(isinstance(1, (str, int)), issubclass(bool, int), callable(len), hasattr([], "append"), getattr(1, "real"), type(len).__name__, type([].append).__name__)
