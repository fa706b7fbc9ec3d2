# Ends with raise SystemExit(2) after a finally block runs and atexit handlers fire.
import atexit


def goodbye(name):
    print(f"atexit: goodbye {name}")


atexit.register(goodbye, "first")
atexit.register(goodbye, name="second")


def usage_error(args):
    known = {"--help", "--verbose", "--count"}
    for a in args:
        if a.split("=")[0] not in known:
            print(f"usage: prog [--help] [--verbose] [--count=N]\nprog: error: unrecognized argument {a}")
            raise SystemExit(2)
    return True


def parse(args):
    options = {"verbose": False, "count": 1}
    for a in args:
        name, _, value = a.partition("=")
        if name == "--count":
            if not value.isdigit():
                raise SystemExit(f"prog: --count needs a number, got {value!r}")
            options["count"] = int(value)
        elif name == "--verbose":
            options["verbose"] = True
    return options


print(usage_error(["--verbose", "--count=3"]))
print(parse(["--verbose", "--count=3"]), parse([]))
for bad in (["--count=x"], ["--count="]):
    try:
        parse(bad)
    except SystemExit as e:
        print("SystemExit:", e.code, type(e.code).__name__)
try:
    usage_error(["--bogus"])
except SystemExit as e:
    print("first exit caught:", e.code)
try:
    print("in try")
    usage_error(["--verbose", "-x"])
finally:
    print("finally runs before exit")
print("not reached")
