# _heapq and _bisect natively: heap order, the max variants heapq.merge uses, messages.
import heapq, bisect


data = [(i * 37 + 11) % 101 for i in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
h2 = data[:]
heapq.heapify(h2); print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2[:8])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda v: -v))
m = data[:]
heapq._heapify_max(m); print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, 7), m[:5])
print(heapq.heappushpop([], 3))
for call in (lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapify(5),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1]), lambda: heapq.heappushpop(1, 2),
             lambda: heapq.heappush([1, 'a'], 2)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

class Evil:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
hh = [1, 2]
try:
    heapq.heappush(hh, Evil(hh))
except RuntimeError as e:
    print(e)

a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2, 2), bisect.bisect_left(a, 2, 0, 3), bisect.bisect_right(a, 2, hi=-1), bisect.bisect_right(a, 2, hi=None))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 9); bisect.insort(a, -1); print(a)
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
ll = L([1, 3]); bisect.insort(ll, 2); print(ll)
print(bisect.bisect_left('acegi', 'd'), bisect.bisect_right((1, 2, 3), 2))
for call in (lambda: bisect.bisect_left(), lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect_left(5, 1),
             lambda: bisect.insort_right((), 1), lambda: bisect.bisect_right(a, 1, 'a'),
             lambda: bisect.bisect_right(a, 1, 0, 'a'), lambda: bisect.bisect_right([1], 1, 0, 5),
             lambda: bisect.bisect_right(a, 1, 0, 5, 6), lambda: bisect.bisect_right(a, 1, foo=1),
             lambda: bisect.bisect_right(a, 1, lo=None), lambda: bisect.bisect_right([1, 'a'], 2)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
dk = [5, 9, 7, 12, 10, 8, 11]
heapq.heapify(dk); dk[4] = 1; heapq._siftdown(dk, 0, 4); print(dk)
dk[0] = 20; heapq._siftup(dk, 0); print(dk)
