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


print(usage_error(["--verbose", "--count=3"]))
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
