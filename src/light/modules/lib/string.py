"""String constants (ascii_letters, digits, ...), capwords, and Template ($-substitution)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s at sep (whitespace by default), capitalize each word, and join them with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


class Template:
    """A string with $name placeholders, filled by substitute() or safe_substitute()."""
    # $$ is a literal $, $name and ${name} are placeholders, name an ASCII identifier.  These
    # rules are scanned by hand; a subclass that changes pattern, idpattern, braceidpattern or
    # flags gets a compiled regular expression instead, built as CPython builds it.
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2  # re.IGNORECASE
    _custom = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        if cls._custom or {'pattern', 'idpattern', 'braceidpattern', 'flags'} & cls.__dict__.keys():
            cls.pattern = _compile_pattern(cls)
            cls._custom = True

    def __init__(self, template):
        self.template = template

    def __getattr__(self, name):
        if name == 'pattern':
            return _compile_pattern(type(self))
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _scan(self, mapping, safe):
        """The template with placeholders replaced from mapping."""
        text, delim = self.template, self.delimiter
        out, i, n = [], 0, len(text)
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            start = j + len(delim)
            if text.startswith(delim, start):
                out.append(delim)
                i = start + len(delim)
                continue
            braced = text.startswith('{', start)
            k = start + 1 if braced else start
            end = k
            if end < n and _is_id_start(text[end]):
                end += 1
                while end < n and _is_id_char(text[end]):
                    end += 1
            name = text[k:end]
            if not name or (braced and not text.startswith('}', end)):
                if safe:
                    out.append(delim)
                    i = start
                    continue
                self._invalid(start)
            stop = end + 1 if braced else end
            if safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[j:stop])
            else:
                out.append(str(mapping[name]))
            i = stop
        return ''.join(out)

    def _invalid(self, index):
        if not isinstance(index, int):
            index = index.start('invalid')
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = _merged(mapping, kws)
        if not self._custom:
            return self._scan(mapping, safe=False)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = _merged(mapping, kws)
        if not self._custom:
            return self._scan(mapping, safe=True)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        if not self._custom:
            try:
                self._scan(_Anything(), safe=False)
            except ValueError:
                return False
            return True
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        if not self._custom:
            names = _Recorder()
            self._scan(names, safe=True)
            return names.names
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return ids

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def _compile_pattern(cls):
    import re
    pattern = cls.__dict__.get('pattern') if cls._custom or 'pattern' in cls.__dict__ else None
    if isinstance(pattern, re.Pattern):
        return pattern
    if pattern is None:
        delim = re.escape(cls.delimiter)
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |
          (?P<named>{cls.idpattern})       |
          {{(?P<braced>{bid})}} |
          (?P<invalid>)
        )
        """
    return re.compile(pattern, cls.flags | re.VERBOSE)


def _is_id_start(ch):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def _is_id_char(ch):
    return _is_id_start(ch) or '0' <= ch <= '9'


def _merged(mapping, kws):
    if mapping is _sentinel_dict:
        return kws
    if kws:
        from collections import ChainMap
        return ChainMap(kws, mapping)
    return mapping


class _Anything:
    def __getitem__(self, name):
        return ''


class _Recorder:
    def __init__(self):
        self.names = []

    def __getitem__(self, name):
        if name not in self.names:
            self.names.append(name)
        return ''


class Formatter:
    """The machinery of str.format, with each step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            pieces.append(literal)
            if field_name is None:
                continue
            field_name, auto_arg_index = _numbered(field_name, auto_arg_index)
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may hold fields of its own ("{0:{1}}").
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece of format_string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _numbered(field_name, auto_arg_index):
    """(field name, next automatic index): '' takes the next number; a number given by hand
    turns automatic numbering off (False), and the two may not mix."""
    mixed = 'cannot switch from manual field specification to automatic field numbering'
    if field_name == '':
        if auto_arg_index is False:
            raise ValueError(mixed)
        return str(auto_arg_index), auto_arg_index + 1
    if field_name.isdigit():
        if auto_arg_index:
            raise ValueError(mixed)
        return field_name, False
    return field_name, auto_arg_index


def _parse_format(text):
    """Split a str.format template into (literal, field_name, spec, conversion) tuples."""
    i, n, literal = 0, len(text), []
    while i < n:
        ch = text[i]
        if ch in '{}':
            if i + 1 < n and text[i + 1] == ch:
                literal.append(ch)
                i += 2
                continue
            if ch == '}':
                raise ValueError("Single '}' encountered in format string")
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {'{': 1, '}': -1}.get(text[j], 0)
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = text[i + 1:j - 1]
            name, conversion, spec = field, None, ''
            bracket = False
            for k, c in enumerate(field):
                if c == '[':
                    bracket = True
                elif c == ']':
                    bracket = False
                elif not bracket and c in '!:':
                    name = field[:k]
                    rest = field[k:]
                    if c == '!':
                        if len(rest) < 2:
                            raise ValueError("end of string while looking for conversion specifier")
                        conversion = rest[1]
                        rest = rest[2:]
                        if rest and rest[0] != ':':
                            raise ValueError("expected ':' after conversion specifier")
                    spec = rest[1:] if rest else ''
                    break
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j
            continue
        literal.append(ch)
        i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(name):
    """('first', [(is_attribute, key), ...]) for a field name like 'a.b[0]'."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            j += 1
        i = j
    return first, rest
