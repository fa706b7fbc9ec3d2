# heapq.nsmallest/nlargest: results and key calls as CPython's one-pass selection makes them.
import heapq
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
calls = 0
def key(v):
    global calls
    calls += 1
    return v[0]
class C:
    cmps = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        C.cmps += 1
        return self.v < o.v
    def __repr__(self): return f'C{self.v}'
for trial in range(60):
    data = [(rnd(10), i) for i in range(rnd(40))]
    n = rnd(12) - 2
    print(n, heapq.nsmallest(n, data, key=key), heapq.nlargest(n, iter(data), key=key), heapq.nsmallest(n, iter(data)), heapq.nlargest(n, data))
    cs = [C(rnd(10)) for _ in range(rnd(30))]
    print(heapq.nsmallest(n, iter(cs)), heapq.nlargest(n, iter(cs)), calls)
print(heapq.nlargest(3, range(1000000)), heapq.nsmallest(2, (x * 7 % 1000 for x in range(100000))))
