"""Sorting with keys, cmp_to_key, stability, operator helpers and bisect."""
from functools import cmp_to_key
from operator import itemgetter, attrgetter, methodcaller
import bisect


class Employee:
    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age

    def __repr__(self):
        return f"{self.name}({self.dept}, {self.salary})"


staff = [Employee("Ann", "eng", 120, 34), Employee("Bob", "ops", 90, 45),
         Employee("Cid", "eng", 120, 29), Employee("Dee", "sales", 70, 38),
         Employee("Eve", "ops", 95, 23), Employee("Fay", "eng", 105, 41)]

print(sorted(staff, key=attrgetter("salary")))
print(sorted(staff, key=attrgetter("dept", "name")))
print(sorted(staff, key=lambda e: (-e.salary, e.age)))
by_dept = sorted(staff, key=attrgetter("dept"))
print([e.name for e in sorted(by_dept, key=attrgetter("salary"), reverse=True)])


def version_cmp(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.2", "10.0", "1.10"]
print(sorted(versions), sorted(versions, key=cmp_to_key(version_cmp)))
print(max(versions, key=cmp_to_key(version_cmp)))

words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=methodcaller("count", "o"), reverse=True))
pairs = [(1, "b"), (3, "a"), (2, "c"), (1, "a")]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), pairs)), itemgetter(0, 1)("xyz"))
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
data.sort()
print(data, bisect.bisect(data, 5), bisect.bisect_left(data, 5), bisect.bisect_right(data, 10))
bisect.insort(data, 7)
bisect.insort_left(data, 0)
print(data)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), sorted(set("mississippi")), "".join(sorted("banana", reverse=True)))
mixed = [3, 1.5, True, -2, 0.0]
print(sorted(mixed), min(mixed), max(mixed, key=abs))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
nested = [[3, 2], [1], [3, 1], [], [1, 0]]
print(sorted(nested), sorted(nested, key=sum), sorted(nested, key=len, reverse=True))
print(sorted(range(-5, 6), key=lambda x: (x * x, x)))
print(list(reversed(sorted(["b", "A", "c"]))), sorted([(1, 2), (1,), ()]))
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
records.sort(key=itemgetter("v"))
print([r["n"] for r in records])
print(sorted([0.1 + 0.2, 0.3, 1 / 3, 0.33]), sorted([10 ** 20, -10 ** 19, 5]))
