# The object model: set iteration order after discards, re-adds, pops and in-place operators, as CPython 3.11.
s = set(range(20))
for i in range(0, 20, 2): s.discard(i)
s.add(100); s.add(2); print(s)
t = set()
for i in range(200):
    t.add((i * 7919) % 1000)
    if i % 3 == 0: t.discard((i * 13) % 1000)
print(list(t)[:40])
u = set(range(50)); u -= set(range(0, 50, 3)); u |= {75, 3, 6}; print(u)
v = {1, 2, 3}; v.pop(); v.add(9); print(v)
w = set([(i, i) for i in range(10)]); w.discard((3, 3)); w.add((30, 30)); print(w)
