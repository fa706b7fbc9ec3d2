"""Pretty printing of data structures: pprint, pformat, pp, saferepr, PrettyPrinter.

A container whose one-line repr fits in what is left of the width is written
as that repr; otherwise it is broken over lines, one item per line (or as many
as fit, with compact=True), each item laid out by the same rule. Line breaks,
indentation, key order and the wrapping of long strings follow CPython 3.11.
"""

import collections as _collections
import dataclasses as _dataclasses
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dictionaries in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object), safe against recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval() could rebuild object from its repr."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    """A sort key that orders values of unlike types by type name, then id."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _ordered_pair(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class _Text:
    """The stream pformat writes into."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        text = _Text()
        self._format(object, text, 0, 0, {}, 0)
        return text.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layouts.get(type(object).__repr__)
            if layout is None and self._is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    @staticmethod
    def _is_plain_dataclass(object):
        """A dataclass instance whose repr is the one dataclasses wrote."""
        return (_dataclasses.is_dataclass(object) and not isinstance(object, type)
                and object.__dataclass_params__.repr
                and getattr(type(object).__repr__, "__module__", None) == _dataclasses.__name__)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        items = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            items = sorted(object.items(), key=_ordered_pair) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        close = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write("{")
            close = "}"
        else:
            name = type(object).__name__
            stream.write(name + "({")
            close = "})"
            indent += len(name) + 1
        items = sorted(object, key=_Ordered)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        # At the top level the pieces sit in parentheses, one column in.
        if level == 1:
            indent += 1
            allowance += 1
        chunks = []
        lines = object.splitlines(True)
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= self._width - indent - (allowance if last_line else 0):
                chunks.append(rep)
            else:
                chunks.extend(self._wrap_words(line, self._width - indent, allowance if last_line else 0))
        if len(chunks) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(chunks))
        if level == 1:
            stream.write(")")

    @staticmethod
    def _wrap_words(line, width, allowance):
        """reprs of runs of whole words (each with its trailing spaces) that fit in width."""
        words = []
        start = 0
        while start < len(line):
            end = start
            while end < len(line) and not line[end].isspace():
                end += 1
            while end < len(line) and line[end].isspace():
                end += 1
            words.append(line[start:end])
            start = end
        out = []
        current = ""
        for j, word in enumerate(words):
            candidate = current + word
            limit = width - allowance if j == len(words) - 1 else width
            if len(repr(candidate)) > limit:
                if current:
                    out.append(repr(current))
                current = word
            else:
                current = candidate
        if current:
            out.append(repr(current))
        return out

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write("(")
        width = self._width - indent
        pieces = []
        current = b""
        last = len(object) // 4 * 4
        for i in range(0, len(object), 4):
            part = object[i:i + 4]
            if i == last:
                width -= allowance
            if len(repr(current + part)) > width:
                if current:
                    pieces.append(repr(current))
                current = part
            else:
                current = current + part
        if current:
            pieces.append(repr(current))
        stream.write(("\n" + " " * indent).join(pieces))
        if top:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write("})")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, self._repr(object.maxlen, context, level)))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep + ": ")
            self._format(value, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(",\n" + " " * indent)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(key + "=")
            if id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(",\n" + " " * indent)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        newline = ",\n" + " " * indent
        items = list(items)
        separator = ""
        width = max_width = self._width - indent + 1
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = max_width
                    if separator:
                        separator = newline
                if width >= needed:
                    width -= needed
                    stream.write(separator + rep)
                    separator = ", "
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    # ---- one-line reprs

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive): dicts sorted, recursion and depth cut short."""
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and own_repr is int.__repr__:
            return (f"{object:_d}" if self._underscore_numbers else repr(object)), True, False
        if issubclass(typ, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            items = sorted(object.items(), key=_ordered_pair) if self._sort_dicts else object.items()
            return self._safe_container(object, "{%s}", items, context, maxlevels, level)
        if issubclass(typ, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container(object, "[%s]", object, context, maxlevels, level)
        if issubclass(typ, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, shape, object, context, maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith("<")), False

    def _safe_container(self, object, shape, items, context, maxlevels, level):
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable, recursive = True, False
        parts = []
        is_dict = isinstance(object, dict)
        for item in items:
            if is_dict:
                krepr, kreadable, krecursive = self.format(item[0], context, maxlevels, level + 1)
                vrepr, vreadable, vrecursive = self.format(item[1], context, maxlevels, level + 1)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
            else:
                orepr, oreadable, orecursive = self.format(item, context, maxlevels, level + 1)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecursive
        del context[objid]
        return shape % ", ".join(parts), readable, recursive

    _layouts = {
        dict.__repr__: _pprint_dict,
        list.__repr__: _pprint_list,
        tuple.__repr__: _pprint_tuple,
        set.__repr__: _pprint_set,
        frozenset.__repr__: _pprint_set,
        str.__repr__: _pprint_str,
        bytes.__repr__: _pprint_bytes,
        bytearray.__repr__: _pprint_bytearray,
        _collections.OrderedDict.__repr__: _pprint_ordered_dict,
        _collections.defaultdict.__repr__: _pprint_default_dict,
        _collections.Counter.__repr__: _pprint_counter,
        _collections.deque.__repr__: _pprint_deque,
    }
