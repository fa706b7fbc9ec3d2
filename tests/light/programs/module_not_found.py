# A module the Light tier lacks fails as CPython fails for one it lacks.
for name in ["pytier_no_such_module", "pytier_missing.sub", "collections.pytier_nosuch", "json.pytier_nosuch.deeper"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, repr(e.name), isinstance(e, ImportError))
try:
    from pytier_missing import thing
except ImportError as e:
    print(e.msg, e.name)
import pytier_no_such_module
