# An exception that cannot propagate out of __del__ or a weakref callback is
# reported on stderr ("Exception ignored in: ...") and the program goes on.
# __del__ runs before the weakref callbacks. The callables here have their
# own repr, so that no address shows.
import weakref

class Named:
    def __init__(self, name, error):
        self.name, self.error = name, error
    def __repr__(self):
        return f"<{self.name}>"
    def __call__(self, *args):
        print("calling", self.name)
        raise self.error

class Finalized:
    __del__ = Named("finalizer", ValueError("from __del__"))

obj = Finalized()
ref = weakref.ref(obj, Named("callback", KeyError("from callback")))
del obj
print("after del, ref dead:", ref() is None)

class Quiet:
    pass
q = Quiet()
refs = [weakref.ref(q, Named(f"cb{i}", RuntimeError(i))) for i in range(3)]
q = None
print("callbacks ran newest first")

def nested():
    raise TypeError("deep")
class Caller:
    def __repr__(self):
        return "<caller>"
    def __call__(self, *args):
        nested()
class Chained:
    __del__ = Caller()
c = Chained()
del c
print("end")
