"""Student grade book with statistics, ranking and letter grades."""
import statistics
from collections import defaultdict

SCORES = """
alice   math 91  physics 84 history 77 art 95
bob     math 68  physics 72 history 88 art 61
carol   math 85  physics 91 history 93 art 70
dave    math 55  physics 48 history 62 art 80
erin    math 99  physics 97 history 71 art 88
frank   math 77  physics 77 history 77 art 77
"""

BOUNDS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def letter(score):
    return next(g for bound, g in BOUNDS if score >= bound)


students = {}
for line in SCORES.strip().splitlines():
    name, *rest = line.split()
    students[name] = {rest[i]: int(rest[i + 1]) for i in range(0, len(rest), 2)}

subjects = sorted({s for marks in students.values() for s in marks})
print(f"{'name':<8}" + "".join(f"{s:>9}" for s in subjects) + f"{'mean':>8}{'grade':>6}")
for name, marks in students.items():
    mean = statistics.mean(marks.values())
    print(f"{name:<8}" + "".join(f"{marks[s]:>9}" for s in subjects) + f"{mean:>8.2f}{letter(mean):>6}")

for s in subjects:
    col = [m[s] for m in students.values()]
    print(f"{s:<8} mean={statistics.mean(col):.2f} median={statistics.median(col)} "
          f"stdev={statistics.stdev(col):.3f} pstdev={statistics.pstdev(col):.3f} range={max(col) - min(col)}")

all_scores = [v for m in students.values() for v in m.values()]
print(statistics.mode([letter(v) for v in all_scores]), statistics.multimode([77, 77, 91, 91, 5]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.variance(all_scores))
print(statistics.quantiles(all_scores, n=4), statistics.fmean([1.5, 2.5, 3.5]), statistics.harmonic_mean([40, 60]))
print(round(statistics.correlation([m["math"] for m in students.values()], [m["physics"] for m in students.values()]), 6))
print(statistics.linear_regression([1, 2, 3, 4], [2, 4.1, 5.9, 8.2]))
ranking = sorted(students, key=lambda n: (-statistics.mean(students[n].values()), n))
for place, name in enumerate(ranking, 1):
    print(place, name)
by_grade = defaultdict(list)
for name, marks in students.items():
    for s, v in marks.items():
        by_grade[letter(v)].append(f"{name}/{s}")
for g in "ABCDF":
    print(g, len(by_grade[g]), by_grade[g][:4])
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
