# __getattr__/__getattribute__/__setattr__/__delattr__ proxies: logging, read-only, lazy, remote-style.
class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattribute__(self, name):
        if name.startswith("_") and name in ("_target", "_log"):
            return object.__getattribute__(self, name)
        log = object.__getattribute__(self, "_log")
        log.append(("get", name))
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n
        return self.balance


p = LoggingProxy(Account())
print(p.deposit(5), p.balance)
p.owner = "zoe"
print(p.owner)
del p.owner
try:
    p.owner
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)


class ReadOnly:
    __slots__ = ("_obj",)

    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)

    def __getattr__(self, name):
        value = getattr(self._obj, name)
        if callable(value):
            raise AttributeError(f"method {name!r} hidden by read-only view")
        return value

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: read-only")

    def __dir__(self):
        return sorted(k for k in vars(self._obj))


ro = ReadOnly(Account())
print(ro.balance, dir(ro))
for action in (lambda: ro.deposit, lambda: setattr(ro, "balance", 1), lambda: ro.missing):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg)
del cfg.debug
try:
    cfg.debug
except AttributeError as e:
    print("AttributeError:", repr(e))
print(hasattr(cfg, "host"), hasattr(cfg, "nope"), getattr(cfg, "nope", "dflt"))


class Remote:
    def __init__(self, name, calls):
        self._name, self._calls = name, calls

    def __getattr__(self, method):
        def call(*args, **kwargs):
            self._calls.append(f"{self._name}.{method}{args}{sorted(kwargs.items())}")
            return len(self._calls)
        call.__name__ = method
        return call


calls = []
svc = Remote("svc", calls)
print(svc.start(1), svc.stop(force=True), svc.ping(), svc.start.__name__)
print(calls)


class Lazy:
    def __init__(self, factory):
        self.__dict__["_factory"] = factory
        self.__dict__["_obj"] = None

    def __getattr__(self, name):
        if self._obj is None:
            print("  (materialising)")
            self.__dict__["_obj"] = self._factory()
        return getattr(self._obj, name)


lz = Lazy(lambda: [3, 1, 2])
print("created")
print(lz.count(1), lz.index(2), lz.copy())


class Counted:
    reads = 0

    def __getattribute__(self, name):
        type(self).reads += 1
        return super().__getattribute__(name)


cc = Counted()
cc.x = 1
_ = cc.x, cc.x, cc.__class__
print(Counted.reads, type(cc).reads)


class Fallback:
    x = 1

    def __getattr__(self, name):
        return f"<{name}>"


f = Fallback()
print(f.x, f.y, getattr(f, "z"), f.__dict__)
try:
    f.__missing_dunder__
except AttributeError as e:
    print("no:", e)
