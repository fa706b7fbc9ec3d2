"""Cache of source files' lines, for tracebacks and warnings: getline(filename, lineno)."""
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a lazily loadable entry is a 1-tuple (get_source,).
cache = {}


def clearcache():
    """Forget every file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno of filename ('' when there is none), through the cache."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The lines of filename, through the cache."""
    if filename in cache and len(cache[filename]) != 1:
        return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget the cached files (or filename) whose size or time changed on disk."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    try:
        import os
    except ImportError:
        return  # no os, no stat: what open_code read has no mtime to compare
    for name in names:
        if _is_stale(os, cache[name]):
            cache.pop(name, None)


def _is_stale(os, entry):
    if len(entry) == 1:
        return False  # a lazy entry: nothing was read from disk yet
    size, mtime, _, fullname = entry
    if mtime is None:
        return False  # source registered by hand, with no file behind it
    try:
        stat = os.stat(fullname)
    except OSError:
        return True
    return size != stat.st_size or mtime != stat.st_mtime


def updatecache(filename, module_globals=None):
    """Read filename's lines into the cache and return them; [] when it cannot be read."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if lazycache(filename, module_globals):
        try:
            data = cache[filename][0]()
        except (ImportError, OSError):
            pass
        else:
            if data is None:
                return []
            lines = data.splitlines(True)
            if lines and not lines[-1].endswith('\n'):
                lines[-1] += '\n'
            cache[filename] = (len(data), None, lines, filename)
            return lines
    try:
        import os
    except ImportError:
        return _read_without_os(filename)
    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        # A relative name may be found along sys.path.
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, 'rb') as fp:
            data = fp.read()
        lines = _decode(data).splitlines(True)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def _read_without_os(filename):
    """The lines of filename read through io.open_code, where there is no os (the Light tier)."""
    from io import open_code
    try:
        with open_code(filename) as fp:
            data = fp.read()
        lines = _decode(data).splitlines(True)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = len(data), None, lines, filename
    return lines


def _decode(data):
    """Source bytes as text, in the encoding a coding cookie in the first two lines names (PEP 263)."""
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if stripped.startswith(b'#'):
            text = stripped.decode('latin-1')
            at = text.find('coding')
            if at >= 0 and text[at + 6:at + 7] in (':', '='):
                name = text[at + 7:].lstrip(' \t').split()[0] if text[at + 7:].strip() else ''
                name = ''.join(c for c in name if c.isalnum() or c in '-_.')
                if name:
                    return data.decode(name)
        elif stripped.strip():
            break
    return data.decode('utf-8')


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals' loader, to read its source on demand.

    Returns True if the cache holds (or can now hold) an entry for filename."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
