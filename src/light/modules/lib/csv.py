"""Reading and writing comma-separated values, with the dialects and errors of CPython's csv."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024
_registry = {}


def field_size_limit(*limit):
    """The longest field a reader accepts; sets a new one when given."""
    global _field_limit
    if len(limit) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(limit)}")
    old = _field_limit
    if limit:
        if not isinstance(limit[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = limit[0]
    return old


# --- dialects

def _one_char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        kind = "string or None" if none_ok else "string"
        raise TypeError(f'"{name}" must be {kind}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


_ATTRIBUTES = ("delimiter", "doublequote", "escapechar", "lineterminator",
               "quotechar", "quoting", "skipinitialspace", "strict")


class _Dialect:
    """A checked, read-only set of formatting parameters."""

    __slots__ = _ATTRIBUTES

    def __init__(self, dialect=None, **options):
        for key in options:
            if key not in _ATTRIBUTES:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in options:
                return options[name], True
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name), True
            return default, False

        store = object.__setattr__
        delimiter, given = pick("delimiter", ",")
        store(self, "delimiter", _one_char("delimiter", delimiter, False))
        store(self, "doublequote", bool(pick("doublequote", True)[0]))
        store(self, "escapechar", _one_char("escapechar", pick("escapechar", None)[0], True))
        terminator = pick("lineterminator", "\r\n")[0]
        if terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        store(self, "lineterminator", terminator)
        quotechar, _ = pick("quotechar", '"')
        store(self, "quotechar", _one_char("quotechar", quotechar, True))
        quoting, _ = pick("quoting", QUOTE_MINIMAL)
        # a checked dialect's quoting gives way to quotechar=None; anything else's does not
        quoting_given = "quoting" in options or (
            dialect is not None and not isinstance(dialect, _Dialect) and hasattr(dialect, "quoting"))
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        store(self, "skipinitialspace", bool(pick("skipinitialspace", False)[0]))
        store(self, "strict", bool(pick("strict", False)[0]))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar is None and not quoting_given:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        store(self, "quoting", quoting)
        if terminator is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")


_Dialect.__module__ = "_csv"
_Dialect.__name__ = _Dialect.__qualname__ = "Dialect"


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    found = _registry.get(name) if isinstance(name, str) else None
    if found is None:
        raise Error("unknown dialect")
    return found


def list_dialects():
    return list(_registry)


class Dialect:
    """Describe a CSV dialect by subclassing and setting the class attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# --- reading

# Where the reader is within a record.
(_RECORD_START, _FIELD_START, _ESCAPED, _UNQUOTED, _QUOTED, _ESCAPED_IN_QUOTES,
 _QUOTE_IN_QUOTES, _LINE_END, _AFTER_ESCAPED_NEWLINE) = range(9)
_END = None  # stands for the end of an input line


class reader:
    """Iterates over the records of an iterable of lines, each a list of str fields."""

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        self._lines = iter(csvfile)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _RECORD_START
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _QUOTED:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._end_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            "(the file should be opened in text mode)")
            self.line_num += 1
            for char in line:
                self._step(char)
            self._step(_END)
            if self._state == _RECORD_START:
                break
        return self._fields

    def _end_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def _keep(self, char):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(char)

    def _end_line(self, char):
        self._end_field()
        self._state = _RECORD_START if char is _END else _LINE_END

    def _step(self, char):
        d = self.dialect
        state = self._state
        newline = char == "\n" or char == "\r"
        quote = char == d.quotechar and d.quoting != QUOTE_NONE
        if state == _RECORD_START:
            if char is _END:
                return
            if newline:
                self._state = _LINE_END
                return
            state = self._state = _FIELD_START
        if state == _FIELD_START:
            if newline or char is _END:
                self._end_line(char)
            elif quote:
                self._state = _QUOTED
            elif char == d.escapechar:
                self._state = _ESCAPED
            elif char == " " and d.skipinitialspace:
                pass
            elif char == d.delimiter:
                self._end_field()
            else:
                self._numeric = d.quoting == QUOTE_NONNUMERIC
                self._keep(char)
                self._state = _UNQUOTED
        elif state == _ESCAPED:
            if newline:
                self._keep(char)
                self._state = _AFTER_ESCAPED_NEWLINE
                return
            self._keep("\n" if char is _END else char)
            self._state = _UNQUOTED
        elif state == _UNQUOTED or state == _AFTER_ESCAPED_NEWLINE:
            if state == _AFTER_ESCAPED_NEWLINE and char is _END:
                return
            self._state = _UNQUOTED
            if newline or char is _END:
                self._end_line(char)
            elif char == d.escapechar:
                self._state = _ESCAPED
            elif char == d.delimiter:
                self._end_field()
                self._state = _FIELD_START
            else:
                self._keep(char)
        elif state == _QUOTED:
            if char is _END:
                pass
            elif char == d.escapechar:
                self._state = _ESCAPED_IN_QUOTES
            elif quote:
                self._state = _QUOTE_IN_QUOTES if d.doublequote else _UNQUOTED
            else:
                self._keep(char)
        elif state == _ESCAPED_IN_QUOTES:
            self._keep("\n" if char is _END else char)
            self._state = _QUOTED
        elif state == _QUOTE_IN_QUOTES:
            if quote:
                self._keep(char)
                self._state = _QUOTED
            elif char == d.delimiter:
                self._end_field()
                self._state = _FIELD_START
            elif newline or char is _END:
                self._end_line(char)
            elif not d.strict:
                self._keep(char)
                self._state = _UNQUOTED
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _LINE_END:
            if char is _END:
                self._state = _RECORD_START
            elif not newline:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


