import sys

def show(label, e):
    print(label, type(e).__name__, repr(e))

# naked exception matched by except*: wrapped in an ExceptionGroup
try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e)
    print("exc_info is match:", sys.exc_info()[1] is e)
    print("leaf tb kept:", e.exceptions[0].__traceback__ is not None)

# naked exception not matched propagates as itself
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as e:
    show("propagated", e)

# partial matches across clauses; the rest propagates, keeping the nesting
def raiser():
    raise ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])

try:
    try:
        raiser()
    except* ValueError as e:
        show("values", e)
    except* TypeError as e:
        show("types", e)
except ExceptionGroup as e:
    show("rest", e)
    print("same tb as original:", e.__traceback__ is not None)

# bare raise in a clause re-raises that part with the original structure
try:
    try:
        raiser()
    except* ValueError:
        raise
    except* OSError:
        pass
except ExceptionGroup as e:
    show("reraised", e)

# a new exception from a clause: a new group around it and the rest
try:
    try:
        raiser()
    except* TypeError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    show("mixed", e)
    print("context:", repr(e.exceptions[0].__context__))

# everything handled: no exception, else/finally order
def handled():
    try:
        raise ExceptionGroup("g", [ValueError(), TypeError()])
    except* (ValueError, TypeError) as e:
        show("tuple", e)
    else:
        print("else not run")
    finally:
        print("finally")
    return "done"
print(handled())

def no_exc():
    try:
        x = 1
    except* ValueError:
        print("no")
    else:
        print("else runs", x)
    finally:
        print("finally runs")
no_exc()

# loops inside a clause may break and continue
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)

# invalid clause types
for bad in ("5", "ExceptionGroup", "(ValueError, ExceptionGroup)"):
    try:
        exec(f"try:\n    raise ValueError(1)\nexcept* {bad}:\n    pass\n")
    except TypeError as e:
        print("TypeError:", e)

# return / break / continue directly in except* are syntax errors
for body in ("return", "break", "continue"):
    src = f"def f():\n    for i in range(2):\n        try:\n            pass\n        except* ValueError:\n            {body}\n"
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# split / subgroup / derive
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
eg.__notes__ = ["a note"]
try:
    raise eg
except ExceptionGroup:
    pass
m, r = eg.split(ValueError)
print(repr(m), repr(r), m.__notes__, m.__notes__ is eg.__notes__, m.__traceback__ is eg.__traceback__)
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(BaseException) is eg, eg.split(OSError))
print(repr(eg.derive([OSError()])))
for matcher in (1, "x", (ValueError, 1)):
    try:
        eg.split(matcher)
    except TypeError as e:
        print("TypeError:", e)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(TypeError)))
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(str(eg), eg.message, len(eg.exceptions))
