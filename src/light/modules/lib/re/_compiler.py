"""The parsed tree to a program for the native matcher (_reengine): a list of instructions, each a tuple (opcode, ...).

Captures live in registers 2g and 2g+1 (start and end of group g); register 0 holds the
last-closed group's number; after the groups come, per counted loop, its iteration count
and where its current iteration started.
"""
from ._constants import IGNORECASE, MULTILINE, DOTALL, ASCII

# Opcodes, numbered by how often the engine meets them.
CHAR = 0        # (CHAR, c)
TEST = 1        # (TEST, predicate)             one character for which predicate(c) holds
ANY = 2         # (ANY,)                         any character but a newline
ANY_ALL = 3     # (ANY_ALL,)
SPLIT = 4       # (SPLIT, first, second)          try first, on failure second
JUMP = 5        # (JUMP, target)
SAVE = 6        # (SAVE, register)
SPAN = 7        # (SPAN, unit, lo, hi, greedy)   a repeated single character, backtracked in place
LOOP_ENTER = 8  # (LOOP_ENTER, counter)
LOOP = 9        # (LOOP, counter, lo, hi, greedy, body, exit)
AT = 10         # (AT, kind)
BACKREF = 11    # (BACKREF, group, ignorecase)
LOOK = 12       # (LOOK, program, behind, negate, width)
ATOMIC = 13     # (ATOMIC, program)
IF_GROUP = 14   # (IF_GROUP, group, no)          continue if group matched, else jump to no
MATCH = 15      # (MATCH,)
POSSESS = 16    # (POSSESS, program, lo, hi)   each iteration matched atomically, none given back


class Program:
    def __init__(self, code, registers, groups):
        self.code = code
        self.registers = registers
        self.groups = groups
        first = code[0]
        self.anchored = first[0] == AT and first[1] == "bos"   # matches start at position 0 only
        self.first = _first_unit(code)   # the unit every match's first character satisfies, or None
        # The text of a pattern that is nothing but literal characters, matched with str.find.
        self.literal = None
        if len(code) > 1 and all(op[0] == CHAR for op in code[:-1]):
            self.literal = "".join(op[1] for op in code[:-1])


def _first_unit(code):
    """A single-character instruction every match's first character satisfies, or None.

    Follows every way into the program through choices, jumps and zero-width instructions.
    """
    units = []
    pending = [0]
    seen = set()
    while pending:
        pc = pending.pop()
        if pc in seen:
            continue
        seen.add(pc)
        op = code[pc]
        if op[0] in (AT, SAVE):
            pending.append(pc + 1)
        elif op[0] == JUMP:
            pending.append(op[1])
        elif op[0] == SPLIT:
            pending.extend((op[1], op[2]))
        elif op[0] in (CHAR, TEST, ANY):
            units.append(op)
        elif op[0] == SPAN and op[2] >= 1 and op[1][0] != ANY_ALL:
            units.append(op[1])
        else:
            return None
    if len(units) == 1:
        return units[0]
    chars = {op[1] for op in units if op[0] == CHAR}
    tests = [op[1] for op in units if op[0] == TEST]
    if any(op[0] == ANY for op in units):
        tests.append(lambda c: c != "\n")
    return (TEST, lambda c: c in chars or any(test(c) for test in tests))


def compile_tree(parsed, is_text):
    builder = _Builder(parsed.groups, is_text, parsed.flags)
    return Program(builder.program(parsed.tree), builder.registers, parsed.groups)


def _ascii_mode(flags, is_text):
    return not is_text or flags & ASCII


def _fold(c):
    """c's simple lowercase mapping (the first character of the full one, for U+0130)."""
    return c.lower()[0]


# Under IGNORECASE two characters match when their lowercase forms are equal or have the
# same (full) uppercase form: CPython's extra cases, such as i and dotless i, s and long s,
# the sigmas, and the st ligatures.


def _ascii_fold(c):
    return c.lower() if "A" <= c <= "Z" else c


_CATEGORY_TESTS = {
    "d": (str.isdecimal, lambda c: "0" <= c <= "9"),
    "s": (str.isspace, lambda c: c in " \t\n\r\f\v"),
    "w": (lambda c: c.isalnum() or c == "_",
          lambda c: c == "_" or ("0" <= c <= "9") or ("a" <= c <= "z") or ("A" <= c <= "Z")),
}


def category_test(letter, ascii_mode):
    test = _CATEGORY_TESTS[letter.lower()][1 if ascii_mode else 0]
    if letter.isupper():
        return lambda c: not test(c)
    return test


