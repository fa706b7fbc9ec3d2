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


def _without_reversed_ranges(body):
    """body with its ranges whose ends are reversed (z-a) left out: they match nothing."""
    kept = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            if body[i] <= body[i + 2]:
                kept.append(body[i:i + 3])
            i += 3
        else:
            kept.append(body[i])
            i += 1
    return "".join(kept)


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
    body = _without_reversed_ranges(body)
    if not body:
        return ("." if negate else "(?!)"), end + 1
    body = re.sub(r"([&~|])", r"\\\1", body.replace("\\", "\\\\"))
    if negate:
        body = "^" + body
    elif body[0] in "^[":
        body = "\\" + body
    return "[" + body + "]", end + 1


def translate(pat):
    """The regular expression (as text) that matches what pat matches. Between two stars the
    text is matched lazily inside an atomic group, so that many stars cannot backtrack for ever."""
    groups = [[]]  # the pieces between stars
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "*":
            if groups[-1] or len(groups) == 1:
                groups.append([])
            i += 1
        elif c == "?":
            groups[-1].append(".")
            i += 1
        elif c == "[":
            piece, i = _bracket(pat, i)
            groups[-1].append(piece if piece is not None else "\\[")
        else:
            groups[-1].append(re.escape(c))
            i += 1
    texts = ["".join(g) for g in groups]
    out = texts[0]
    if len(texts) > 1:
        out += "".join(f"(?>.*?{t})" for t in texts[1:-1]) + ".*" + texts[-1]
    return "(?s:" + out + ")\\Z"
