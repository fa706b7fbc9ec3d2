"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, TextWrapper.

Where CPython splits words with a regular expression, this scans characters with
the same rules, so that lines break at the same places.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# ASCII whitespace only: textwrap does not treat other Unicode spaces as word separators.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    return _is_word(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word(ch) or (ch != '' and ch in '!"\'&.,?')


def _at(text, i):
    return text[i] if 0 <= i < len(text) else ''


def _em_dash_at(text, i):
    """Length of the run of two or more hyphens at i that a word character follows, else 0."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i if j - i >= 2 and _is_word(_at(text, j)) else 0


def _hyphen_breaks_at(text, j):
    """Whether a word may break after the hyphen at j: letters (or letter-hyphen-letter)
    before it, and a letter, an optional hyphen and a letter after it."""
    letter = lambda i: _is_letter(_at(text, i))
    before = (letter(j - 1) and letter(j - 2)) or (letter(j - 1) and _at(text, j - 2) == '-' and letter(j - 3))
    after = letter(j + 1) and (letter(j + 2) or (_at(text, j + 2) == '-' and letter(j + 3)))
    return before and after


def _split_words(text):
    """Whitespace runs, em-dashes and words, each word ending at a hyphen where it may break."""
    chunks, i, n = [], 0, len(text)
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
        elif _is_word_punct(_at(text, i - 1)) and _em_dash_at(text, i):
            j = i + _em_dash_at(text, i)
        else:
            j = i + 1
            while j < n and text[j] not in _whitespace:
                if text[j] == '-' and _hyphen_breaks_at(text, j):
                    j += 1
                    break
                if _is_word_punct(text[j - 1]) and _em_dash_at(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_whitespace(text):
    chunks, i, n = [], 0, len(text)
    while i < n:
        space = text[i] in _whitespace
        j = i
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """Whether chunk ends like a sentence: a lowercase letter, then . ! or ?, then maybe a quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills paragraphs; its attributes are the options of wrap() and fill()."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and runs of whitespace."""
        return _split_words(text) if self.break_on_hyphens else _split_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Put two spaces after each sentence end."""
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Fit a chunk longer than the line: break it, preferably after a hyphen."""
        if not self.break_long_words:
            # Unbroken, it goes on a line of its own.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = 1 if width < 1 else width - cur_len
        chunk = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(chunk) > room:
            hyphen = chunk.rfind('-', 0, room)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(chunk[:cut])
        reversed_chunks[-1] = chunk[cut:]

    def _wrap_chunks(self, chunks):
        """Lay the chunks out greedily in lines of at most width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()  # so the next chunk pops off the end
        while chunks:
            cur_line, cur_len = [], 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            only_space_left = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or only_space_left and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            self._truncate(lines, cur_line, cur_len, indent, width)
            break
        return lines

    def _truncate(self, lines, cur_line, cur_len, indent, width):
        """End the last allowed line with the placeholder."""
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The single paragraph text, as lines of at most width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The single paragraph text, wrapped and joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The single paragraph text, as lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """The single paragraph text, wrapped and joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit width with the placeholder at the end."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """text without the leading blanks all its non-blank lines share."""
    lines = text.split('\n')
    # Lines of only blanks and tabs become empty and do not count towards the margin.
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None or margin.startswith(indent):
            margin = indent
        elif not indent.startswith(margin):
            common = 0
            while common < len(margin) and margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix added to each line predicate accepts (by default, the non-blank ones)."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
