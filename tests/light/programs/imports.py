import mymod
import mymod as again
from mymod import value, hello
print(mymod.value, again is mymod, hello("x"), value)
import pkg
print(pkg.twice(21), pkg.VERSION)
from pkg.helper import twice as t2
import pkg.helper
print(t2(3), pkg.helper.twice(4))
import sys
print("mymod" in sys.modules, type(sys.modules["pkg"]).__name__)
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from mymod import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import collections_missing_xyz
