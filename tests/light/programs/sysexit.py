import sys
print("before")
try:
    sys.exit("not yet")
except SystemExit as e:
    print("caught", e.code)
sys.stdout.write("direct write\n")
print("to stderr", file=sys.stderr)
sys.exit("fatal: message")
