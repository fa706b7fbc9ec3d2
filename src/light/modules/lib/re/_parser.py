"""Regular expression syntax: pattern text to a tree, replacement templates to pieces.

The tree is nested lists of tuples, (kind, ...); _compiler turns it into a program.
Error texts and positions are CPython 3.11's, since programs print them.
"""

from ._constants import (MAXREPEAT, MAXGROUPS, TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL,
                         UNICODE, VERBOSE, DEBUG, ASCII, error)

_FLAG_LETTERS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE,
                 "a": ASCII, "t": TEMPLATE, "u": UNICODE}
_TYPE_FLAGS = ASCII | LOCALE | UNICODE
_GLOBAL_FLAGS = DEBUG | TEMPLATE

_SPECIAL = ".\\[{()*+?^$|"
_QUANTIFIERS = "*+?{"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                   "\\": "\\"}
_CATEGORY_ESCAPES = "dDsSwW"
_ANCHOR_ESCAPES = {"A": "bos", "b": "boundary", "B": "nonboundary", "Z": "eos"}


class _Source:
    """The pattern as tokens: one character, or a backslash and the character after it."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.is_text = isinstance(pattern, str)
        self.text = pattern if self.is_text else str(pattern, "latin1")
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.text):
            self.next = None
            return
        char = self.text[index]
        if char == "\\":
            index += 1
            if index >= len(self.text):
                raise error("bad escape (end of pattern)", self.pattern, len(self.pattern) - 1)
            char += self.text[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                return result
            result += c

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.is_text:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.pattern, self.tell() - offset)

    def check_group_name(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehind_groups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def open_group(self, name):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def is_closed(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def check_lookbehind_group(self, gid, source):
        if self.lookbehind_groups is not None:
            if not self.is_closed(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehind_groups:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


class Parsed:
    """A parsed pattern: its tree, final flags, group count and names."""

    def __init__(self, tree, flags, groups, groupdict):
        self.tree = tree
        self.flags = flags
        self.groups = groups
        self.groupdict = groupdict


def parse(pattern, flags):
    source = _Source(pattern)
    state = _State(flags)
    tree = _parse_alternation(source, state, flags & VERBOSE, 0, flags)
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for gid in state.grouprefpos:
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, pattern, state.grouprefpos[gid])
    return Parsed(tree, state.flags, state.groups - 1, state.groupdict)


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


# Tree nodes. `flags` on a node are the flags in force where it was written.
#   ("lit", char, flags)               ("any", flags)          ("set", negate, items, flags)
#   ("at", kind, flags)                ("backref", gid, flags)
#   ("group", gid or None, branch)     ("alt", [branch, ...])
#   ("repeat", lo, hi, mode, branch)   mode: "greedy", "lazy", "possessive"
#   ("look", behind, negate, branch, width)                  ("atomic", branch)      ("cond", gid, yes, no)
# A branch is a list of nodes; set items are ("lit", code), ("range", lo, hi), ("cat", letter).


def width(branch, state_widths):
    """(shortest, longest) number of characters branch can match."""
    lo = hi = 0
    for node in branch:
        kind = node[0]
        if kind in ("lit", "any", "set"):
            lo += 1
            hi += 1
        elif kind == "group":
            a, b = width(node[2], state_widths)
            lo += a
            hi += b
        elif kind == "atomic":
            a, b = width(node[1], state_widths)
            lo += a
            hi += b
        elif kind == "alt":
            widths = [width(b, state_widths) for b in node[1]]
            lo += min(w[0] for w in widths)
            hi += max(w[1] for w in widths)
        elif kind == "repeat":
            a, b = width(node[4], state_widths)
            lo += a * node[1]
            hi += b * node[2]
        elif kind == "backref":
            a, b = state_widths[node[1]]
            lo += a
            hi += b
        elif kind == "cond":
            a, b = width(node[2], state_widths)
            if node[3] is not None:
                c, d = width(node[3], state_widths)
                a, b = min(a, c), max(b, d)
            else:
                a = 0
            lo += a
            hi += b
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _parse_alternation(source, state, verbose, nested, flags):
    branches = []
    while True:
        branches.append(_parse_branch(source, state, verbose, nested + 1, flags,
                                      not nested and not branches))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & VERBOSE
            flags = state.flags
    if len(branches) == 1:
        return branches[0]
    return [("alt", branches)]


def _parse_branch(source, state, verbose, nested, flags, first):
    branch = []
    while True:
        this = source.next
        if this is None or this in "|)":
            return branch
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            branch.append(_escape(source, this, state, flags))
        elif this not in _SPECIAL:
            branch.append(("lit", this, flags))
        elif this == "[":
            branch.append(_parse_set(source, flags, nested))
        elif this in _QUANTIFIERS:
            if not _parse_quantifier(source, this, branch):
                branch.append(("lit", this, flags))
        elif this == ".":
            branch.append(("any", flags))
        elif this == "(":
            node = _parse_paren(source, state, verbose, nested, flags, first and not branch)
            if node is None:
                continue
            if node[0] == "flags":
                verbose = state.flags & VERBOSE
                flags = state.flags
                continue
            branch.append(node)
        elif this == "^":
            branch.append(("at", "bol", flags))
        else:
            branch.append(("at", "eol", flags))


def _parse_quantifier(source, this, branch):
    """Apply the quantifier `this` to the branch's last node; False when '{' is a literal."""
    start = source.tell() - 1
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == "}":
            return False
        here = source.tell()
        lo, hi = 0, MAXREPEAT
        low = high = ""
        while source.next is not None and source.next in _DIGITS:
            low += source.get()
        if source.match(","):
            while source.next is not None and source.next in _DIGITS:
                high += source.get()
        else:
            high = low
        if not source.match("}"):
            source.seek(here)
            return False
        if low:
            lo = int(low)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if high:
            hi = int(high)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    if not branch or branch[-1][0] == "at":
        raise source.error("nothing to repeat", source.tell() - start)
    if branch[-1][0] == "repeat":
        raise source.error("multiple repeat", source.tell() - start)
    item = branch[-1]
    body = item[2] if item[0] == "group" and item[1] is None else [item]
    if source.match("?"):
        mode = "lazy"
    elif source.match("+"):
        mode = "possessive"
    else:
        mode = "greedy"
    branch[-1] = ("repeat", lo, hi, mode, body)
    return True


def _parse_paren(source, state, verbose, nested, flags, first):
    """The node for a group starting after '(' ; None for a comment, ("flags",) for global flags."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    group_flags = flags
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.check_group_name(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.check_group_name(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.is_closed(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.check_lookbehind_group(gid, source)
                return ("backref", gid, flags)
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    return None
        elif char in "=!<":
            behind = False
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                behind = True
                outer = state.lookbehind_groups
                if outer is None:
                    state.lookbehind_groups = state.groups
            body = _parse_alternation(source, state, verbose, nested + 1, flags)
            if behind and outer is None:
                state.lookbehind_groups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            lo = 0
            if behind:
                lo, hi = width(body, state.groupwidths)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
            return ("look", behind, char == "!", body, lo)
        elif char == "(":
            return _parse_conditional(source, state, verbose, nested, flags, start)
        elif char == ">":
            capture = False
            atomic = True
        elif char in _FLAG_LETTERS or char == "-":
            scoped = _parse_flags(source, state, char)
            if scoped is None:
                if not first:
                    raise source.error("global flags not at the start of the expression",
                                       source.tell() - start)
                return ("flags",)
            add, remove = scoped
            capture = False
            group_flags = (flags | add) & ~remove
            # (?a:...) and (?u:...) replace the character-class semantics rather than adding to them.
            if add & _TYPE_FLAGS:
                group_flags = (group_flags & ~_TYPE_FLAGS) | (add & _TYPE_FLAGS)
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    gid = None
    if capture:
        try:
            gid = state.open_group(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    sub_verbose = group_flags & VERBOSE
    body = _parse_alternation(source, state, sub_verbose, nested + 1, group_flags)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if gid is not None:
        state.groupwidths[gid] = width(body, state.groupwidths)
    if atomic:
        return ("atomic", body)
    return ("group", gid, body)


def _parse_conditional(source, state, verbose, nested, flags, start):
    condname = source.getuntil(")", "group name")
    if condname.isidentifier():
        source.check_group_name(condname, 1)
        gid = state.groupdict.get(condname)
        if gid is None:
            raise source.error("unknown group name %r" % condname, len(condname) + 1)
    else:
        try:
            gid = int(condname)
            if gid < 0:
                raise ValueError
        except ValueError:
            raise source.error("bad character in group name %r" % condname,
                               len(condname) + 1) from None
        if not gid:
            raise source.error("bad group number", len(condname) + 1)
        if gid >= MAXGROUPS:
            raise source.error("invalid group reference %d" % gid, len(condname) + 1)
        if gid not in state.grouprefpos:
            state.grouprefpos[gid] = source.tell() - len(condname) - 1
    state.check_lookbehind_group(gid, source)
    yes = _parse_branch(source, state, verbose, nested + 1, flags, False)
    no = None
    if source.match("|"):
        no = _parse_branch(source, state, verbose, nested + 1, flags, False)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    return ("cond", gid, yes, no)


def _parse_flags(source, state, char):
    """Inline flags after '(?': None for global ones (then in state.flags), else (add, remove)."""
    add = remove = 0
    if char != "-":
        while True:
            flag = _FLAG_LETTERS[char]
            if source.is_text:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == "u":
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if flag & _TYPE_FLAGS and add & _TYPE_FLAGS != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add
        return None
    if add & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAG_LETTERS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAG_LETTERS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            remove |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAG_LETTERS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if remove & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add & remove:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add, remove


_SET_OPERATIONS = {"-": "difference", "&": "intersection", "~": "symmetric difference", "|": "union"}


def _future_warning(message, nested):
    """CPython warns of syntax a later version may read as set operations; point at re's caller."""
    import warnings
    warnings.warn(message, FutureWarning, stacklevel=8 + (nested - 1) * 3 // 2)


def _parse_set(source, flags, nested):
    start = source.tell() - 1
    items = []
    if source.next == "[":
        _future_warning("Possible nested set at position %d" % source.tell(), nested)
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - start)
        if this == "]" and items:
            break
        if items and this in _SET_OPERATIONS and source.next == this:
            _future_warning("Possible set %s at position %d" % (_SET_OPERATIONS[this], source.tell() - 1),
                            nested)
        first = _set_escape(source, this) if this[0] == "\\" else ("lit", ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - start)
            if that == "]":
                items.append(first)
                items.append(("lit", ord("-")))
                break
            if that == "-":
                _future_warning("Possible set difference at position %d" % (source.tell() - 2), nested)
            second = _set_escape(source, that) if that[0] == "\\" else ("lit", ord(that))
            if first[0] != "lit" or second[0] != "lit" or second[1] < first[1]:
                raise source.error("bad character range %s-%s" % (this, that),
                                   len(this) + 1 + len(that))
            items.append(("range", first[1], second[1]))
        else:
            items.append(first)
    if len(items) == 1 and items[0][0] == "lit":
        char = chr(items[0][1])
        return ("set", True, items, flags) if negate else ("lit", char, flags)
    return ("set", negate, items, flags)


def _hex_escape(source, escape, digits):
    escape += source.getwhile(digits, _HEXDIGITS)
    if len(escape) != digits + 2:
        raise source.error("incomplete escape %s" % escape, len(escape))
    code = int(escape[2:], 16)
    if code > 0x10FFFF:
        raise source.error("bad escape %s" % escape, len(escape))
    return code


def _code_escape(source, escape):
    """The code point of \\x, \\u, \\U, \\N{...} escapes; None for other escapes."""
    c = escape[1]
    if c == "x":
        return _hex_escape(source, escape, 2)
    if c == "u" and source.is_text:
        return _hex_escape(source, escape, 4)
    if c == "U" and source.is_text:
        return _hex_escape(source, escape, 8)
    if c == "N" and source.is_text:
        if not source.match("{"):
            raise source.error("missing {")
        charname = source.getuntil("}", "character name")
        try:
            import unicodedata
            return ord(unicodedata.lookup(charname))
        except (KeyError, TypeError, ImportError):
            raise source.error("undefined character name %r" % charname,
                               len(charname) + len(r"\N{}")) from None
    return None


def _set_escape(source, escape):
    c = escape[1]
    if c in _SIMPLE_ESCAPES:
        return ("lit", ord(_SIMPLE_ESCAPES[c]))
    if c in _CATEGORY_ESCAPES:
        return ("cat", c)
    code = _code_escape(source, escape)
    if code is not None:
        return ("lit", code)
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        code = int(escape[1:], 8)
        if code > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                               len(escape))
        return ("lit", code)
    if c in _DIGITS or c in _LETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ("lit", ord(c))


