"""warnings: default filters, actions, registries, catch_warnings, formatting (to stdout)."""
import sys
sys.stderr = sys.stdout  # so the checker, which compares stdout, sees the warnings
import linecache
import warnings


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def noisy(n):
    warnings.warn(f"noisy {n}")


for i in range(3):
    noisy(1)          # shown once: the 'default' action remembers (text, category, line)
noisy(2)
warnings.warn("deprecated here", DeprecationWarning)   # shown: __main__ is special
warnings.warn("pending", PendingDeprecationWarning)    # ignored by default
warnings.warn(UserWarning("instance message"))
def helper():
    warnings.warn("with level", RuntimeWarning, stacklevel=2)


helper()
warnings.warn("too deep", stacklevel=50)
print(len(warnings.filters), warnings.filters[0], warnings.defaultaction)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("again", SyntaxWarning)
    warnings.warn("dep", DeprecationWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in log], len(warnings.filters))
print(str(log[0]).replace(__file__, "FILE"))

with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    attempt("error action", lambda: warnings.warn("boom"))
    warnings.simplefilter("ignore")
    warnings.warn("silent")

with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")

with warnings.catch_warnings(record=True) as log2:
    warnings.filterwarnings("ignore", message="skip.*", category=UserWarning)
    warnings.filterwarnings("always", module="__main__")
    warnings.warn("skip me")
    warnings.warn("SKIP ME TOO")
    warnings.warn("keep me")
print([str(w.message) for w in log2])
attempt("bad category", lambda: warnings.warn("x", 3))
attempt("bad action", lambda: warnings.simplefilter("bogus"))
attempt("bad lineno", lambda: warnings.filterwarnings("ignore", lineno=-1))
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3, line="  source line  ")))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
print(warnings.WarningMessage("m", UserWarning, "f.py", 3))
shown = []
old = warnings.showwarning
warnings.showwarning = lambda *args: shown.append(args[0])
warnings.warn("custom hook")
warnings.showwarning = old
print([str(m) for m in shown])
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset, default action")
warnings.warn("after reset, default action")
print(linecache.getline(__file__, 1).strip(), repr(linecache.getline(__file__, 10**6)), repr(linecache.getline("<string>", 1)))
