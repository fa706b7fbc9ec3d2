# os and os.path: the file system calls in a scratch folder, path names, errors.
import os
import os.path
import sys

root = os.path.join("/tmp", "pytier_os_test_%d" % os.getpid())
os.makedirs(os.path.join(root, "a", "b"), exist_ok=True)
os.makedirs(os.path.join(root, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(root, "a"))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(root, "a"))
fd = os.open(os.path.join(root, "a", "f.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello\n"), os.write(fd, bytearray(b"world\n")))
os.close(fd)
fd = os.open(os.path.join(root, "a", "f.txt"), os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 10))
os.close(fd)
st = os.stat(os.path.join(root, "a", "f.txt"))
print(st.st_size, oct(st.st_mode & 0o777), isinstance(st.st_mtime, float), isinstance(st[8], int), len(st))
print(os.path.getsize(os.path.join(root, "a", "f.txt")))
print(sorted(os.listdir(os.path.join(root, "a"))))
os.rename(os.path.join(root, "a", "f.txt"), os.path.join(root, "a", "b", "g.txt"))
for folder, subs, files in os.walk(root):
    print(os.path.relpath(folder, root), sorted(subs), sorted(files))
for folder, subs, files in os.walk(root, topdown=False):
    print(os.path.relpath(folder, root), sorted(subs), sorted(files))
with os.scandir(os.path.join(root, "a")) as it:
    for entry in sorted(it, key=lambda e: e.name):
        print(entry, entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink())
print(os.path.exists(root), os.path.isdir(root), os.path.isfile(root), os.path.exists(root + "/nope"))
for bad in [lambda: os.stat(root + "/nope"), lambda: os.remove(root + "/nope"), lambda: os.rmdir(root + "/a"),
            lambda: os.mkdir(root), lambda: os.listdir(root + "/a/b/g.txt"),
            lambda: os.rename(root + "/x", root + "/y"), lambda: os.stat(1.5), lambda: os.listdir(2.5),
            lambda: os.mkdir(None), lambda: os.fspath(3), lambda: os.environ[5]]:
    try:
        bad()
    except (OSError, TypeError, KeyError) as e:
        print(type(e).__name__, str(e).replace(root, "ROOT"))
os.remove(os.path.join(root, "a", "b", "g.txt"))
os.removedirs(os.path.join(root, "a", "b"))
print(os.path.exists(root))

print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, repr(os.linesep), os.devnull, os.name)
for p in ["", "/", "//", "///", "a/b/", "/a/./b/../../c", "a/../..", "./x//y/", "//a/b", "..", "a/b/c.tar.gz",
          ".bashrc", "a/.b.c", "x..", "/a/b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.normpath(p), os.path.basename(p),
          os.path.dirname(p), os.path.isabs(p))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("x/y", "x"))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d"]),
      os.path.commonprefix(["interstellar", "internet", "interval"]), repr(os.path.commonprefix([])))
print(os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"), os.path.realpath("/tmp/./") == "/tmp")
os.environ["PYTIER_X"] = "value"
print(os.environ["PYTIER_X"], os.getenv("PYTIER_X"), os.getenv("PYTIER_NONE", "dflt"), "PYTIER_X" in os.environ)
print(os.path.expandvars("$PYTIER_X/${PYTIER_X}-$PYTIER_NONE-${PYTIER_NONE}$"), os.path.expanduser("x~"))
del os.environ["PYTIER_X"]
print(os.environ.get("PYTIER_X"), len(os.urandom(20)), type(os.cpu_count()).__name__)
for bad in [lambda: os.path.join("a", 5), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.relpath("")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return "some/where"


print(os.fspath(P()), os.path.join(P(), "x"), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
print(os.stat_result.__name__, os.strerror(2), os.path is sys.modules["os.path"])

# stat's keywords, chmod, utime, symlink, truncate
scratch = "/tmp/pytier_os_more_%d" % os.getpid()
with open(scratch, "w") as f:
    f.write("0123456789")
os.chmod(scratch, 0o600)
os.utime(scratch, (1000000000, 1500000000.5))
st = os.stat(scratch)
print(oct(st.st_mode & 0o777), st.st_mtime, st.st_atime, st[8])
os.truncate(scratch, 4)
os.symlink(scratch, scratch + ".link")
print(os.path.getsize(scratch), os.path.islink(scratch + ".link"), os.readlink(scratch + ".link") == scratch,
      os.stat(scratch + ".link", follow_symlinks=False).st_size != 4, os.path.realpath(scratch + ".link") == scratch)
os.utime(scratch)
print(os.stat(scratch).st_mtime > 1500000000)
for bad in [lambda: os.utime(scratch, (1,)), lambda: os.stat(),
            lambda: os.symlink(scratch, scratch + ".link")]:
    try:
        bad()
    except (TypeError, NotImplementedError, OSError) as e:
        print(type(e).__name__, str(e).replace(scratch, "S"))
os.remove(scratch + ".link")
os.remove(scratch)
