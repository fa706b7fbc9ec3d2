"""Path names matching shell wildcards (see fnmatch), with ** for any depth when recursive."""
import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile("([*?[])")
_MAGIC_BYTES = re.compile(b"([*?[])")


def has_magic(s):
    return (_MAGIC_BYTES if isinstance(s, bytes) else _MAGIC).search(s) is not None


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname, in the order the directories list them."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        first = next(found, None)
        if first == pathname[:0]:
            first = next(found, None)
        if first is not None:
            yield first
    yield from found


def _is_recursive(part):
    return part == (b"**" if isinstance(part, bytes) else "**")


def _expand(pathname, root_dir, recursive, dirs_only, include_hidden):
    folder, pattern = os.path.split(pathname)
    if not has_magic(pathname):
        if pattern:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, folder)):
            yield pathname
        return
    if not folder:
        if recursive and _is_recursive(pattern):
            yield from _everything_below(root_dir, dirs_only, include_hidden)
        else:
            yield from _matching(root_dir, pattern, dirs_only, include_hidden)
        return
    if folder != pathname and has_magic(folder):
        folders = _expand(folder, root_dir, recursive, True, include_hidden)
    else:
        folders = [folder]
    for parent in folders:
        where = _join(root_dir, parent)
        if recursive and _is_recursive(pattern):
            names = _everything_below(where, dirs_only, include_hidden)
        elif has_magic(pattern):
            names = _matching(where, pattern, dirs_only, include_hidden)
        else:
            names = _literal(where, pattern, dirs_only)
        for name in names:
            yield os.path.join(parent, name)


def _join(root_dir, path):
    return os.path.join(root_dir, path) if root_dir and path else (root_dir or path)


def _hidden(name):
    return name[:1] in (".", b".")


def _entries(folder, dirs_only):
    """The names in folder (only subfolders when dirs_only); none when it cannot be listed."""
    try:
        with os.scandir(folder or (b"." if isinstance(folder, bytes) else ".")) as it:
            found = []
            for entry in it:
                try:
                    if not dirs_only or entry.is_dir():
                        found.append(os.fsencode(entry.name) if isinstance(folder, bytes) else entry.name)
                except OSError:
                    pass
            return found
    except OSError:
        return []


def _matching(folder, pattern, dirs_only, include_hidden):
    names = _entries(folder, dirs_only)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _literal(folder, name, dirs_only):
    if name:
        return [name] if os.path.lexists(os.path.join(folder, name)) else []
    return [name] if os.path.isdir(folder) else []


def _everything_below(folder, dirs_only, include_hidden):
    yield folder[:0]
    yield from _walk(folder, dirs_only, include_hidden)


def _walk(folder, dirs_only, include_hidden):
    for name in _entries(folder, dirs_only):
        if include_hidden or not _hidden(name):
            yield name
            path = os.path.join(folder, name) if folder else name
            for below in _walk(path, dirs_only, include_hidden):
                yield os.path.join(name, below)


def escape(pathname):
    """pathname with its wildcard characters made literal."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        return drive + _MAGIC_BYTES.sub(rb"[\1]", rest)
    return drive + _MAGIC.sub(r"[\1]", rest)
