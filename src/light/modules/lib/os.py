"""The os module, as far as the Light tier reaches: names and separators,
os.path, the environment, the working directory, listdir, urandom, fspath."""

import abc as _abc
import sys
import posix as _posix
import posixpath as path
from posix import getcwd, listdir, strerror
from posixpath import altsep, curdir, defpath, devnull, extsep, pardir, pathsep, sep

sys.modules["os.path"] = path

__all__ = ["name", "sep", "altsep", "extsep", "pathsep", "linesep", "curdir", "pardir", "defpath", "devnull",
           "path", "environ", "getenv", "getcwd", "getcwdb", "listdir", "stat", "stat_result", "strerror",
           "urandom", "fspath",
           "PathLike", "error", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

name = "posix"
linesep = "\n"

error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def getcwdb():
    return getcwd().encode()


def urandom(size):
    from _entropy import urandom as entropy
    return entropy(size)


def fspath(path):
    """The str or bytes form of a path-like object."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        converter = kind.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = converter(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {kind.__name__}.__fspath__() to return str or bytes, not {type(result).__name__}")


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                "st_mtime", "st_ctime")


class stat_result(tuple):
    """The result of stat(): a 10-tuple whose times are ints, with float st_*time attributes."""

    def __new__(cls, fields):
        fields = tuple(fields)
        self = super().__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self._times = fields[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])

    def __repr__(self):
        return "os.stat_result(" + ", ".join(f"{n}={v!r}" for n, v in zip(_STAT_FIELDS, self)) + ")"


def stat(path):
    return stat_result(_posix.stat(fspath(path)))


class PathLike(_abc.ABC):
    """An object with a file system path: it has __fspath__."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


class _Environ(dict):
    """os.environ: the environment as a mutable mapping of str to str."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        super().__setitem__(key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self):
        return dict(self)

    def __repr__(self):
        items = ", ".join(f"{key!r}: {value!r}" for key, value in self.items())
        return f"environ({{{items}}})"


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)