reader.__module__ = "_csv"


# --- writing

def _is_number(value):
    kind = type(value)
    return (hasattr(kind, "__index__") or hasattr(kind, "__int__") or hasattr(kind, "__float__")
            or isinstance(value, complex))


class writer:
    """Writes rows (iterables of values) to a file-like object as delimited lines."""

    def __init__(self, csvfile, dialect="excel", **fmtparams):
        write = getattr(csvfile, "write", None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _Dialect(dialect, **fmtparams)

    def writerow(self, row):
        try:
            values = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        d = self.dialect
        pieces = []
        for value in values:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = d.quoting == QUOTE_ALL
            pieces.append(self._field_text("" if value is None else str(value), quoted))
        if len(pieces) == 1 and pieces[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            pieces[0] = d.quotechar * 2
        return self._write(d.delimiter.join(pieces) + d.lineterminator)

    def _field_text(self, text, quoted):
        d = self.dialect
        out = []
        for char in text:
            special = (char == d.delimiter or char == d.escapechar or char == d.quotechar
                       or char in d.lineterminator)
            if special:
                escape = d.quoting == QUOTE_NONE
                if not escape:
                    if char == d.quotechar:
                        if d.doublequote:
                            out.append(char)
                        else:
                            escape = True
                    elif char == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(char)
        body = "".join(out)
        return d.quotechar + body + d.quotechar if quoted else body

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


writer.__module__ = "_csv"


# --- rows as dicts

class DictReader:
    """Iterates over records as dicts keyed by the first row (or fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        for name in names[len(row):]:
            record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as rows in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if extrasaction.lower() in ("raise", "ignore"):
            self.writer = writer(f, dialect, *args, **kwds)
            self.fieldnames, self.restval, self.extrasaction = fieldnames, restval, extrasaction
        else:
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            unknown = [key for key in rowdict if key not in self.fieldnames]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(r) for r in rowdicts)


class Sniffer:
    """Guesses a dialect from a sample: the delimiter that splits every line alike."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        lines = [line for line in sample.split('\n') if line][:20]
        candidates = delimiters or self.preferred + sorted(
            {c for c in sample if not c.isalnum() and c not in '"\'\r\n' and c not in self.preferred})
        for delimiter in candidates:
            counts = {line.count(delimiter) for line in lines}
            if lines and len(counts) == 1 and counts != {0}:
                break
        else:
            raise Error("Could not determine delimiter")
        quotechar = "'" if sample.count("'") > sample.count('"') else '"'

        class sniffed(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        sniffed.delimiter = delimiter
        sniffed.quotechar = quotechar
        sniffed.doublequote = True
        sniffed.skipinitialspace = False
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:]

        def kind(text):
            for convert in (int, float, complex):
                try:
                    convert(text)
                    return convert
                except ValueError:
                    pass
            return len(text)
        votes = 0
        for column, name in enumerate(header):
            kinds = {kind(row[column]) for row in body if column < len(row)}
            if len(kinds) == 1:
                votes += 1 if kind(name) != next(iter(kinds)) else -1
        return votes > 0
