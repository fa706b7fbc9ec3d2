"""JSONDecoder: a scanner with the error texts and positions of CPython's _json.

Strings are scanned by the native _json.scanstring; _Scanner plays the part of
CPython's C make_scanner and should become native too.
"""

import sys
from _json import scanstring

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


class JSONDecodeError(ValueError):
    """ValueError with msg, doc, pos, lineno and colno of where parsing failed."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip(s, end):
    n = len(s)
    while end < n and s[end] in _WHITESPACE:
        end += 1
    return end


class _NoValue(Exception):
    """No JSON value starts at pos: the caller reports 'Expecting value' there."""

    def __init__(self, pos):
        self.pos = pos


class _Scanner:
    """Parses one JSON value; nesting is kept on an explicit stack, not Python's."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = decoder.memo
        # CPython's C scanner recurses per level and so stops at the recursion limit.
        self.max_depth = sys.getrecursionlimit()

    def value(self, s, idx):
        """(value, end) of the JSON value starting at s[idx]."""
        n = len(s)
        # Open containers, innermost last: [items] for arrays, [pairs, key] for objects.
        stack = []
        while True:
            if idx >= n:
                raise _NoValue(idx)
            c = s[idx]
            if c == "[":
                self.check_depth(stack, "array")
                idx = _skip(s, idx + 1)
                if idx < n and s[idx] == "]":
                    value = []
                    idx += 1
                else:
                    stack.append([[]])
                    continue
            elif c == "{":
                self.check_depth(stack, "object")
                idx = _skip(s, idx + 1)
                if idx < n and s[idx] == "}":
                    value = self.finish_object([])
                    idx += 1
                else:
                    key, idx = self.key(s, idx)
                    stack.append([[], key])
                    continue
            else:
                value, idx = self.scalar(s, idx)
            # Hand the finished value to the containers it completes.
            while True:
                if not stack:
                    return value, idx
                top = stack[-1]
                idx = _skip(s, idx)
                closing = "]" if len(top) == 1 else "}"
                top[0].append(value if len(top) == 1 else (top[1], value))
                if idx < n and s[idx] == closing:
                    stack.pop()
                    value = top[0] if len(top) == 1 else self.finish_object(top[0])
                    idx += 1
                    continue
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip(s, idx + 1)
                if len(top) == 2:
                    top[1], idx = self.key(s, idx)
                break

    def check_depth(self, stack, kind):
        if len(stack) >= self.max_depth:
            raise RecursionError("maximum recursion depth exceeded while decoding a JSON %s "
                                 "from a unicode string" % kind)

    def key(self, s, idx):
        """An object's key at s[idx] and the index of its value, past the ':'."""
        if idx >= len(s) or s[idx] != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
        key, idx = scanstring(s, idx + 1, self.strict)
        key = self.memo.setdefault(key, key)
        idx = _skip(s, idx)
        if idx >= len(s) or s[idx] != ":":
            raise JSONDecodeError("Expecting ':' delimiter", s, idx)
        return key, _skip(s, idx + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def scalar(self, s, idx):
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        for word, result in (("null", None), ("true", True), ("false", False)):
            if c == word[0] and s.startswith(word, idx):
                return result, idx + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if c == word[0] and s.startswith(word, idx):
                return self.parse_constant(word), idx + len(word)
        return self.number(s, idx)

    def number(self, s, start):
        n = len(s)
        idx = start
        if idx < n and s[idx] == "-":
            idx += 1
        if idx < n and "1" <= s[idx] <= "9":
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif idx < n and s[idx] == "0":
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx + 1 < n and s[idx] == "." and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n and s[idx] in "eE":
            e_start = idx
            idx += 1
            if idx < n and s[idx] in "+-":
                idx += 1
            digits_start = idx
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if idx > digits_start:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        return (self.parse_float(text) if is_float else self.parse_int(text)), idx


class JSONDecoder(object):

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float, self.parse_int = parse_float or float, parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict, self.memo = strict, {}

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]; return (value, index where it ended)."""
        if idx < 0:
            raise ValueError("idx cannot be negative")
        try:
            return _Scanner(self).value(s, idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None
        finally:
            self.memo.clear()
