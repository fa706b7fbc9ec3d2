"""The matcher: a backtracking machine over _compiler's programs, with an explicit stack.

Characters are consumed in a loop rather than by recursion, so long subjects never reach
Python's recursion limit; only lookarounds and atomic groups run a nested machine, as deep
as they are nested in the pattern.  Each attempt to match at one starting position may take
STEP_BUDGET steps (a few seconds); catastrophic backtracking then raises RuntimeError
instead of hanging.

Hot: run() is where regex time goes (10-100x CPython's C engine when run on CPython);
it is the first part of re that should become native.
"""
from ._compiler import (CHAR, TEST, ANY, ANY_ALL, SPLIT, JUMP, SAVE, SPAN, LOOP_ENTER, LOOP,
                        AT, BACKREF, LOOK, ATOMIC, IF_GROUP, MATCH, POSSESS)
from ._constants import MAXREPEAT

STEP_BUDGET = 5_000_000

# Backtrack stack entries, by their first element.
_UNDO = 0       # (_UNDO, register, old value)
_BRANCH = 1     # (_BRANCH, pc, pos)
_SHORTER = 2    # (_SHORTER, pc, shortest end, current end, next literal or None)
_LONGER = 3     # (_LONGER, pc, current end, limit, unit)
_ITERATE = 4    # (_ITERATE, counter, body pc, pos)


class Budget:
    def __init__(self):
        self.left = STEP_BUDGET


def _exhausted():
    return RuntimeError("regular expression exceeded its budget of %d backtracking steps"
                        % STEP_BUDGET)


def _is_word(c, ascii_only):
    if ascii_only:
        return c == "_" or "0" <= c <= "9" or "a" <= c <= "z" or "A" <= c <= "Z"
    return c == "_" or c.isalnum()


def _anchor(kind, text, pos, end):
    if kind == "bos":
        return pos == 0
    if kind == "eol":
        return pos == end or (pos == end - 1 and text[pos] == "\n")
    if kind == "eos":
        return pos == end
    if kind == "bol_m":
        return pos == 0 or text[pos - 1] == "\n"
    if kind == "eol_m":
        return pos == end or text[pos] == "\n"
    if end == 0:
        return False
    ascii_only = kind.endswith("_ascii")
    before = pos > 0 and _is_word(text[pos - 1], ascii_only)
    after = pos < end and _is_word(text[pos], ascii_only)
    return (before != after) == kind.startswith("boundary")


def _unit_matches(unit, c):
    kind = unit[0]
    if kind == CHAR:
        return c == unit[1]
    if kind == TEST:
        return unit[1](c)
    if kind == ANY:
        return c != "\n"
    return True


def _run_end(unit, text, pos, limit):
    """Where the longest run of characters matching unit from pos, stopping at limit, ends."""
    kind = unit[0]
    if kind == ANY_ALL:
        return limit
    if kind == ANY:
        newline = text.find("\n", pos, limit)
        return limit if newline < 0 else newline
    if kind == CHAR:
        c = unit[1]
        while pos < limit and text[pos] == c:
            pos += 1
        return pos
    test = unit[1]
    while pos < limit and test(text[pos]):
        pos += 1
    return pos


def _possess(op, text, pos, end, regs, push, budget):
    """Where a possessive repeat leaves off, or -1: as SRE, each iteration is its first match."""
    body, lo, hi = op[1], op[2], op[3]
    count = 0
    before = -1
    while count < hi and (count < lo or pos != before):
        before = pos
        sub = list(regs)
        stop = run(body, text, pos, end, sub, False, -1, budget)
        if stop < 0:
            return -1 if count < lo else pos
        for register, value in enumerate(sub):
            if regs[register] != value:
                push((_UNDO, register, regs[register]))
                regs[register] = value
        pos = stop
        count += 1
    return pos


