import sys, inspect, traceback

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals), f.f_globals is globals()

def outer(a, b=2):
    c = a + b
    return where()

print(outer(1))
f = sys._getframe()
print(f.f_code.co_name, f.f_back, type(f).__name__, f.f_lasti >= 0)
def depth():
    return sys._getframe(0).f_back.f_code.co_name
def caller():
    return depth()
print(caller())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
print(repr(sys._getframe()).startswith("<frame at 0x"), repr(sys._getframe()).endswith(", code <module>>"))

def cur():
    fr = inspect.currentframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name
print(cur())

def fail(n):
    if n == 0:
        raise KeyError("deep")
    fail(n - 1)
try:
    fail(2)
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0))
        tb = tb.tb_next
    print(lines)
    print([(fs.name, fs.lineno) for fs in traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), lookup_lines=False)])
def g():
    return traceback.StackSummary.extract(traceback.walk_stack(None), lookup_lines=False)
print([(fs.name, fs.lineno) for fs in g()])