def _escape(source, escape, state, flags):
    c = escape[1]
    if c in _ANCHOR_ESCAPES:
        return ("at", _ANCHOR_ESCAPES[c], flags)
    if c in _CATEGORY_ESCAPES:
        return ("set", False, [("cat", c)], flags)
    if c in _SIMPLE_ESCAPES:
        return ("lit", _SIMPLE_ESCAPES[c], flags)
    code = _code_escape(source, escape)
    if code is not None:
        return ("lit", chr(code), flags)
    if c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return ("lit", chr(int(escape[1:], 8)), flags)
    if c in _DIGITS:
        if source.next is not None and source.next in _DIGITS:
            escape += source.get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS
                    and source.next is not None and source.next in _OCTDIGITS):
                escape += source.get()
                code = int(escape[1:], 8)
                if code > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                                       len(escape))
                return ("lit", chr(code), flags)
        gid = int(escape[1:])
        if gid < state.groups:
            if not state.is_closed(gid):
                raise source.error("cannot refer to an open group", len(escape))
            state.check_lookbehind_group(gid, source)
            return ("backref", gid, flags)
        raise source.error("invalid group reference %d" % gid, len(escape) - 1)
    if c in _LETTERS:
        raise source.error("bad escape %s" % escape, len(escape))
    return ("lit", c, flags)


