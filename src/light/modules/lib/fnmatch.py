"""Shell-style wildcards: * (anything), ? (one character), [seq] and [!seq]."""
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}


def fnmatch(name, pat):
    """Whether name matches pat (case as the file system treats it: exactly, on POSIX)."""
    import os
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    return _matcher(pat)(name) is not None


def filter(names, pat):
    import os
    match = _matcher(os.path.normcase(pat))
    return [n for n in names if match(os.path.normcase(n))]


def _matcher(pat):
    found = _compiled.get(pat)
    if found is None:
        if len(_compiled) >= 32768:
            _compiled.clear()
        text = translate(pat.decode("latin-1") if isinstance(pat, bytes) else pat)
        if isinstance(pat, bytes):
            text = text.encode("latin-1")
        found = _compiled[pat] = re.compile(text).match
    return found


def _bracket(pat, start):
    """The regex class for the [...] opening at start, and where it ends; None if it never closes."""
    end = start + 1
    if end < len(pat) and pat[end] == "!":
        end += 1
    if end < len(pat) and pat[end] == "]":
        end += 1
    end = pat.find("]", end)
    if end < 0:
        return None, start + 1
    body = pat[start + 1:end]
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    body = body.replace("\\", "\\\\")
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return ("(?!)" if not negate else "."), end + 1
    if negate:
        body = "^" + body
    elif body[0] in "^[":
        body = "\\" + body
    return "[" + body + "]", end + 1


def translate(pat):
    """The regular expression (as text) that matches what pat matches."""
    out = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "*":
            if not out or out[-1] != ".*":
                out.append(".*")
            i += 1
        elif c == "?":
            out.append(".")
            i += 1
        elif c == "[":
            piece, i = _bracket(pat, i)
            out.append(piece if piece is not None else "\\[")
        else:
            out.append(re.escape(c))
            i += 1
    return "(?s:" + "".join(out) + ")\\Z"
