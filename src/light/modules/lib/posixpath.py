"""os.path for POSIX: path names as text, and questions to the file system."""
import posix

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


def _fspath(p):
    import os
    return os.fspath(p)


def _environ():
    import os
    return os.environ


def _slash(p):
    """The separator of p's kind (str or bytes)."""
    return b"/" if isinstance(p, bytes) else "/"


def _bad_args(func, args):
    kinds = set()
    for a in args:
        if isinstance(a, str):
            kinds.add(str)
        elif isinstance(a, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(f"{func}() argument must be str, bytes, or os.PathLike object, "
                            f"not {type(a).__name__!r}") from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_slash(s))


def join(a, *p):
    """Joins the parts with '/', starting over at any absolute part."""
    a = _fspath(a)
    slash = _slash(a)
    result = a
    try:
        if not p:
            result[:0] + slash
        for part in map(_fspath, p):
            if part.startswith(slash):
                result = part
            elif not result or result.endswith(slash):
                result = result + part
            else:
                result = result + slash + part
    except (TypeError, AttributeError, BytesWarning):
        _bad_args("join", (a,) + p)
        raise
    return result


def split(p):
    """(head, tail): tail is what follows the last '/'."""
    p = _fspath(p)
    slash = _slash(p)
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, unless the dot leads the name."""
    p = _fspath(p)
    slash, dot = (b"/", b".") if isinstance(p, bytes) else ("/", ".")
    name_start = p.rfind(slash) + 1
    last_dot = p.rfind(dot)
    if last_dot > name_start and p[name_start:last_dot].strip(dot):
        return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def normpath(path):
    """Removes '.', 'x/..' and doubled separators; keeps two leading slashes (POSIX allows them a meaning)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        slash, dot, dotdot = b"/", b".", b".."
    else:
        slash, dot, dotdot = "/", ".", ".."
    if not path:
        return dot
    leading = 0
    if path.startswith(slash):
        leading = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    kept = []
    for part in path.split(slash):
        if not part or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if leading:
                continue
        kept.append(part)
    return (slash * leading + slash.join(kept)) or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        path = join(cwd.encode() if isinstance(path, bytes) else cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The absolute path with every symbolic link resolved."""
    filename = _fspath(filename)
    as_bytes = isinstance(filename, bytes)
    text = filename.decode() if as_bytes else filename
    resolved = _resolve("", text, strict, {})
    resolved = abspath(resolved)
    return resolved.encode() if as_bytes else resolved


def _resolve(base, rest, strict, seen):
    if rest.startswith("/"):
        base = ""
    for part in rest.split("/"):
        if not part or part == ".":
            continue
        if part == "..":
            if base and base.rsplit("/", 1)[1] != "..":
                base = base.rsplit("/", 1)[0]
            else:
                base = base + "/.." if base else ".."
            continue
        candidate = base + "/" + part if base or rest.startswith("/") else part
        try:
            mode = posix.lstat(candidate).st_mode
        except OSError:
            if strict:
                raise
            base = candidate
            continue
        if mode & _S_IFMT != _S_IFLNK:
            base = candidate
            continue
        if candidate in seen:
            target = seen[candidate]
            if target is None:  # a loop of links
                if strict:
                    posix.stat(candidate)
                target = candidate
            base = target
            continue
        seen[candidate] = None
        base = _resolve(base, posix.readlink(candidate), strict, seen)
        seen[candidate] = base
    return base or ("/" if rest.startswith("/") else ".")


def relpath(path, start=None):
    """path relative to start (default: the current folder)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        dot, slash, dotdot = b".", b"/", b".."
    else:
        dot, slash, dotdot = ".", "/", ".."
    start = dot if start is None else _fspath(start)
    try:
        there = [x for x in abspath(path).split(slash) if x]
        here = [x for x in abspath(start).split(slash) if x]
    except (TypeError, AttributeError):
        _bad_args("relpath", (path, start))
        raise
    shared = len(commonprefix([there, here]))
    parts = [dotdot] * (len(here) - shared) + there[shared:]
    return slash.join(parts) if parts else dot


def commonprefix(m):
    """The longest leading run that every item of m shares, item by item."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low, high = min(m), max(m)
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    """The longest shared sub-path of every path in paths."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    slash = _slash(paths[0])
    try:
        dot = b"." if isinstance(slash, bytes) else "."
        split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
        absolute = {p[:1] == slash for p in paths}
    except TypeError:
        _bad_args("commonpath", paths)
        raise
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    shared = commonprefix(split_paths) if split_paths else []
    prefix = slash if absolute.pop() else slash[:0]
    return prefix + slash.join(shared)


def exists(path):
    try:
        posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, kind, follow=True):
    try:
        st = posix.stat(path) if follow else posix.lstat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & _S_IFMT == kind


def isdir(s):
    return _mode_is(s, _S_IFDIR)


def isfile(path):
    return _mode_is(path, _S_IFREG)


def islink(path):
    return _mode_is(path, _S_IFLNK, follow=False)


def ismount(path):
    try:
        here = posix.lstat(path)
        if here.st_mode & _S_IFMT == _S_IFLNK:
            return False
        up = posix.lstat(join(_fspath(path), ".." if isinstance(_fspath(path), str) else b".."))
    except (OSError, ValueError):
        return False
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def getsize(filename):
    return posix.stat(filename).st_size


def getmtime(filename):
    return posix.stat(filename).st_mtime


def getatime(filename):
    return posix.stat(filename).st_atime


def getctime(filename):
    return posix.stat(filename).st_ctime


def samefile(f1, f2):
    a, b = posix.stat(f1), posix.stat(f2)
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def expanduser(path):
    """Replaces a leading ~ by $HOME (only the current user's home is known here)."""
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _slash(path)
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end != 1:
        return path
    home = _environ().get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[end:]) or slash


def expandvars(path):
    """Replaces $name and ${name} by the environment's values, leaving unknown names as they are."""
    path = _fspath(path)
    as_bytes = isinstance(path, bytes)
    text = path.decode("latin-1") if as_bytes else path
    if "$" not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == "{":
            close = text.find("}", i + 2)
            if close < 0:
                out.append(c)
                i += 1
                continue
            name, end = text[i + 2:close], close + 1
        else:
            j = i + 1
            while j < n and (text[j].isascii() and (text[j].isalnum() or text[j] == "_")):
                j += 1
            name, end = text[i + 1:j], j
        value = _environ().get(name) if name else None
        if value is None:
            out.append(text[i:end] if name else c)
            i = end if name else i + 1
        else:
            out.append(value)
            i = end
    result = "".join(out)
    return result.encode("latin-1") if as_bytes else result
