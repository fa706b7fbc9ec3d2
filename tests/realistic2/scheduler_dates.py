# A priority task scheduler with heapq and datetime/timedelta arithmetic.
import heapq
from datetime import datetime, date, timedelta, time
from itertools import count

START = datetime(2024, 2, 26, 9, 0)
WORK_START, WORK_END = time(9, 0), time(17, 0)


class Task:
    def __init__(self, name, hours, priority, due, after=()):
        self.name = name
        self.duration = timedelta(hours=hours)
        self.priority = priority
        self.due = due
        self.after = set(after)

    def __repr__(self):
        return f"Task({self.name!r}, {self.duration}, p{self.priority})"


def next_work_time(moment):
    if moment.weekday() >= 5:
        moment = datetime.combine(moment.date() + timedelta(days=7 - moment.weekday()), WORK_START)
    if moment.time() >= WORK_END:
        moment = datetime.combine(moment.date() + timedelta(days=1), WORK_START)
        return next_work_time(moment)
    if moment.time() < WORK_START:
        moment = datetime.combine(moment.date(), WORK_START)
    return moment


def work(moment, duration):
    """Advance through working hours only."""
    while duration:
        moment = next_work_time(moment)
        end_of_day = datetime.combine(moment.date(), WORK_END)
        chunk = min(duration, end_of_day - moment)
        moment += chunk
        duration -= chunk
    return moment


tasks = [
    Task("design", 6, 1, date(2024, 2, 27)),
    Task("backend", 12, 2, date(2024, 3, 1), after=["design"]),
    Task("frontend", 10, 2, date(2024, 3, 1), after=["design"]),
    Task("tests", 5, 3, date(2024, 3, 4), after=["backend", "frontend"]),
    Task("docs", 3, 5, date(2024, 3, 5)),
    Task("release", 1, 1, date(2024, 3, 5), after=["tests", "docs"]),
]

done = set()
tie = count()
ready = []
pending = {t.name: t for t in tasks}
clock = START


def release_ready():
    for name in sorted(pending):
        t = pending[name]
        if t.after <= done:
            heapq.heappush(ready, (t.priority, t.due, next(tie), t))
            del pending[name]


release_ready()
while ready:
    prio, due, _, task = heapq.heappop(ready)
    begin = next_work_time(clock)
    clock = work(begin, task.duration)
    late = clock.date() - due
    status = "on time" if late <= timedelta(0) else f"late by {late.days} day(s)"
    print(f"{task.name:<9} p{prio} {begin:%a %d %b %H:%M} -> {clock:%a %d %b %H:%M} ({status})")
    done.add(task.name)
    release_ready()

print("finished", clock.isoformat(), "elapsed", clock - START)
d = timedelta(days=1, hours=25, minutes=61, seconds=3661)
print(d, d.total_seconds(), d // timedelta(hours=1), d % timedelta(hours=1), -d)
print(timedelta(seconds=-1), abs(timedelta(days=-2, hours=3)), timedelta(weeks=1) / 7)
print(date(2024, 2, 28) + timedelta(days=2), date(2024, 12, 31).timetuple().tm_yday)
print(datetime(2024, 3, 10, 8, 5, 3).strftime("%Y/%m/%d %I:%M:%S %p %j %A"))
print(datetime.strptime("2024-03-05 14:30", "%Y-%m-%d %H:%M"), date.fromisoformat("2023-07-14").isoweekday())
print(repr(datetime(2024, 1, 1, 12)), repr(timedelta(hours=1, microseconds=5)), date(2024, 1, 31).replace(day=1))
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
