"""Pretty printing of Python data structures, laid out as CPython 3.11's pprint does."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr(object), safe against recursive containers."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether eval(saferepr(object)) could rebuild object."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Orderable:
    """Sorts mixed-type keys: by value where comparable, else by type name and id."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_order(pair):
    return _Orderable(pair[0]), _Orderable(pair[1])


def _recursion_marker(obj):
    return f"<Recursion on {type(obj).__name__} with id={id(obj)}>"


class _Text:
    """A minimal text sink, so pformat needs no io module."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


def _words(line):
    """line cut after each run of whitespace: each piece is non-blanks then blanks."""
    pieces = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        pieces.append(line[start:i])
        start = i
    return pieces


def _bytes_chunks(data, width, allowance):
    """The reprs of data cut into 4-byte-aligned runs that fit width."""
    chunks = []
    current = b""
    final = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        block = data[start:start + 4]
        if start == final:
            width -= allowance
        grown = current + block
        if len(repr(grown)) > width and current:
            chunks.append(repr(current))
            current = block
        else:
            current = grown
    if current:
        chunks.append(repr(current))
    return chunks


def _checked_geometry(indent, width, depth):
    step, columns = int(indent), int(width)
    problem = ('indent must be >= 0' if step < 0 else
               'depth must be > 0' if depth is not None and depth <= 0 else
               'width must be != 0' if columns == 0 else None)
    if problem:
        raise ValueError(problem)
    return step, columns, depth


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        self._indent_per_level, self._width, self._depth = _checked_geometry(indent, width, depth)
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Text()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    # --- laying out one object over several lines when its repr is too wide

    def _format(self, obj, out, indent, allowance, context, level):
        key = id(obj)
        if key in context:
            out.write(_recursion_marker(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, context, level)
        if len(text) <= self._width - indent - allowance:
            out.write(text)
            return
        layout = _layout_for(type(obj).__repr__)
        if layout is None and _is_plain_dataclass(obj):
            layout = PrettyPrinter._lay_out_dataclass
        if layout is None:
            out.write(text)
            return
        context[key] = 1
        layout(self, obj, out, indent, allowance, context, level + 1)
        del context[key]

    def _lay_out_dict(self, obj, out, indent, allowance, context, level):
        out.write('{')
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))
        if obj:
            items = sorted(obj.items(), key=_pair_order) if self._sort_dicts else obj.items()
            self._write_entries(items, out, indent, allowance + 1, context, level)
        out.write('}')

    def _lay_out_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        self._format(list(obj.items()), out, indent + len(name) + 1, allowance + 1,
                     context, level)
        out.write(')')

    def _lay_out_list(self, obj, out, indent, allowance, context, level):
        out.write('[')
        self._write_elements(obj, out, indent, allowance + 1, context, level)
        out.write(']')

    def _lay_out_tuple(self, obj, out, indent, allowance, context, level):
        out.write('(')
        close = ',)' if len(obj) == 1 else ')'
        self._write_elements(obj, out, indent, allowance + len(close), context, level)
        out.write(close)

    def _lay_out_set(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        kind = type(obj)
        if kind is set:
            out.write('{')
            close = '}'
        else:
            out.write(kind.__name__ + '({')
            close = '})'
            indent += len(kind.__name__) + 1
        members = sorted(obj, key=_Orderable)
        self._write_elements(members, out, indent, allowance + len(close), context, level)
        out.write(close)

    def _lay_out_str(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        lines = obj.splitlines(True)
        for number, line in enumerate(lines):
            final_line = number == len(lines) - 1
            whole = repr(line)
            if len(whole) <= (room - allowance if final_line else room):
                pieces.append(whole)
                continue
            words = _words(line)
            current = ''
            for index, word in enumerate(words):
                limit = room
                if final_line and index == len(words) - 1:
                    limit -= allowance
                grown = current + word
                if len(repr(grown)) > limit and current:
                    pieces.append(repr(current))
                    current = word
                else:
                    current = grown
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            out.write(whole)
            return
        if level == 1:
            out.write('(')
        out.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            out.write(')')

    def _lay_out_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        wrapped = level == 1
        if wrapped:
            indent += 1
            allowance += 1
            out.write('(')
        chunks = _bytes_chunks(obj, self._width - indent, allowance)
        out.write(('\n' + ' ' * indent).join(chunks))
        if wrapped:
            out.write(')')

    def _lay_out_bytearray(self, obj, out, indent, allowance, context, level):
        out.write('bytearray(')
        self._lay_out_bytes(bytes(obj), out, indent + 10, allowance + 1, context, level + 1)
        out.write(')')

    def _lay_out_mappingproxy(self, obj, out, indent, allowance, context, level):
        out.write('mappingproxy(')
        self._format(obj.copy(), out, indent + 13, allowance + 1, context, level)
        out.write(')')

    def _lay_out_namespace(self, obj, out, indent, allowance, context, level):
        import types
        name = 'namespace' if type(obj) is types.SimpleNamespace else type(obj).__name__
        out.write(name + '(')
        self._write_keywords(obj.__dict__.items(), out, indent + len(name) + 1, allowance,
                             context, level)
        out.write(')')

    def _lay_out_dataclass(self, obj, out, indent, allowance, context, level):
        import dataclasses
        name = type(obj).__name__
        shown = [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.repr]
        out.write(name + '(')
        self._write_keywords(shown, out, indent + len(name) + 1, allowance, context, level)
        out.write(')')

    def _lay_out_defaultdict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        factory = self._repr(obj.default_factory, context, level)
        name = type(obj).__name__
        indent += len(name) + 1
        out.write(f"{name}({factory},\n{' ' * indent}")
        self._lay_out_dict(obj, out, indent, allowance + 1, context, level)
        out.write(')')

    def _lay_out_counter(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '({')
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))
        self._write_entries(obj.most_common(), out, indent + len(name) + 1, allowance + 2,
                            context, level)
        out.write('})')

    def _lay_out_chainmap(self, obj, out, indent, allowance, context, level):
        if not obj.maps:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '(')
        indent += len(name) + 1
        final = len(obj.maps) - 1
        for index, mapping in enumerate(obj.maps):
            if index == final:
                self._format(mapping, out, indent, allowance + 1, context, level)
                out.write(')')
            else:
                self._format(mapping, out, indent, 1, context, level)
                out.write(',\n' + ' ' * indent)

    def _lay_out_deque(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '([')
        indent += len(name) + 1
        if obj.maxlen is None:
            self._write_elements(obj, out, indent, allowance + 2, context, level)
            out.write('])')
        else:
            self._write_elements(obj, out, indent, 2, context, level)
            limit = self._repr(obj.maxlen, context, level)
            out.write(f"],\n{' ' * indent}maxlen={limit})")

    def _lay_out_wrapped_data(self, obj, out, indent, allowance, context, level):
        self._format(obj.data, out, indent, allowance, context, level - 1)

    # --- the pieces of a container

    def _write_entries(self, items, out, indent, allowance, context, level):
        """key: value pairs, one a line."""
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for index, (key, value) in enumerate(items):
            final = index == len(items) - 1
            key_text = self._repr(key, context, level)
            out.write(key_text + ': ')
            self._format(value, out, indent + len(key_text) + 2,
                         allowance if final else 1, context, level)
            if not final:
                out.write(separator)

    def _write_keywords(self, items, out, indent, allowance, context, level):
        """name=value pairs, one a line."""
        separator = ',\n' + ' ' * indent
        items = list(items)
        for index, (name, value) in enumerate(items):
            final = index == len(items) - 1
            out.write(name + '=')
            if id(value) in context:
                out.write('...')
            else:
                self._format(value, out, indent + len(name) + 1,
                             allowance if final else 1, context, level)
            if not final:
                out.write(separator)

    def _write_elements(self, elements, out, indent, allowance, context, level):
        """Elements one a line, or as many a line as fit when compact."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))
        newline = ',\n' + ' ' * indent
        elements = list(elements)
        room = full_room = self._width - indent + 1
        pending = ''
        for index, element in enumerate(elements):
            final = index == len(elements) - 1
            if final:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(element, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full_room
                    if pending:
                        pending = newline
                if room >= needed:
                    room -= needed
                    out.write(pending + text)
                    pending = ', '
                    continue
            out.write(pending)
            pending = newline
            self._format(element, out, indent, allowance if final else 1, context, level)

    # --- one-line reprs

    def _repr(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, obj, context, maxlevels, level):
        kind = type(obj)
        if kind in _SCALARS:
            return repr(obj), True, False
        own_repr = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{obj:_d}", True, False
            return repr(obj), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not obj:
                return '{}', True, False
            items = sorted(obj.items(), key=_pair_order) if self._sort_dicts else obj.items()
            return self._safe_join(obj, '{%s}', items, context, maxlevels, level, True)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not obj:
                return '[]', True, False
            return self._safe_join(obj, '[%s]', obj, context, maxlevels, level, False)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if not obj:
                return '()', True, False
            shape = '(%s,)' if len(obj) == 1 else '(%s)'
            return self._safe_join(obj, shape, obj, context, maxlevels, level, False)
        text = repr(obj)
        return text, bool(text and not text.startswith('<')), False

    def _safe_join(self, obj, shape, parts, context, maxlevels, level, pairs):
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion_marker(obj), False, True
        context[key] = 1
        readable = True
        recursive = False
        texts = []
        level += 1
        for part in parts:
            if pairs:
                k_text, k_readable, k_recursive = self.format(part[0], context, maxlevels, level)
                v_text, v_readable, v_recursive = self.format(part[1], context, maxlevels, level)
                texts.append(f"{k_text}: {v_text}")
                readable = readable and k_readable and v_readable
                recursive = recursive or k_recursive or v_recursive
            else:
                text, part_readable, part_recursive = self.format(part, context, maxlevels, level)
                texts.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
        del context[key]
        return shape % ', '.join(texts), readable, recursive


def _is_plain_dataclass(obj):
    """Whether obj is a dataclass instance whose repr the decorator wrote."""
    kind = type(obj)
    params = getattr(kind, '__dataclass_params__', None)
    if params is None or isinstance(obj, type) or not params.repr:
        return False
    method = kind.__repr__
    if getattr(method, '__module__', None) == 'dataclasses':
        return True
    inner = getattr(method, '__wrapped__', None)
    return inner is not None and '__create_fn__' in getattr(inner, '__qualname__', '')


_layouts = None


def _layout_for(repr_function):
    """The multi-line layout for objects with this __repr__, or None."""
    global _layouts
    if _layouts is None:
        import collections
        import types
        P = PrettyPrinter
        _layouts = {
            dict.__repr__: P._lay_out_dict,
            list.__repr__: P._lay_out_list,
            tuple.__repr__: P._lay_out_tuple,
            set.__repr__: P._lay_out_set,
            frozenset.__repr__: P._lay_out_set,
            str.__repr__: P._lay_out_str,
            bytes.__repr__: P._lay_out_bytes,
            bytearray.__repr__: P._lay_out_bytearray,
            types.MappingProxyType.__repr__: P._lay_out_mappingproxy,
            types.SimpleNamespace.__repr__: P._lay_out_namespace,
            collections.OrderedDict.__repr__: P._lay_out_ordered_dict,
            collections.defaultdict.__repr__: P._lay_out_defaultdict,
            collections.Counter.__repr__: P._lay_out_counter,
            collections.deque.__repr__: P._lay_out_deque,
            collections.ChainMap.__repr__: P._lay_out_chainmap,
            collections.UserDict.__repr__: P._lay_out_wrapped_data,
            collections.UserList.__repr__: P._lay_out_wrapped_data,
            collections.UserString.__repr__: P._lay_out_wrapped_data,
        }
    return _layouts.get(repr_function)
