# Random deque, heapq and bisect operations (a fixed LCG), compared line by line with CPython.
from collections import deque
import heapq, bisect
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % n
out = []
for trial in range(300):
    ml = [None, 0, 1, 3, 7][rnd(5)]
    d = deque([rnd(10) for _ in range(rnd(12))], ml)
    for step in range(40):
        op = rnd(16)
        try:
            if op == 0: d.append(rnd(10))
            elif op == 1: d.appendleft(rnd(10))
            elif op == 2: d.pop()
            elif op == 3: d.popleft()
            elif op == 4: d.rotate(rnd(21) - 10)
            elif op == 5: d.extend(range(rnd(5)))
            elif op == 6: d.extendleft(range(rnd(5)))
            elif op == 7: d.insert(rnd(20) - 10, 'i')
            elif op == 8: d.remove(rnd(10))
            elif op == 9: del d[rnd(20) - 10]
            elif op == 10: d[rnd(20) - 10] = 'x'
            elif op == 11: d.reverse()
            elif op == 12: out.append(d.index(rnd(10), rnd(8) - 4, rnd(12) - 2))
            elif op == 13: d *= rnd(4)
            elif op == 14: d += deque(range(rnd(4)))
            else: out.append(d.count(rnd(10)))
        except (IndexError, ValueError) as e:
            out.append(str(e))
    out.append(repr(d))
    h = [rnd(50) for _ in range(rnd(30))]
    heapq.heapify(h)
    for _ in range(rnd(20)):
        if rnd(2): heapq.heappush(h, rnd(50))
        elif h: out.append(heapq.heappop(h))
    out.append(h[:])
    s = sorted(rnd(20) for _ in range(rnd(15)))
    x = rnd(22)
    out.append((bisect.bisect_left(s, x), bisect.bisect_right(s, x, rnd(3)), s))
for line in out: print(line)