def _set_test(negate, items, ignorecase, ascii_mode):
    """A predicate for a character class, remembering its answer per character."""
    chars = set()
    ranges = []
    categories = []
    for item in items:
        if item[0] == "lit":
            chars.add(chr(item[1]))
        elif item[0] == "range":
            ranges.append((chr(item[1]), chr(item[2])))
        else:
            categories.append(category_test(item[1], ascii_mode))

    def contains(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for test in categories:
            if test(c):
                return True
        return False

    if ignorecase and ascii_mode:
        def plain(c):
            return contains(c) or contains(_ascii_fold(c)) or contains(c.upper() if "a" <= c <= "z" else c)
    elif ignorecase:
        # Small ranges become characters, so that case-equivalents of their members match too.
        for lo, hi in [r for r in ranges if ord(r[1]) - ord(r[0]) < 256]:
            ranges.remove((lo, hi))
            chars.update(chr(code) for code in range(ord(lo), ord(hi) + 1))
        folded = {_fold(c) for c in chars}
        keys = {c.upper() for c in folded}

        def plain(c):
            lower = _fold(c)
            upper = lower.upper()
            if c in chars or lower in folded or upper in keys:
                return True
            for lo, hi in ranges:
                if lo <= c <= hi or lo <= lower <= hi or lo <= upper <= hi:
                    return True
            for test in categories:
                if test(c):
                    return True
            return False
    else:
        plain = contains
    memo = {}

    def test(c):
        hit = memo.get(c)
        if hit is None:
            hit = plain(c) != negate
            memo[c] = hit
        return hit
    return test


def _char_test(char, ascii_mode):
    """A predicate for one literal under IGNORECASE, or None when case cannot matter."""
    if ascii_mode:
        folded = _ascii_fold(char)
        if folded == char and not ("a" <= char <= "z"):
            return None
        return lambda c: _ascii_fold(c) == folded
    if char.lower() == char and char.upper() == char and char.casefold() == char:
        return None
    lower = _fold(char)
    upper = lower.upper()

    def test(c):
        folded = _fold(c)
        return folded == lower or folded.upper() == upper
    return test


class _Builder:
    def __init__(self, groups, is_text, flags):
        self.is_text = is_text
        self.flags = flags
        self.registers = 2 * groups + 2

    def program(self, tree):
        code = []
        self.emit_branch(tree, code)
        code.append((MATCH,))
        return code

    def unit(self, node):
        """The single-character instruction for node, or None if it is not one."""
        kind = node[0]
        if kind == "lit":
            flags = node[2]
            if flags & IGNORECASE:
                test = _char_test(node[1], _ascii_mode(flags, self.is_text))
                if test is not None:
                    return (TEST, test)
            return (CHAR, node[1])
        if kind == "any":
            return (ANY_ALL,) if node[1] & DOTALL else (ANY,)
        if kind == "set":
            flags = node[3]
            ascii_mode = _ascii_mode(flags, self.is_text)
            items = node[2]
            if len(items) == 1 and items[0][0] == "cat" and not node[1]:
                return (TEST, category_test(items[0][1], ascii_mode))
            return (TEST, _set_test(node[1], items, flags & IGNORECASE, ascii_mode))
        return None

    def emit_branch(self, branch, code):
        for node in branch:
            self.emit(node, code)

    def emit(self, node, code):
        unit = self.unit(node)
        if unit is not None:
            code.append(unit)
            return
        kind = node[0]
        if kind == "at":
            code.append((AT, self.anchor(node[1], node[2])))
        elif kind == "group":
            gid = node[1]
            if gid is None:
                self.emit_branch(node[2], code)
            else:
                code.append((SAVE, 2 * gid))
                self.emit_branch(node[2], code)
                code.append((SAVE, 2 * gid + 1))
        elif kind == "alt":
            self.emit_alternation(node[1], code)
        elif kind == "repeat":
            self.emit_repeat(node, code)
        elif kind == "backref":
            code.append((BACKREF, node[1], bool(node[2] & IGNORECASE)))
        elif kind == "look":
            code.append((LOOK, self.program(node[3]), node[1], node[2], node[4]))
        elif kind == "atomic":
            code.append((ATOMIC, self.program(node[1])))
        elif kind == "cond":
            self.emit_conditional(node, code)

    def anchor(self, kind, flags):
        if kind == "bol":
            return "bol_m" if flags & MULTILINE else "bos"
        if kind == "eol":
            return "eol_m" if flags & MULTILINE else "eol"
        if kind in ("boundary", "nonboundary"):
            return kind + ("_ascii" if _ascii_mode(flags, self.is_text) else "")
        return kind

    def emit_alternation(self, branches, code):
        jumps = []
        for i, branch in enumerate(branches):
            if i < len(branches) - 1:
                split = len(code)
                code.append(None)
                self.emit_branch(branch, code)
                jumps.append(len(code))
                code.append(None)
                code[split] = (SPLIT, split + 1, len(code))
            else:
                self.emit_branch(branch, code)
        for at in jumps:
            code[at] = (JUMP, len(code))

    def emit_conditional(self, node, code):
        test = len(code)
        code.append(None)
        self.emit_branch(node[2], code)
        if node[3] is None:
            code[test] = (IF_GROUP, node[1], len(code))
            return
        jump = len(code)
        code.append(None)
        code[test] = (IF_GROUP, node[1], len(code))
        self.emit_branch(node[3], code)
        code[jump] = (JUMP, len(code))

    def emit_repeat(self, node, code):
        _, lo, hi, mode, body = node
        greedy = mode != "lazy"
        if len(body) == 1:
            unit = self.unit(body[0])
            if unit is not None:
                span = (SPAN, unit, lo, hi, greedy)
                code.append((ATOMIC, [span, (MATCH,)]) if mode == "possessive" else span)
                return
        if mode == "possessive":
            code.append((POSSESS, self.program(body), lo, hi))
            return
        counter = self.registers
        self.registers += 2
        code.append((LOOP_ENTER, counter))
        loop = len(code)
        code.append(None)
        self.emit_branch(body, code)
        code.append((JUMP, loop))
        code[loop] = (LOOP, counter, lo, hi, greedy, loop + 1, len(code))
