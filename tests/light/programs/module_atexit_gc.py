import atexit, gc, sys

class Hook:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __call__(self, *args, **kwargs):
        print("hook", self.name, args, sorted(kwargs.items()))
        if self.fail:
            raise RuntimeError("hook " + self.name + " failed")
    def __repr__(self):
        return "<Hook %s>" % self.name
    def __eq__(self, other):
        return isinstance(other, Hook) and other.name == self.name
    __hash__ = None

atexit.register(Hook("first"), 1, 2, key="v")
atexit.register(Hook("broken", fail=True))
h = atexit.register(Hook("gone"))
print(h, atexit._ncallbacks())
atexit.unregister(Hook("gone"))
print(atexit._ncallbacks())
try:
    atexit.register(42)
except TypeError as e:
    print(e)
atexit.register(print, "printed at exit", file=sys.stdout)
print(gc.isenabled(), gc.collect(), gc.get_threshold(), gc.garbage, gc.is_tracked([]), gc.is_tracked(1))
gc.disable(); print(gc.isenabled()); gc.enable()
gc.set_threshold(500); print(gc.get_threshold()[0])
for g in [3, -1, "x", 0]:
    try:
        print(gc.collect(g))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(gc.get_stats()[0]), len(gc.get_stats()), len(gc.get_count()), gc.get_debug(), gc.isenabled())
print("main done")
sys.exit(3)
