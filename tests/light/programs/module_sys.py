import sys
print(sys.hash_info[:5], sys.hash_info[6:], type(sys.hash_info.algorithm).__name__)
print(sys.float_info)
print(sys.int_info)
print(sys.flags[:4], sys.flags[5:], len(sys.flags))  # python3.11 -B sets dont_write_bytecode
print(sys.version_info, sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major)
print(type(sys.float_info).__name__, type(sys.float_info).__module__, sys.float_info.max, sys.float_info.epsilon, len(sys.float_info))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof(''), sys.getsizeof({}), sys.getsizeof(()), sys.getsizeof(1.0), sys.getsizeof('abc'), sys.getsizeof(2**100), sys.getsizeof(None))
print(sys.getrecursionlimit(), sys.exception(), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()), sys.exc_info()[0])
try:
    sys.float_info.max = 1
except AttributeError as e:
    print(e)
print(sys.float_info == tuple(sys.float_info), sys.flags.optimize, sys.implementation.name)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdout.writable(), repr(sys.stdout), repr(sys.stderr))
print(sys.float_info.__reduce__()[1][1], sys.version_info.__match_args__[:2])
match sys.version_info:
    case (3, minor, *_):
        print("python 3 minor", minor)
import time, sys
for base in (time.struct_time, type(sys.float_info)):
    try:
        class X(base):
            pass
        print("subclassed", X.__mro__[1].__name__)
    except TypeError as e:
        print("TypeError", e)
t = time.gmtime(0)
print(t.__class__.__name__, t[1:3], t[-2:], hash(t) == hash(tuple(t)), t == tuple(t), t.count(0), t.index(1), tuple(reversed(t))[:2])
print(sorted(time.struct_time.__dict__.keys() & {"tm_year", "n_fields", "__match_args__", "tm_zone"}))
try:
    type(sys.flags)()
except TypeError as e:
    print("TypeError", e)
for o in [sys.flags, sys.float_info, sys.int_info, sys.hash_info, sys.version_info]:
    try:
        print(type(o)((1,) * len(o)))
    except TypeError as e:
        print(e)
