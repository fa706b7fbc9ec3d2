"""weakref: containers dropping dead entries, WeakMethod, finalize (relies on prompt freeing)."""
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def hello(self):
        return "hello " + self.name


a, b, c = Obj("a"), Obj("b"), Obj("c")
wvd = weakref.WeakValueDictionary(x=a, y=b)
wvd["z"] = c
print(len(wvd), sorted(wvd.keys()), wvd["x"], wvd.get("q", "none"), "y" in wvd)
del b
print(len(wvd), sorted(wvd), "y" in wvd, sorted(k for k, v in wvd.items()))
try:
    wvd["y"]
except KeyError as e:
    print("KeyError", e)
print(wvd.pop("z"), wvd.setdefault("w", a), len(wvd.copy()), len(list(wvd.valuerefs())))
print(repr(wvd).startswith("<WeakValueDictionary at 0x"))

wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), sorted(wkd.values()), wkd[k1], k2 in wkd, 5 in wkd)
del k2
print(len(wkd), list(wkd.keys()), list(wkd.items()))

ws = weakref.WeakSet([a, c])
print(len(ws), a in ws, sorted(o.name for o in ws), 3 in ws)
del c
print(len(ws), [o.name for o in ws])
ws.add(k1)
print(sorted(o.name for o in ws), sorted(o.name for o in ws | weakref.WeakSet([k1])))

m = weakref.WeakMethod(a.hello)
print(m()(), m == weakref.WeakMethod(a.hello), m.__class__.__name__)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

log = []
d = Obj("d")
f = weakref.finalize(d, log.append, "finalized d")
print(f.alive, f.peek()[0], log)
del d
print(f.alive, log, f(), f.peek())
e = Obj("e")
g = weakref.finalize(e, lambda: "called early")
print(g(), g.alive, g(), g.detach())
h = weakref.finalize(Obj("tmp"), print, "never")  # dies at once
print(h.alive)
r = weakref.ref(a, lambda wr: print("callback ran"))
print(r() is a, weakref.getweakrefcount(a) >= 1)
del a
wvd.clear()
print(r(), "end")
