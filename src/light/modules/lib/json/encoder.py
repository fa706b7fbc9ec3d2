"""JSONEncoder: CPython 3.11's output, including which error text its C and Python paths give.

As CPython's, it escapes strings with _json and encodes dumps() without indent
in one native pass (_json.make_encoder); the Python writer here does the rest.
"""
from _json import encode_basestring, encode_basestring_ascii, make_encoder as c_make_encoder

__all__ = ["JSONEncoder"]

INFINITY = float("inf")


class JSONEncoder(object):

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.check_circular = skipkeys, ensure_ascii, check_circular
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","  # indented output ends its lines after the comma
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (as this one does)."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        if _one_shot and self.indent is None:
            markers = {} if self.check_circular else None
            string = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return c_make_encoder(markers, self.default, string, self.indent, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)(o, 0)
        return _Writer(self).encode(o, 0)


class _Writer:
    """One encoding run, yielding the pieces CPython's pure-Python encoder yields."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.markers = {} if encoder.check_circular else None
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent

    def float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def container(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.encode_list(o, level)
        if isinstance(o, dict):
            return self.encode_dict(o, level)
        return self.encode(o, level)

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            self.enter(o)
            yield from self.encode(self.encoder.default(o), level)
            self.leave(o)

    def encode_list(self, items, level):
        if not items:
            yield "[]"
            return
        self.enter(items)
        buf = "["
        separator = self.encoder.item_separator
        newline = None
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            separator += newline
            buf += newline
        first = True
        for value in items:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.container(value, level)
        if newline is not None:
            yield "\n" + self.indent * (level - 1)
        yield "]"
        self.leave(items)

    def key(self, key):
        """key as a JSON object key's text, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def encode_dict(self, dct, level):
        if not dct:
            yield "{}"
            return
        self.enter(dct)
        yield "{"
        separator = self.encoder.item_separator
        newline = None
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            separator += newline
            yield newline
        first = True
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        for key, value in items:
            text = self.key(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.string(text)
            yield self.encoder.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.container(value, level)
        if newline is not None:
            yield "\n" + self.indent * (level - 1)
        yield "}"
        self.leave(dct)
