"""Regular expressions: CPython 3.11's re module over the native matcher _reengine.

The matcher backtracks with an explicit stack.  Matching at one starting position may take
at most 5 million steps (a few seconds); a pattern that backtracks
catastrophically raises RuntimeError instead of hanging.
"""
import _reengine
from . import _parser, _compiler
from ._constants import error

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
           "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The flags of a pattern, an int that prints as re.IGNORECASE|re.MULTILINE and so on."""

    _NAMES = (("ASCII", _parser.ASCII), ("IGNORECASE", _parser.IGNORECASE),
              ("LOCALE", _parser.LOCALE), ("UNICODE", _parser.UNICODE),
              ("MULTILINE", _parser.MULTILINE), ("DOTALL", _parser.DOTALL),
              ("VERBOSE", _parser.VERBOSE), ("TEMPLATE", _parser.TEMPLATE),
              ("DEBUG", _parser.DEBUG))
    _ALL = 0x1FF

    def __repr__(self):
        value = int(self)
        if not value:
            return "re.NOFLAG"
        parts = []
        for name, bit in self._NAMES:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def name(self):
        for name, bit in self._NAMES:
            if bit == int(self):
                return name
        return None if self else "NOFLAG"

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        mask = max(self._ALL, (1 << int(self).bit_length()) - 1)
        return RegexFlag(mask & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(_parser.ASCII)
I = IGNORECASE = RegexFlag(_parser.IGNORECASE)
L = LOCALE = RegexFlag(_parser.LOCALE)
U = UNICODE = RegexFlag(_parser.UNICODE)
M = MULTILINE = RegexFlag(_parser.MULTILINE)
S = DOTALL = RegexFlag(_parser.DOTALL)
X = VERBOSE = RegexFlag(_parser.VERBOSE)
T = TEMPLATE = RegexFlag(_parser.TEMPLATE)
DEBUG = RegexFlag(_parser.DEBUG)

_REPR_FLAGS = (("re.TEMPLATE", _parser.TEMPLATE), ("re.IGNORECASE", _parser.IGNORECASE),
               ("re.LOCALE", _parser.LOCALE), ("re.MULTILINE", _parser.MULTILINE),
               ("re.DOTALL", _parser.DOTALL), ("re.UNICODE", _parser.UNICODE),
               ("re.VERBOSE", _parser.VERBOSE), ("re.DEBUG", _parser.DEBUG),
               ("re.ASCII", _parser.ASCII))


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, parsed, program):
        self.pattern = pattern
        self.flags = parsed.flags
        self.groups = parsed.groups
        self._groupindex = dict(parsed.groupdict)
        self._program = program
        self._is_text = isinstance(pattern, str)
        self._template_cache = {}

    @property
    def groupindex(self):
        from types import MappingProxyType
        return MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if self._is_text and flags & (_parser.LOCALE | _parser.UNICODE | _parser.ASCII) == _parser.UNICODE:
            flags &= ~_parser.UNICODE
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._is_text == other._is_text)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        return cls

    def _subject(self, string):
        """(text to match on, exact str or bytes to cut results from); bytes are matched as latin-1."""
        if isinstance(string, str):
            if not self._is_text:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return string, str.__str__(string)
        try:
            view = memoryview(string)
        except TypeError:
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__) from None
        if self._is_text:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        source = view.tobytes()
        return str(source, "latin1"), source

    def _find(self, text, start, end, anchored, full, no_empty_at):
        """The first match starting at start (or, unless anchored, later): (start, end, regs) or None."""
        program = self._program
        if program.literal is not None:
            return self._find_literal(program.literal, text, start, end, anchored, full)
        last = start if anchored or program.anchored else end
        return _reengine.search(program.code, text, start, last, end, program.registers, full, no_empty_at,
                                program.first)

    def _find_literal(self, literal, text, start, end, anchored, full):
        if anchored:
            at = start if text.startswith(literal, start, end) else -1
        else:
            at = text.find(literal, start, end)
        stop = at + len(literal)
        if at < 0 or (full and stop != end):
            return None
        return at, stop, [-1] * self._program.registers

    def _bounds(self, text, pos, endpos):
        length = len(text)
        pos = min(max(pos, 0), length)
        endpos = min(max(endpos, 0), length)
        return pos, endpos

    def _first(self, string, pos, endpos, anchored, full):
        text, source = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if pos > endpos:
            return None
        found = self._find(text, pos, endpos, anchored, full, -1)
        if found is None:
            return None
        return Match(self, string, source, pos, endpos, found)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return self._first(string, pos, endpos, True, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return self._first(string, pos, endpos, True, True)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance."""
        return self._first(string, pos, endpos, False, False)

    def _iterate(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        """Every match, left to right, an empty one never where the previous one ended empty."""
        text, source = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        return self._matches(string, text, source, pos, endpos, limit)

    def _matches(self, string, text, source, pos, endpos, limit):
        no_empty_at = -1
        count = 0
        at = pos
        while at <= endpos and (not limit or count < limit):
            found = self._find(text, at, endpos, False, False, no_empty_at)
            if found is None:
                return
            yield Match(self, string, source, pos, endpos, found)
            count += 1
            no_empty_at = found[1] if found[0] == found[1] else -1
            at = found[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the pattern in string."""
        return iter(_Scanner(self, string, pos, endpos).search, None)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        result = []
        for m in self._iterate(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m._slice(1, True))
            else:
                result.append(tuple(m._slice(g, True) for g in range(1, self.groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        text, source = self._subject(string)
        pieces = []
        last = 0
        if maxsplit >= 0:
            for m in self._matches(string, text, source, 0, len(text), maxsplit):
                pieces.append(source[last:m._start])
                for g in range(1, self.groups + 1):
                    pieces.append(m.group(g))
                last = m._end
        pieces.append(source[last:])
        return pieces

    def _replacer(self, repl):
        if callable(repl):
            return repl
        key = repl if isinstance(repl, (str, bytes)) else bytes(repl)
        pieces = self._template_cache.get(key)
        if pieces is None:
            pieces = _parser.parse_template(key, self.groups, self._groupindex)
            self._template_cache[key] = pieces
        if len(pieces) == 1 and not isinstance(pieces[0], int):
            literal = pieces[0]
            return lambda m: literal
        if not pieces:
            empty = repl[:0]
            return lambda m: empty
        return lambda m: m._expand(pieces)

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made)."""
        replace = self._replacer(repl)
        text, source = self._subject(string)
        pieces = []
        last = 0
        n = 0
        if count >= 0:
            for m in self._matches(string, text, source, 0, len(text), count):
                if last < m._start:
                    pieces.append(source[last:m._start])
                piece = replace(m)
                if piece:
                    pieces.append(piece)
                last = m._end
                n += 1
        if last < len(source):
            pieces.append(source[last:])
        return source[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    """Successive matches over one string, each starting where the previous one ended."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._text, self._source = pattern._subject(string)
        self._start, self._end = pattern._bounds(self._text, pos, endpos)
        self._pos = self._start
        self._no_empty_at = -1
        self._done = False

    def _next(self, anchored):
        if self._done or self._pos > self._end:
            return None
        found = self.pattern._find(self._text, self._pos, self._end, anchored, False, self._no_empty_at)
        if found is None:
            self._done = True
            return None
        self._no_empty_at = found[1] if found[0] == found[1] else -1
        self._pos = found[1]
        return Match(self.pattern, self._string, self._source, self._start, self._end, found)

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


class Scanner:
    """Tokenizer over a lexicon of (pattern, action) pairs (undocumented, as in CPython)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self.scanner = _compile("|".join("(%s)" % phrase for phrase, action in lexicon), flags)

    def scan(self, string):
        tokens = []
        next_match = self.scanner.scanner(string).match
        consumed = 0
        while True:
            found = next_match()
            # No match, or an empty one, ends the scan; the rest of string is returned unscanned.
            if not found or found.end() == consumed:
                return tokens, string[consumed:]
            token = self._token(found)
            if token is not None:
                tokens.append(token)
            consumed = found.end()

    def _token(self, found):
        action = self.lexicon[found.lastindex - 1][1]
        if not callable(action):
            return action
        self.match = found
        return action(self, found.group())


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, source, pos, endpos, found):
        self.re = pattern
        self.string = string
        self._source = source
        self.pos = pos
        self.endpos = endpos
        self._start, self._end, regs = found
        self._regs = regs

    def __class_getitem__(cls, item):
        return cls

    def _index(self, group):
        if isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(type(group), "__index__"):
            index = type(group).__index__(group)
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _span(self, index):
        if index == 0:
            return self._start, self._end
        start, end = self._regs[2 * index], self._regs[2 * index + 1]
        if start < 0 or end < 0:
            return -1, -1
        return start, end

    def _slice(self, index, empty_if_unmatched=False, default=None):
        start, end = self._span(index)
        if start < 0:
            return self._source[:0] if empty_if_unmatched else default
        return self._source[start:end]

    def group(self, *groups):
        """Return one or more subgroups of the match."""
        if not groups:
            return self._slice(0)
        if len(groups) == 1:
            return self._slice(self._index(groups[0]))
        return tuple(self._slice(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._slice(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple(self._slice(g, False, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {name: self._slice(index, False, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._span(self._index(group))[0]

    def end(self, group=0):
        return self._span(self._index(group))[1]

    def span(self, group=0):
        return self._span(self._index(group))

    @property
    def regs(self):
        return tuple(self._span(g) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        last = self._regs[0]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        last = self._regs[0]
        if last < 0:
            return None
        for name, index in self.re._groupindex.items():
            if index == last:
                return name
        return None

    def _expand(self, pieces):
        empty = self._source[:0]
        out = []
        for piece in pieces:
            if isinstance(piece, int):
                value = self._slice(piece)
                if value:
                    out.append(value)
            else:
                out.append(piece)
        return empty.join(out)

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the template."""
        return self._expand(_parser.parse_template(template, self.re.groups, self.re._groupindex))

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._start, self._end, repr(self.group())[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    parsed = _parser.parse(pattern, flags)
    compiled = Pattern(pattern, parsed, _compiler.compile_tree(parsed, isinstance(pattern, str)))
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    text = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in text).encode("latin1")
