"""Path name manipulation on '/'-separated paths (os.path): pure string work,
plus exists/isfile/isdir, which ask the file system."""

import posix as _posix

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
           "commonprefix", "exists", "lexists", "isdir", "isfile", "expanduser", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "relpath",
           "commonpath", "realpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def _fspath(p):
    import os
    return os.fspath(p)


def _seps(p):
    return ("/", ".", "..") if isinstance(p, str) else (b"/", b".", b"..")


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        for b in map(_fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except TypeError:
        if all(isinstance(s, (str, bytes)) for s in (a,) + p):
            raise TypeError("Can't mix strings and bytes in path components") from None
        raise
    return path


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def split(p):
    p = _fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash, dot, _ = _seps(p)
    slash_at = p.rfind(slash)
    dot_at = p.rfind(dot)
    if dot_at > slash_at:
        # Leading dots make a hidden name, not an extension.
        for i in range(slash_at + 1, dot_at):
            if p[i:i + 1] != dot:
                return p[:dot_at], p[dot_at:]
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _fspath(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    leading = 0
    if path.startswith(slash):
        leading = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if comp in (path[:0], dot):
            continue
        if comp != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = slash * leading + slash.join(parts)
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        path = join(cwd if isinstance(path, str) else cwd.encode(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    slash, dot, dotdot = _seps(path)
    start = dot if start is None else _fspath(start)
    start_parts = [x for x in abspath(start).split(slash) if x]
    path_parts = [x for x in abspath(path).split(slash) if x]
    common = len(commonprefix([start_parts, path_parts]))
    parts = [dotdot] * (len(start_parts) - common) + path_parts[common:]
    return join(*parts) if parts else dot


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low, high = min(m), max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    slash, dot, _ = _seps(paths[0])
    try:
        (absolute,) = {p[:1] == slash for p in paths}
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    low, high = min(split_paths), max(split_paths)
    common = low
    for i, c in enumerate(low):
        if c != high[i]:
            common = low[:i]
            break
    return (slash if absolute else slash[:0]) + slash.join(common)


def expanduser(path):
    path = _fspath(path)
    tilde = "~" if isinstance(path, str) else b"~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    home = _posix.environ.get("HOME")
    if i != 1 or home is None:
        return path
    if not isinstance(path, str):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def exists(path):
    return _posix._kind(_text(path)) != 0


lexists = exists


def isfile(path):
    return _posix._kind(_text(path)) == 1


def isdir(path):
    return _posix._kind(_text(path)) == 2


def _text(path):
    path = _fspath(path)
    return path if isinstance(path, str) else path.decode()
