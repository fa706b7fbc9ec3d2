# open(): text and binary files, modes, encodings, newlines, seek/tell, errors.
import io, os
p = "/tmp/pytier_files_%d.txt" % os.getpid()
import builtins
_print = print
def print(*a, **k): _print(*[str(x).replace(p, "P") if not isinstance(x, (bytes, int)) else x for x in a], **k)
with open(p, "w") as f:
    print(f, type(f).__name__, f.mode, f.encoding, f.errors, f.name, f.closed, f.line_buffering)
    print(f.write("line one\nline two\r\nthree\rfour"), f.tell())
    f.writelines(["\nfive\n", "six"])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p, newline="") as f:
    print(f.readlines())
with open(p, newline="\r") as f:
    print(list(f))
with open(p, "rb") as f:
    print(f, f.raw, f.mode, f.raw.mode, repr(f.read(5)), f.tell(), repr(f.readline()), f.tell())
    print(f.seek(0), f.read())
with open(p) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), repr(f.readline(4)))
    print(f.seek(0), repr(f.read(12)))
with open(p, "a") as f:
    f.write("\nappended é\n")
with open(p, encoding="latin-1") as f:
    print(f.read()[-14:])
with open(p, encoding="ascii", errors="replace") as f:
    print(f.read()[-14:])
with open(p, encoding="ascii", errors="ignore") as f:
    print(f.read()[-14:])
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
with open(p, "r+") as f:
    print(f.read(4)); f.write("XX"); f.seek(0); print(f.readline())
with open(p, "wb") as f:
    print(f.write(b"\x00\x01bin"), f)
with open(p, "rb", buffering=0) as f:
    print(f, f.read())
with open(p, "w+b") as f:
    f.write(b"abcdef"); f.seek(2); print(f.read(2), f.tell()); f.truncate(3); f.seek(0); print(f.read())
for args in [("/nonexistent/x",), ("/tmp", "w"), ("/tmp",), (p, "rw"), (p, "rbt"), (p, "rb", -1, "utf-8"), (p, "q"), (p, "r", 0), (p, "w", -1, None, None, "x"), (p, 3)]:
    try:
        open(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
with open(p, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("Unsupported", e)
with open(p) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("Unsupported", e)
try:
    f.read()
except ValueError as e:
    print(e)
f = open(p, "w", newline="\r\n"); f.write("a\nb\n"); f.close()
with open(p, "rb") as g: print(g.read())
print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), io.open is open, open)
with open(p, "x" if False else "w") as f: pass
try: open(p, "x")
except FileExistsError as e: print(e.__class__.__name__, e.errno)
os.remove(p)
big = "".join(f"row {i}: {'x' * (i % 50)}\n" for i in range(3000))
with open(p, "w", encoding="utf-8") as f:
    f.write(big)
with open(p, encoding="utf-8") as f:
    count = 0
    for line in f:
        count += 1
    print(count, f.tell() == len(big))
with open(p, "rb") as f:
    lines = f.readlines()
    print(len(lines), lines[-1], sum(map(len, lines)))
with open(p, "rb") as f:
    print(f.read(10000)[-5:], f.tell(), len(f.read()))
g = open(p, "w")
g.write("left open")
del g
print(open(p).read())
import errno
print(errno.ENOENT, errno.errorcode[errno.EEXIST], errno.EAGAIN == errno.EWOULDBLOCK)
os.remove(p)
q = p + ".mix"
f = open(q, "w+")
f.write("abc\n")
print(f.tell())
f.write("def\n")
f.seek(0)
print(repr(f.read()))
f.write("ghi")
f.flush()
print(open(q).read())
f.close()
g = open(q, "a")
g.write("tail")
print(repr(open(q).read()))
g.close()
print(repr(open(q).read()))
os.remove(q)
