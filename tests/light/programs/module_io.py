import io

s = io.StringIO("hello\nworld\n")
print(s.readable(), s.writable(), s.seekable(), s.tell(), s.line_buffering, s.newlines, s.encoding, s.errors, s.closed)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()), s.tell())
s.seek(0)
print(list(s), s.readlines(), s.seek(0), s.readlines(), s.seek(0), s.readlines(7))
s.seek(3); s.write("LO"); print(repr(s.getvalue()), s.tell())
s.seek(20); s.write("!"); print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell(), s.seek(0, 2), s.seek(0, 1))
for f in [lambda: s.write(5), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 5), lambda: s.seek('a'),
          lambda: s.truncate(-1), lambda: s.read('x'), lambda: s.readline(1.5), lambda: io.StringIO(5), lambda: s.fileno(),
          lambda: s.detach(), lambda: io.StringIO(newline='x'), lambda: io.StringIO(newline=5), lambda: s.writelines([1]),
          lambda: s.truncate('a'), lambda: s.read(None), lambda: s.seek(0.5), lambda: s.isatty(), lambda: s.flush()]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
with io.StringIO() as buf:
    print("to buffer", 1, 2, sep="-", file=buf)
    print("second", end="!", file=buf)
    buf.writelines(["a\n", "b\n"])
    print(repr(buf.getvalue()), buf.closed)
print(buf.closed)
for f in [buf.read, buf.getvalue, buf.tell, lambda: buf.write('x'), lambda: buf.seek(0), buf.readline, lambda: iter(buf),
          lambda: next(buf), buf.truncate, buf.readable, lambda: buf.__enter__(), buf.close, buf.flush, buf.isatty, lambda: buf.writelines([])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines())
    t = io.StringIO(newline=nl); t.write("x\ny\r\nz\r"); t.seek(0); print(repr(t.read()))

b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.read1(1), b.readline(), b.tell(), b.getvalue(), b.readable(), b.closed)
for f in [lambda: b.write('x'), lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: io.BytesIO('x'), lambda: b.write(bytearray(b'zz')),
          lambda: b.getvalue(), lambda: b.readinto(bytearray(2)), lambda: b.seek(10), lambda: b.write(b'Q'), lambda: b.getvalue(),
          lambda: b.truncate(2), lambda: b.getvalue(), lambda: b.tell(), lambda: b.seek(1, 1), lambda: b.seek(-1, 2), lambda: b.seek(-100, 1),
          lambda: b.read(), lambda: b.fileno(), lambda: b.truncate(-1), lambda: b.read('x')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"l1\nl2\nl3")
print(list(b), b.seek(0), b.readlines(), b.seek(0), b.readlines(4), b.readline(1))
b.close()
for f in [b.read, b.getvalue, lambda: b.write(b""), b.tell, b.flush, lambda: iter(b) is b, b.readable]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.UnsupportedOperation.__name__)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase), io.SEEK_END)
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", file=u)
u.writelines(["a", "b"])
print(repr(u.getvalue()), type(u).__mro__[1].__name__)
big = io.StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])
import contextlib
import sys
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    print("into the buffer", 42)
    sys.stdout.write("written\n")
print(repr(captured.getvalue()))
sys.stdout = io.StringIO()
print("hidden")
hidden, sys.stdout = sys.stdout, sys.__stdout__
print(repr(hidden.getvalue()), sys.stdout is sys.__stdout__)
