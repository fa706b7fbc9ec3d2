"""Exits with a message string: printed to stderr, exit status 1."""
import sys

usage = {"required": ["input", "output"], "given": ["input"]}
missing = [name for name in usage["required"] if name not in usage["given"]]
print("checking arguments", usage)
for name in usage["required"]:
    print(f"  {name:<8} {'ok' if name in usage['given'] else 'MISSING'}")
if missing:
    sys.stdout.flush()
    sys.exit(f"error: missing argument(s): {', '.join(missing)}")
print("not reached")