def parse_template(template, groups, groupindex):
    """A replacement template as a list of str pieces and int group numbers."""
    source = _Source(template)
    pieces = []
    literal = []

    def add_group(gid, offset):
        if gid > groups:
            raise source.error("invalid group reference %d" % gid, offset)
        if literal:
            pieces.append("".join(literal))
            del literal[:]
        pieces.append(gid)

    while True:
        this = source.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not source.match("<"):
                raise source.error("missing <")
            name = source.getuntil(">", "group name")
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                gid = groupindex[name]
            else:
                try:
                    gid = int(name)
                    if gid < 0:
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % name,
                                       len(name) + 1) from None
                if gid >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % gid, len(name) + 1)
            add_group(gid, len(name) + 1)
        elif c == "0":
            if source.next is not None and source.next in _OCTDIGITS:
                this += source.get()
                if source.next is not None and source.next in _OCTDIGITS:
                    this += source.get()
            literal.append(chr(int(this[1:], 8) & 0xFF))
        elif c in _DIGITS:
            is_octal = False
            if source.next is not None and source.next in _DIGITS:
                this += source.get()
                if (c in _OCTDIGITS and this[2] in _OCTDIGITS
                        and source.next is not None and source.next in _OCTDIGITS):
                    this += source.get()
                    is_octal = True
                    code = int(this[1:], 8)
                    if code > 0o377:
                        raise source.error("octal escape value %s outside of range 0-0o377" % this,
                                           len(this))
                    literal.append(chr(code))
            if not is_octal:
                add_group(int(this[1:]), len(this) - 1)
        elif c in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[c])
        else:
            if c in _LETTERS:
                raise source.error("bad escape %s" % this, len(this))
            literal.append(this)
    if literal:
        pieces.append("".join(literal))
    if not source.is_text:
        pieces = [p.encode("latin-1") if isinstance(p, str) else p for p in pieces]
    return pieces