def run(code, text, pos, end, regs, full, no_empty_at, budget):
    """Match code at pos; the end of the match (regs then hold its captures), or -1.

    Register 0 holds the number of the group closed last; 2g and 2g+1 bound group g.
    """
    stack = []
    push = stack.append
    pc = 0
    steps = 0
    limit = budget.left
    while True:
        steps += 1
        if steps > limit:
            raise _exhausted()
        op = code[pc]
        kind = op[0]
        if kind == CHAR:
            if pos < end and text[pos] == op[1]:
                pos += 1
                pc += 1
                continue
        elif kind == TEST:
            if pos < end and op[1](text[pos]):
                pos += 1
                pc += 1
                continue
        elif kind == SPAN:
            unit, lo, hi, greedy = op[1], op[2], op[3], op[4]
            if greedy:
                stop = end if hi == MAXREPEAT or pos + hi > end else pos + hi
                stop = _run_end(unit, text, pos, stop)
                if stop - pos >= lo:
                    if stop - pos > lo:
                        follower = code[pc + 1]
                        push((_SHORTER, pc + 1, pos + lo, stop,
                              follower[1] if follower[0] == CHAR else None))
                    pos = stop
                    pc += 1
                    continue
            else:
                need = pos + lo
                if need <= end and _run_end(unit, text, pos, need) == need:
                    stop = end if hi == MAXREPEAT or pos + hi > end else pos + hi
                    if need < stop:
                        push((_LONGER, pc + 1, need, stop, unit))
                    pos = need
                    pc += 1
                    continue
        elif kind == ANY:
            if pos < end and text[pos] != "\n":
                pos += 1
                pc += 1
                continue
        elif kind == ANY_ALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif kind == SPLIT:
            push((_BRANCH, op[2], pos))
            pc = op[1]
            continue
        elif kind == JUMP:
            pc = op[1]
            continue
        elif kind == SAVE:
            register = op[1]
            push((_UNDO, register, regs[register]))
            regs[register] = pos
            if register & 1:
                push((_UNDO, 0, regs[0]))
                regs[0] = register >> 1
            pc += 1
            continue
        elif kind == LOOP_ENTER:
            counter = op[1]
            push((_UNDO, counter, regs[counter]))
            push((_UNDO, counter + 1, regs[counter + 1]))
            regs[counter] = 0
            regs[counter + 1] = -1
            pc += 1
            continue
        elif kind == LOOP:
            counter = op[1]
            count = regs[counter]
            if count < op[2]:
                push((_UNDO, counter, count))
                regs[counter] = count + 1
                pc = op[5]
                continue
            # Like CPython, stop after an empty optional iteration (mandatory ones do not count).
            if count >= op[3] or pos == regs[counter + 1]:
                pc = op[6]
                continue
            if not op[4]:
                push((_ITERATE, counter, op[5], pos))
                pc = op[6]
                continue
            push((_BRANCH, op[6], pos))
            push((_UNDO, counter, count))
            push((_UNDO, counter + 1, regs[counter + 1]))
            regs[counter] = count + 1
            regs[counter + 1] = pos
            pc = op[5]
            continue
        elif kind == AT:
            if _anchor(op[1], text, pos, end):
                pc += 1
                continue
        elif kind == BACKREF:
            group = op[1]
            start, stop = regs[2 * group], regs[2 * group + 1]
            if start >= 0 and stop >= 0:
                size = stop - start
                if pos + size <= end:
                    if op[2]:
                        same = text[start:stop].lower() == text[pos:pos + size].lower()
                    else:
                        same = text.startswith(text[start:stop], pos)
                    if same:
                        pos += size
                        pc += 1
                        continue
        elif kind == LOOK:
            budget.left -= steps
            steps = 0
            sub = list(regs)
            if op[2]:
                begin = pos - op[4]
                found = begin >= 0 and run(op[1], text, begin, end, sub, False, -1, budget) >= 0
            else:
                found = run(op[1], text, pos, end, sub, False, -1, budget) >= 0
            limit = budget.left
            if found != op[3]:
                if found:
                    for register, value in enumerate(sub):
                        if regs[register] != value:
                            push((_UNDO, register, regs[register]))
                            regs[register] = value
                pc += 1
                continue
        elif kind == ATOMIC:
            budget.left -= steps
            steps = 0
            sub = list(regs)
            stop = run(op[1], text, pos, end, sub, False, -1, budget)
            limit = budget.left
            if stop >= 0:
                for register, value in enumerate(sub):
                    if regs[register] != value:
                        push((_UNDO, register, regs[register]))
                        regs[register] = value
                pos = stop
                pc += 1
                continue
        elif kind == POSSESS:
            budget.left -= steps
            steps = 0
            pos = _possess(op, text, pos, end, regs, push, budget)
            limit = budget.left
            if pos >= 0:
                pc += 1
                continue
        elif kind == IF_GROUP:
            group = op[1]
            if regs[2 * group] >= 0 and regs[2 * group + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        elif kind == MATCH:
            if not (full and pos != end) and pos != no_empty_at:
                budget.left -= steps
                return pos
        # The instruction failed: resume at the newest choice left.
        while True:
            if not stack:
                budget.left -= steps
                return -1
            entry = stack.pop()
            tag = entry[0]
            if tag == _UNDO:
                regs[entry[1]] = entry[2]
            elif tag == _BRANCH:
                pc = entry[1]
                pos = entry[2]
                break
            elif tag == _SHORTER:
                shortest = entry[2]
                literal = entry[4]
                if literal is None:
                    stop = entry[3] - 1
                else:
                    stop = text.rfind(literal, shortest, entry[3])
                    if stop < 0:
                        continue
                if stop > shortest:
                    push((_SHORTER, entry[1], shortest, stop, literal))
                pc = entry[1]
                pos = stop
                break
            elif tag == _LONGER:
                stop = entry[2]
                if _unit_matches(entry[4], text[stop]):
                    stop += 1
                    if stop < entry[3]:
                        push((_LONGER, entry[1], stop, entry[3], entry[4]))
                    pc = entry[1]
                    pos = stop
                    break
            else:
                counter = entry[1]
                push((_UNDO, counter, regs[counter]))
                push((_UNDO, counter + 1, regs[counter + 1]))
                regs[counter] += 1
                regs[counter + 1] = entry[3]
                pc = entry[2]
                pos = entry[3]
                break
