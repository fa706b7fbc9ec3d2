"""Operating system services over the native posix module: paths, directories,
files, the environment. The Light tier runs no processes, so there is no
system, fork or exec."""
import sys
import posix
from posix import (stat, lstat, fstat, getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename, replace,
                   readlink, access, utime, symlink, truncate, open, close, read, write, lseek, ftruncate, isatty, getpid, urandom, cpu_count,
                   strerror, get_terminal_size, stat_result, terminal_size, O_RDONLY, O_WRONLY, O_RDWR, O_CREAT,
                   O_EXCL, O_TRUNC, O_APPEND, F_OK, R_OK, W_OK, X_OK)
import posixpath as path

if hasattr(posix, "chmod"):
    from posix import chmod

sys.modules["os.path"] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

name = "posix"
# Which calls take dir_fd=, an fd for a path, follow_symlinks=: none here.
supports_dir_fd = supports_fd = supports_follow_symlinks = supports_effective_ids = set()
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
linesep = "\n"
error = OSError


def fspath(p):
    """The path of p: p itself when str or bytes, else p.__fspath__()."""
    if isinstance(p, (str, bytes)):
        return p
    kind = type(p)
    try:
        method = kind.__fspath__
    except AttributeError:
        if hasattr(kind, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {kind.__name__}.__fspath__() to return str or bytes, not {type(result).__name__}")


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not " + type(value).__name__)
    return value


def _environ_class():
    from collections.abc import MutableMapping

    class _Environ(MutableMapping):
        """os.environ: a mapping that also changes the process's environment."""

        def __init__(self, data):
            self._data = data

        def __getitem__(self, key):
            try:
                return self._data[_check_env_str(key)]
            except KeyError:
                raise KeyError(key) from None

        def __setitem__(self, key, value):
            putenv(_check_env_str(key), _check_env_str(value))
            self._data[key] = value

        def __delitem__(self, key):
            unsetenv(_check_env_str(key))
            try:
                del self._data[key]
            except KeyError:
                raise KeyError(key) from None

        def __iter__(self):
            return iter(list(self._data))

        def __len__(self):
            return len(self._data)

        def __repr__(self):
            items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
            return "environ({" + items + "})"

        def copy(self):
            return dict(self)

        def setdefault(self, key, value):
            if key not in self:
                self[key] = value
            return self[key]

        def __or__(self, other):
            if not isinstance(other, dict) and not isinstance(other, _Environ):
                return NotImplemented
            merged = dict(self)
            merged.update(other)
            return merged

        def __ror__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            merged = dict(other)
            merged.update(self)
            return merged

        def __ior__(self, other):
            self.update(other)
            return self

    _Environ.__qualname__ = "_Environ"
    return _Environ


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def _path_like_class():
    import abc

    class PathLike(abc.ABC):
        """Abstract base class for implementing the file system path protocol."""

        @abc.abstractmethod
        def __fspath__(self):
            raise NotImplementedError

        @classmethod
        def __subclasshook__(cls, other):
            if cls is PathLike:
                return any("__fspath__" in c.__dict__ for c in other.__mro__) or NotImplemented
            return NotImplemented

        __class_getitem__ = classmethod(type(list[int]))

    PathLike.__module__ = "os"
    PathLike.__qualname__ = "PathLike"
    return PathLike


# environ and PathLike are made on first use: they need collections.abc and abc,
# which a program importing os for its paths should not pay for.
_LAZY = {"environ": lambda: _environ_class()(posix.environ), "PathLike": _path_like_class}


def __getattr__(name):
    make = _LAZY.get(name)
    if make is None:
        raise AttributeError(f"module 'os' has no attribute '{name}'")
    value = globals()[name] = make()
    return value


def getenv(key, default=None):
    return sys.modules[__name__].environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates the directory name and any missing parents."""
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, mode, exist_ok)
        except FileExistsError:
            pass
        if leaf == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


class DirEntry:
    """One entry that scandir() found, with its stat results cached."""
    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)
        self._stat = self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path) if self.is_symlink() else self.stat(follow_symlinks=False)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    __class_getitem__ = classmethod(type(list[int]))


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, folder):
        names = listdir(folder)
        self._entries = iter([DirEntry(folder, n) for n in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = "ScandirIterator"
_ScandirIterator.__module__ = "posix"


def scandir(path=None):
    return _ScandirIterator(curdir if path is None else fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (folder, subfolders, files) for top and every folder below it."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    folders, files, below = [], [], []
    for entry in entries:
        if entry.is_dir():
            folders.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                below.append(entry.path)
        else:
            files.append(entry.name)
    if topdown:
        yield top, folders, files
        for name in folders:
            child = path.join(top, name)
            if followlinks or not path.islink(child):
                yield from walk(child, topdown, onerror, followlinks)
    else:
        for child in below:
            yield from walk(child, topdown, onerror, followlinks)
        yield top, folders, files


def get_exec_path(env=None):
    found = (getenv("PATH") if env is None else env.get("PATH")) or defpath
    return found.split(pathsep)
