# Loops until SIGINT arrives; run by tests/light/sigint_test.sh.
def spin(n):
    while True:
        n += 1
print("ready", flush=True)
try:
    spin(0)
except KeyboardInterrupt:
    print("caught in loop", flush=True)
print("ready again", flush=True)
spin(0)
