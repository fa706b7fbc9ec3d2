"""Splitting and quoting command lines as a POSIX shell does."""
import re

__all__ = ["split", "quote", "join"]

_SAFE = re.compile(r"[^\w@%+=:,./-]", re.ASCII)


def quote(s):
    """s as a single shell word."""
    if not s:
        return "''"
    if _SAFE.search(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)


def split(s, comments=False, posix=True):
    """The words of s: whitespace separates them; quotes and backslashes as the shell reads them."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not isinstance(s, str):
        s = s.read()
    words = []
    word = None  # None: between words
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in " \t\r\n":
            if word is not None:
                words.append(word)
                word = None
            i += 1
        elif c == "#" and comments:
            if word is not None:
                words.append(word)
                word = None
            end = s.find("\n", i)
            i = n if end < 0 else end + 1
        elif c == "'" or c == '"':
            close = i + 1
            text = []
            while True:
                if close >= n:
                    raise ValueError("No closing quotation")
                d = s[close]
                if d == c:
                    break
                if d == "\\" and c == '"' and posix and close + 1 < n and s[close + 1] in '\\"':
                    close += 1
                    d = s[close]
                elif d == "\\" and c == '"' and posix and close + 1 >= n:
                    raise ValueError("No closing quotation")
                text.append(d)
                close += 1
            piece = "".join(text)
            word = (word or "") + (piece if posix else c + piece + c)
            i = close + 1
        elif c == "\\" and posix:
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word = (word or "") + s[i + 1]
            i += 2
        else:
            word = (word or "") + c
            i += 1
    if word is not None:
        words.append(word)
    return words
