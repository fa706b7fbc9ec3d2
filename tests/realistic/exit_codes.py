"""A command dispatcher that ends with sys.exit and a non-zero code."""
import sys


def cmd_add(args):
    return sum(int(a) for a in args)


def cmd_mul(args):
    result = 1
    for a in args:
        result *= int(a)
    return result


def cmd_fail(args):
    raise SystemExit(f"fail called with {args}")


COMMANDS = {"add": cmd_add, "mul": cmd_mul, "fail": cmd_fail}


def dispatch(line):
    name, *args = line.split()
    try:
        return COMMANDS[name](args)
    except KeyError:
        return f"unknown command {name!r}"
    except ValueError as e:
        return f"bad argument: {e}"


for line in ["add 1 2 3", "mul 2 3 7", "sub 1", "add 1 x", "mul"]:
    print(f"{line!r:15} -> {dispatch(line)}")

try:
    dispatch("fail now")
except SystemExit as e:
    print("caught SystemExit:", e.code, repr(e))

try:
    sys.exit()
except SystemExit as e:
    print("plain exit code:", e.code)

status = 0
try:
    sys.exit(0)
except SystemExit as e:
    status = e.code
print("status", status)


class Cleanup:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("cleanup sees", exc[0].__name__)
        return False


try:
    with Cleanup():
        sys.exit(5)
finally:
    print("finally runs before exit")
