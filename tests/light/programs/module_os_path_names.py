# os.path's name handling and os.environ, under CPython with our os and posixpath.
import os
import sys
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
