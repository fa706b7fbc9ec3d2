# A command-line style program that validates its configuration and quits with sys.exit("message").
import sys

CONFIG = {"workers": 4, "queue": "jobs", "retries": -1, "timeout": 30}
RULES = [
    ("workers", lambda v: isinstance(v, int) and 1 <= v <= 64, "must be 1..64"),
    ("queue", lambda v: isinstance(v, str) and v.isidentifier(), "must be an identifier"),
    ("timeout", lambda v: v > 0, "must be positive"),
]


def check(config):
    problems = []
    for key, ok, why in RULES:
        value = config.get(key)
        status = "ok" if ok(value) else f"BAD ({why})"
        print(f"{key:>8} = {value!r:<8} {status}")
        if status != "ok":
            problems.append(key)
    return problems


def main():
    problems = check(CONFIG)
    if problems:
        return 1
    retries = CONFIG["retries"]
    print("retries:", retries)
    if retries < 0:
        sys.stdout.flush()
        sys.exit(f"error: retries must not be negative (got {retries})")
    return 0


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code:", e.code)
try:
    raise SystemExit(3, "extra")
except SystemExit as e:
    print("tuple code:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
status = main()
print("status", status)
