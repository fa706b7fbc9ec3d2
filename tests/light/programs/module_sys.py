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
