# sorted with key, cmp_to_key, reverse and stability; multi-pass sorts; sort of records.
from functools import cmp_to_key
from operator import attrgetter, itemgetter, methodcaller
from collections import namedtuple

Player = namedtuple("Player", "name team score age")
players = [
    Player("ann", "red", 30, 25), Player("bob", "blue", 25, 31), Player("cat", "red", 30, 22),
    Player("dan", "green", 18, 40), Player("eve", "blue", 30, 29), Player("fay", "green", 25, 25),
    Player("gus", "red", 18, 33), Player("hal", "blue", 25, 22),
]

print([p.name for p in sorted(players, key=attrgetter("score"))])
print([p.name for p in sorted(players, key=attrgetter("score"), reverse=True)])
print([p.name for p in sorted(players, key=attrgetter("team", "score"))])
by_age = sorted(players, key=attrgetter("age"))
by_team_then_age = sorted(by_age, key=attrgetter("team"))
print([(p.team, p.age, p.name) for p in by_team_then_age])
print([p.name for p in sorted(players, key=lambda p: (-p.score, p.name))])


def compare(a, b):
    if a.team != b.team:
        return -1 if a.team > b.team else 1
    return (a.score > b.score) - (a.score < b.score)


print([f"{p.team}:{p.score}:{p.name}" for p in sorted(players, key=cmp_to_key(compare))])
key = cmp_to_key(lambda x, y: len(x) - len(y))
print(sorted(["ccc", "a", "bb", "dd", "e", "fff"], key=key), key("ab") < key("abc"), key("x") == key("y"))

words = "The quick brown Fox jumps over the lazy dog And runs Away".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=methodcaller("count", "o"), reverse=True))

records = [{"id": i, "grade": g} for i, g in enumerate("BACABCCAB")]
stable = sorted(records, key=itemgetter("grade"))
print([(r["grade"], r["id"]) for r in stable])
stable_rev = sorted(records, key=itemgetter("grade"), reverse=True)
print([(r["grade"], r["id"]) for r in stable_rev])
print([(r["grade"], r["id"]) for r in reversed(sorted(records, key=itemgetter("grade")))])

data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
data2 = data[:]
data2.sort(reverse=True)
print(data2, sorted(data, key=lambda x: x % 3), min(data, key=lambda x: -x), max(data, key=lambda x: x % 4))
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(10), key=lambda x: x % 2 == 0))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]), sorted([0.5, -1, 3, True, False]))
mixed = ["10", "9", "100", "1"]
print(sorted(mixed), sorted(mixed, key=int), sorted(mixed, key=lambda s: (len(s), s)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)


class Version:
    def __init__(self, text):
        self.parts = tuple(int(x) for x in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.text


print(sorted(map(Version, ["1.10", "1.2", "1.2.1", "0.9", "1.10.0", "2"])))
print(max(map(Version, ["3.1", "3.10", "3.9"])), min(["b", "a", "c"], default=None), max([], default="empty"))
nested = [[3, [1, 2]], [1, [5]], [3, [0, 9]], [2, []]]
print(sorted(nested), sorted(nested, key=lambda x: len(x[1])), sorted(nested, key=lambda x: sum(x[1]), reverse=True))
grid = [(x, y) for x in range(3) for y in range(3)]
print(sorted(grid, key=lambda p: (p[0] + p[1], -p[0])))
