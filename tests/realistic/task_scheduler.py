"""A priority-queue scheduler built on heapq."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False)
    deps: tuple = field(default=(), compare=False)


class Scheduler:
    def __init__(self, workers):
        self.workers = workers
        self.ready = []
        self.waiting = {}
        self.done = set()
        self.counter = itertools.count()
        self.clock = 0
        self.events = []

    def submit(self, name, priority, duration, deps=()):
        task = Task(priority, next(self.counter), name, duration, tuple(deps))
        if all(d in self.done for d in deps):
            heapq.heappush(self.ready, task)
        else:
            self.waiting[name] = task

    def release(self):
        for name, task in list(self.waiting.items()):
            if all(d in self.done for d in task.deps):
                del self.waiting[name]
                heapq.heappush(self.ready, task)

    def run(self):
        running = []
        while self.ready or running or self.waiting:
            while self.ready and len(running) < self.workers:
                task = heapq.heappop(self.ready)
                heapq.heappush(running, (self.clock + task.duration, task.seq, task))
                self.events.append((self.clock, "start", task.name))
            if not running:
                raise RuntimeError(f"deadlock: waiting on {sorted(self.waiting)}")
            finish, _, task = heapq.heappop(running)
            self.clock = finish
            self.done.add(task.name)
            self.events.append((self.clock, "finish", task.name))
            self.release()
        return self.clock


s = Scheduler(workers=2)
s.submit("fetch", 1, 3)
s.submit("compile", 2, 5, ["fetch"])
s.submit("lint", 3, 1, ["fetch"])
s.submit("test", 1, 4, ["compile"])
s.submit("docs", 5, 2)
s.submit("package", 0, 2, ["test", "lint", "docs"])
total = s.run()
for t, kind, name in s.events:
    print(f"t={t:>2} {kind:<6} {name}")
print("makespan", total)

bad = Scheduler(1)
bad.submit("a", 1, 1, ["b"])
bad.submit("b", 1, 1, ["a"])
try:
    bad.run()
except RuntimeError as e:
    print("error:", e)

nums = [5, 1, 8, 3, 9, 2, 7]
heap = list(nums)
heapq.heapify(heap)
print(heap, heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print([heapq.heappop(heap) for _ in range(len(heap))])
print(heapq.heappushpop([1, 5, 9], 3), heapq.heapreplace([1, 5, 9], 7))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11]))
print(merged)
words = ["kiwi", "banana", "fig", "cherry", "apple", "date"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, words, key=lambda w: w[-1]))
top = []
for i, w in enumerate(words):
    heapq.heappush(top, (-len(w), i, w))
print([heapq.heappop(top)[2] for _ in range(3)])
