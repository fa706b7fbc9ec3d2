"""Comparing sequences: matching blocks, edit opcodes, similarity ratios and text diffs.

SequenceMatcher finds, recursively, the longest contiguous matching block
that contains no junk (Ratcliff/Obershelp "gestalt" matching); with
autojunk, elements making up more than 1% of a long second sequence count
as junk. The outputs match CPython's difflib block for block.
"""

from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matches, total):
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        """Where each element of b occurs, leaving out junk and (with autojunk) popular elements."""
        where = {}
        for position, element in enumerate(self.b):
            where.setdefault(element, []).append(position)
        self.bjunk = set()
        if self.isjunk:
            self.bjunk = {element for element in where if self.isjunk(element)}
        self.bpopular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            self.bpopular = {e for e, places in where.items() if len(places) > limit}
        for element in self.bjunk | self.bpopular:
            del where[element]
        self.b2j = where

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest junk-free block a[i:i+size] == b[j:j+size] in the ranges, earliest first,
        then grown by equal junk on both sides."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best = alo, blo, 0
        run_ending = {}  # j: length of the match ending at a[i-1], b[j]
        for i in range(alo, ahi):
            runs = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = runs[j] = run_ending.get(j - 1, 0) + 1
                if length > best:
                    best_i, best_j, best = i - length + 1, j - length + 1, length
            run_ending = runs
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best = best_i - 1, best_j - 1, best + 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk and a[best_i + best] == b[best_j + best]):
                best += 1
        return Match(best_i, best_j, best)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        pending = [(0, la, 0, lb)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = block = self.find_longest_match(alo, ahi, blo, bhi)
            if not size:
                continue
            found.append(block)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                pending.append((i + size, ahi, j + size, bhi))
        found.sort()
        merged = []
        for i, j, size in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                merged[-1][2] += size
            else:
                merged.append([i, j, size])
        merged.append([la, lb, 0])
        self.matching_blocks = [Match(*block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b: 'equal', 'replace', 'delete', 'insert'."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        done_a = done_b = 0  # how much of a and b the steps cover so far
        for block in self.get_matching_blocks():
            gap_a, gap_b = block.a > done_a, block.b > done_b
            if gap_a or gap_b:
                tag = ('replace' if gap_b else 'delete') if gap_a else 'insert'
                steps.append((tag, done_a, block.a, done_b, block.b))
            if block.size:
                steps.append(('equal', block.a, block.a + block.size, block.b, block.b + block.size))
            done_a, done_b = block.a + block.size, block.b + block.size
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Opcodes in hunks, each with up to n lines of context around its changes."""
        steps = list(self.get_opcodes()) or [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = steps[0]
        if tag == 'equal':
            steps[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        tag, i1, i2, j1, j2 = steps[-1]
        if tag == 'equal':
            steps[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        hunk = []
        for tag, i1, i2, j1, j2 in steps:
            if tag == 'equal' and i2 - i1 > 2 * n:
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(): the elements in common, regardless of order."""
        if self.fullbcount is None:
            counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        common = 0
        for element in self.a:
            if left.get(element, 0) > 0:
                common += 1
            left[element] = left.get(element, 0) - 1
        return _ratio(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The n best matches for word among possibilities scoring at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:n]]


def IS_LINE_JUNK(line, pat=None):
    """Whether line is blank or a lone '#', ignoring whitespace."""
    if pat is not None:
        return pat(line) is not None
    text = line.strip()
    return text in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


# --- ndiff and Differ: line diffs with intraline '?' guides

def _guide(line, marks):
    """marks with line's own whitespace where it marks nothing, right-stripped."""
    return ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(line, marks)).rstrip()


class Differ:
    """Compares sequences of lines into '- ', '+ ', '  ' and '? ' lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for line in x[lo:hi]:
            yield f'{tag} {line}'

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        removed = self._dump('-', a, alo, ahi)
        added = self._dump('+', b, blo, bhi)
        if bhi - blo < ahi - alo:
            removed, added = added, removed
        yield from removed
        yield from added

    def _closest_pair(self, a, alo, ahi, b, blo, bhi, matcher):
        """(ratio, i, j) of the most similar unequal lines scoring over 0.74, and the first equal pair."""
        best = (0.74, None, None)
        same = None
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same is None:
                        same = (i, j)
                    continue
                matcher.set_seq1(a[i])
                if (matcher.real_quick_ratio() > best[0] and matcher.quick_ratio() > best[0]
                        and matcher.ratio() > best[0]):
                    best = (matcher.ratio(), i, j)
        return best, same

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        matcher = SequenceMatcher(self.charjunk)
        (score, i, j), same = self._closest_pair(a, alo, ahi, b, blo, bhi, matcher)
        if score < 0.75:
            if same is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            i, j = same
            identical = True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if identical:
            yield '  ' + a[i]
        else:
            yield from self._marked_pair(a[i], b[j], matcher)
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _marked_pair(self, old, new, matcher):
        old_marks, new_marks = [], []
        matcher.set_seqs(old, new)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            old_mark, new_mark = {'replace': ('^', '^'), 'delete': ('-', None),
                                  'insert': (None, '+'), 'equal': (' ', ' ')}[tag]
            if old_mark:
                old_marks.append(old_mark * (i2 - i1))
            if new_mark:
                new_marks.append(new_mark * (j2 - j1))
        yield from self._qformat(old, new, ''.join(old_marks), ''.join(new_marks))

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        old_left, new_left = alo < ahi, blo < bhi
        if old_left and new_left:
            return self._fancy_replace(a, alo, ahi, b, blo, bhi)
        if old_left or new_left:
            return self._dump('-', a, alo, ahi) if old_left else self._dump('+', b, blo, bhi)
        return iter(())

    def _qformat(self, aline, bline, atags, btags):
        for sign, line, marks in (('-', aline, atags), ('+', bline, btags)):
            yield f'{sign} {line}'
            guide = _guide(line, marks)
            if guide:
                yield f'? {guide}\n'


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff delta was made from (1 or 2)."""
    side = int(which)
    if side not in (1, 2):
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    kept = ("  ", "- " if side == 1 else "+ ")
    yield from (line[2:] for line in delta if line[:2] in kept)


# --- unified and context diffs

def _checked_strings(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _unified_range(start, stop):
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f'{start + 1 if length else start},{length}'


def _context_range(start, stop):
    length = stop - start
    first = start + 1 if length else start
    return str(first) if length <= 1 else f'{first},{first + length - 1}'


def _dated(name, date):
    return f'{name}\t{date}' if date else name


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    _checked_strings(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for number, hunk in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if number == 0:
            yield '--- ' + _dated(fromfile, fromfiledate) + lineterm
            yield '+++ ' + _dated(tofile, tofiledate) + lineterm
        old = _unified_range(hunk[0][1], hunk[-1][2])
        new = _unified_range(hunk[0][3], hunk[-1][4])
        yield f'@@ -{old} +{new} @@{lineterm}'
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                yield from (' ' + line for line in a[i1:i2])
                continue
            if tag != 'insert':
                yield from ('-' + line for line in a[i1:i2])
            if tag != 'delete':
                yield from ('+' + line for line in b[j1:j2])


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    _checked_strings(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for number, hunk in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if number == 0:
            yield '*** ' + _dated(fromfile, fromfiledate) + lineterm
            yield '--- ' + _dated(tofile, tofiledate) + lineterm
        tags = {step[0] for step in hunk}
        yield '***************' + lineterm
        yield f'*** {_context_range(hunk[0][1], hunk[-1][2])} ****{lineterm}'
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    yield from (_CONTEXT_MARKS[tag] + line for line in a[i1:i2])
        yield f'--- {_context_range(hunk[0][3], hunk[-1][4])} ----{lineterm}'
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    yield from (_CONTEXT_MARKS[tag] + line for line in b[j1:j2])


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """dfunc (unified_diff or context_diff) over bytes, as ASCII text with surrogate escapes."""
    def text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(value).__name__, value)) from err
    lines = dfunc([text(x) for x in a], [text(x) for x in b], text(fromfile), text(tofile),
                  text(fromfiledate), text(tofiledate), n, text(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


class HtmlDiff:
    """Not provided by the Light tier's difflib."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("pytier light: difflib.HtmlDiff")
