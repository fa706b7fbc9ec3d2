# The standard streams' two layers: sys.stdout.buffer takes bytes, and text
# reaches it in CPython's chunks, so mixed writes interleave as they do there.
import sys

print(repr(sys.stdout.buffer), repr(sys.stdin.buffer), type(sys.stderr.buffer).__name__)
print(sys.stdout.buffer.name, sys.stdout.buffer.mode, sys.stdin.buffer.mode, sys.stdout.buffer.fileno())
print(sys.stdout.buffer.write(b"raw bytes\n"), sys.stdout.buffer.write(bytearray(b"from a bytearray\n")))
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError", e)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.warnoptions, sys._xoptions, sys.prefix)
for i in range(3000):
    print("line", i, "x" * (i % 37))
    if i % 250 == 0:
        sys.stdout.buffer.write(b"<bytes %d>\n" % i)
    if i % 1000 == 999:
        sys.stdout.buffer.flush()
        sys.stdout.write("after the buffer's flush\n")
    if i == 2500:
        sys.stdout.flush()
sys.stdout.buffer.write(b"tail bytes\n")
sys.stderr.buffer.write(b"bytes on stderr\n")
print("end")

saved = sys.stdout
del sys.stdout
try:
    print("x")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError", e)
