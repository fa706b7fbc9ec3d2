"""open() and its file objects: raw files over posix descriptors, byte
buffers over them, text over those. The types carry _io's names."""
import posix
import io
import atexit
from _weakref import ref as _ref

_CHUNK = 8192
_S_IFMT, _S_IFDIR = 0o170000, 0o040000


def _closed_check(f):
    if f.closed:
        raise ValueError("I/O operation on closed file.")


def _unsupported(what):
    raise io.UnsupportedOperation(what)


def _size(size):
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


class _Common:
    """What raw, buffered and text files share: context management, lines, iteration."""

    def __enter__(self):
        _closed_check(self)
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        _closed_check(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _size(hint)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        _closed_check(self)
        for line in lines:
            self.write(line)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


class FileIO(_Common, io.IOBase):
    """Unbuffered bytes straight to and from a descriptor."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        modes = set(mode)
        if len(mode) != len(modes) or modes - set("rwxab+") or sum(c in "rwxa" for c in mode) != 1:
            raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self._appending = "a" in mode
        self._created = "x" in mode
        flags = posix.O_RDWR if self._readable and self._writable else posix.O_RDONLY if self._readable \
            else posix.O_WRONLY
        if "w" in mode:
            flags |= posix.O_CREAT | posix.O_TRUNC
        elif "a" in mode:
            flags |= posix.O_CREAT | posix.O_APPEND
        elif "x" in mode:
            flags |= posix.O_CREAT | posix.O_EXCL
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError(f"opener returned {fd}")
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if posix.fstat(fd).st_mode & _S_IFMT == _S_IFDIR:
            self.close()
            import errno
            raise IsADirectoryError(errno.EISDIR, posix.strerror(errno.EISDIR), file)
        if self._appending:
            posix.lseek(fd, 0, 2)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            kind = "xb"
        elif self._appending:
            kind = "ab"
        elif self._readable:
            kind = "rb"
        else:
            kind = "wb"
        return kind + "+" if self._readable and self._writable else kind

    def __repr__(self):
        name = type(self).__qualname__
        if self.closed:
            return f"<_io.{name} [closed]>"
        return f"<_io.{name} name={self.name!r} mode={self.mode!r} closefd={self._closefd!r}>"

    def fileno(self):
        _closed_check(self)
        return self._fd

    def readable(self):
        _closed_check(self)
        return self._readable

    def writable(self):
        _closed_check(self)
        return self._writable

    def seekable(self):
        _closed_check(self)
        return True

    def isatty(self):
        _closed_check(self)
        return posix.isatty(self._fd)

    def read(self, size=-1):
        _closed_check(self)
        if not self._readable:
            _unsupported("File not open for reading")
        size = _size(size)
        if size >= 0:
            return posix.read(self._fd, size)
        parts = []
        while True:
            part = posix.read(self._fd, _CHUNK * 8)
            if not part:
                return b"".join(parts)
            parts.append(part)

    readall = read

    def readline(self, size=-1):
        size = _size(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            c = self.read(1)
            if not c:
                break
            out += c
            if c == b"\n":
                break
        return bytes(out)

    def write(self, data):
        _closed_check(self)
        if not self._writable:
            _unsupported("File not open for writing")
        return posix.write(self._fd, bytes(data) if isinstance(data, memoryview) else data)

    def seek(self, pos, whence=0):
        _closed_check(self)
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return posix.lseek(self._fd, pos, whence)

    def tell(self):
        _closed_check(self)
        return posix.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        _closed_check(self)
        if not self._writable:
            _unsupported("File not open for writing")
        if size is None:
            size = self.tell()
        posix.ftruncate(self._fd, size)
        return size

    def flush(self):
        _closed_check(self)

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            if self._closefd:
                posix.close(fd)


# Buffers that may hold unwritten bytes, flushed at exit as CPython flushes its open files.
_writers = {}


@atexit.register
def _flush_writers():
    # Text wrappers come after their buffers: flushing them last-made first drains text into bytes first.
    for held in reversed(list(_writers.values())):
        stream = held()
        try:
            if stream is not None and not stream.closed:
                stream.flush()
        except (OSError, ValueError, AttributeError):  # AttributeError: detached
            pass


def _forget(key):
    return lambda _: _writers.pop(key, None)


class _Buffered(_Common, io.BufferedIOBase):
    """Bytes through a buffer: reads ahead in chunks, gathers writes until flushed."""

    def __init__(self, raw, buffer_size=_CHUNK):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self._ahead = b""  # read from raw, not yet handed out
        self._pending = bytearray()  # written, not yet passed to raw
        self._size = buffer_size
        if raw.writable():
            _writers[id(self)] = _ref(self, _forget(id(self)))

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        name = type(self).__qualname__
        try:
            return f"<_io.{name} name={self.name!r}>"
        except AttributeError:
            return f"<_io.{name}>"

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def isatty(self):
        return self.raw.isatty()

    def _start_reading(self):
        _closed_check(self)
        if not self.raw.readable():
            _unsupported("read")
        if self._pending:
            self.flush()

    def _start_writing(self):
        _closed_check(self)
        if not self.raw.writable():
            _unsupported("write")
        if self._ahead:
            self.raw.seek(-len(self._ahead), 1)
            self._ahead = b""

    def read(self, size=-1):
        self._start_reading()
        size = _size(size)
        if size < 0:
            data, self._ahead = self._ahead + self.raw.read(), b""
            return data
        while len(self._ahead) < size:
            more = self.raw.read(max(self._size, size - len(self._ahead)))
            if not more:
                break
            self._ahead += more
        data, self._ahead = self._ahead[:size], self._ahead[size:]
        return data

    def read1(self, size=-1):
        self._start_reading()
        size = _size(size)
        if not self._ahead:
            self._ahead = self.raw.read(self._size if size < 0 else max(size, self._size))
        if size < 0:
            size = len(self._ahead)
        data, self._ahead = self._ahead[:size], self._ahead[size:]
        return data

    def peek(self, size=0):
        self._start_reading()
        if not self._ahead:
            self._ahead = self.raw.read(self._size)
        return self._ahead

    def readline(self, size=-1):
        self._start_reading()
        size = _size(size)
        while True:
            end = self._ahead.find(b"\n") + 1
            if end or 0 <= size <= len(self._ahead):
                break
            more = self.raw.read(self._size)
            if not more:
                end = len(self._ahead)
                break
            self._ahead += more
        if not end or (0 <= size < end):
            end = len(self._ahead) if size < 0 else min(size, len(self._ahead))
        data, self._ahead = self._ahead[:end], self._ahead[end:]
        return data

    def write(self, data):
        if self._ahead or self.raw.closed or not getattr(self.raw, "_writable", False):
            self._start_writing()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._pending += data
        if len(self._pending) >= self._size:
            self.flush()
        return len(data)

    def flush(self):
        _closed_check(self)
        if self._pending:
            view = bytes(self._pending)
            self._pending = bytearray()
            while view:
                view = view[self.raw.write(view):]

    def tell(self):
        _closed_check(self)
        return self.raw.tell() - len(self._ahead) + len(self._pending)

    def seek(self, pos, whence=0):
        _closed_check(self)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self.flush()
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._start_writing()
        self.flush()
        return self.raw.truncate(pos)

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def close(self):
        if self.raw is None or self.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class TextIOWrapper(_Common, io.TextIOBase):
    """Text over a byte buffer: decodes what it reads, encodes what it writes,
    and translates line ends as `newline` says."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            if not isinstance(newline, str):
                raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not "
                                f"{type(newline).__name__}")
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not "
                            f"{type(encoding).__name__}")
        "".encode(encoding)  # an unknown encoding fails here, as CPython's lookup does
        if errors is None:
            errors = "strict"
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._newline = newline
        self._writable = buffer.writable()
        self._universal = newline is None or newline == ""
        self._write_end = "\n" if newline is None or newline == "" else newline
        self._text = ""  # decoded from the buffer, not yet returned (untranslated)
        self._at = 0  # how far into _text reading has gone
        self._start = 0  # the byte position where _text begins
        self._plain_lines = False  # whether _text's lines all end in \n alone
        self._encoded, self._encoded_size = [], 0  # written text, encoded, not yet in the buffer
        if self._writable:
            _writers[id(self)] = _ref(self, _forget(id(self)))

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        return None

    def __repr__(self):
        out = "<_io.TextIOWrapper"
        try:
            out += f" name={self.name!r}"
        except AttributeError:
            pass
        try:
            out += f" mode={self.mode!r}"
        except AttributeError:
            pass
        return out + f" encoding={self.encoding!r}>"

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return self.buffer.isatty()

    def _fill(self):
        """Decodes everything left in the buffer, once per stretch of reading."""
        _closed_check(self)
        if not self.buffer.readable():
            _unsupported("not readable")
        if self._at == 0 and not self._text:
            self._drain()
            self.buffer.flush()
            self._start = self.buffer.tell()
            self._text = self.buffer.read().decode(self.encoding, self.errors)
            self._plain_lines = self._newline in (None, "", "\n") and "\r" not in self._text

    def __next__(self):
        # The common case, lines ending in \n only, without readline's generality.
        text, at = self._text, self._at
        if at < len(text) and self._plain_lines:
            end = text.find("\n", at) + 1 or len(text)
            self._at = end
            return text[at:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _translated(self, piece):
        if self._newline is None:
            return piece.replace("\r\n", "\n").replace("\r", "\n")
        return piece

    def read(self, size=-1):
        self._fill()
        size = _size(size)
        text, at = self._text, self._at
        if size < 0:
            self._at = len(text)
            return self._translated(text[at:])
        parts, count = [], 0
        while count < size and at < len(text):
            stop = min(at + size - count, len(text))
            if self._newline is None and text[stop - 1] == "\r" and stop < len(text) and text[stop] == "\n":
                stop += 1
            piece = self._translated(text[at:stop])
            parts.append(piece)
            count += len(piece)
            at = stop
        self._at = at
        return "".join(parts)

    def readline(self, size=-1):
        self._fill()
        size = _size(size)
        text, at = self._text, self._at
        if self._universal:
            newline = text.find("\n", at)
            end = len(text) if newline < 0 else newline
            cr = text.find("\r", at, end)
            if cr >= 0:
                stop = cr + 2 if text.startswith("\n", cr + 1) else cr + 1
            else:
                stop = end + 1 if newline >= 0 else end
        else:
            found = text.find(self._newline, at)
            stop = len(text) if found < 0 else found + len(self._newline)
        if 0 <= size < stop - at:
            stop = at + size
        self._at = stop
        return self._translated(text[at:stop])

    def write(self, s):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self._writable:
            _unsupported("not writable")
        # As CPython's, a write after a read lands where the buffer's read-ahead ended.
        self._text, self._at = "", 0
        text = s.replace("\n", self._write_end) if self._write_end != "\n" else s
        data = text.encode(self.encoding, self.errors)
        self._encoded.append(data)
        self._encoded_size += len(data)
        if self.write_through or (self.line_buffering and ("\n" in s or "\r" in s)):
            self.flush()
        elif self._encoded_size >= _CHUNK:
            self._drain()
        return len(s)

    def _drain(self):
        """Hands the text written so far, encoded, to the buffer in one piece."""
        if self._encoded:
            data = b"".join(self._encoded)
            self._encoded, self._encoded_size = [], 0
            self.buffer.write(data)

    def _drop_read_ahead(self):
        """Moves the buffer back to where reading stopped (truncate needs it there)."""
        if self._text:
            self.buffer.seek(self._position())
            self._text, self._at = "", 0

    def _position(self):
        return self._start + len(self._text[:self._at].encode(self.encoding, self.errors))

    def tell(self):
        _closed_check(self)
        if not self.buffer.seekable():
            _unsupported("underlying stream is not seekable")
        if self._text:
            return self._position()
        self.flush()
        return self.buffer.tell()

    def seek(self, cookie, whence=0):
        _closed_check(self)
        if whence == 1 and cookie != 0:
            _unsupported("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            _unsupported("can't do nonzero end-relative seeks")
        if whence not in (0, 1, 2):
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 1:
            cookie, whence = self.tell(), 0
        if whence == 0 and cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.flush()
        self._text, self._at = "", 0
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._drop_read_ahead()
        return self.buffer.truncate(pos)

    def flush(self):
        _closed_check(self)
        self._drain()
        self.buffer.flush()

    def detach(self):
        self.flush()
        buffer, self.buffer = self.buffer, None
        return buffer

    def close(self):
        if self.buffer is not None and not self.closed:
            self._text, self._at = "", 0
            try:
                self.flush()
            finally:
                self.buffer.close()


for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper):
    _cls.__module__ = "_io"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Opens file and returns a file object: text by default, bytes with 'b' in mode."""
    if not isinstance(file, int):
        import os
        file = os.fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: {mode!r}")
    text, binary = "t" in modes, "b" in modes
    kinds = sum(c in modes for c in "xrwa")
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if kinds == 0:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size "
                      "will be used", RuntimeWarning, 2)
    raw = FileIO(file, "".join(c for c in mode if c in "xrwa+"), closefd, opener=opener)
    try:
        line_buffering = buffering == 1 or (buffering < 0 and raw.isatty())
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        size = _CHUNK if buffering in (-1, 1) else buffering
        if "+" in modes:
            buffer = BufferedRandom(raw, size)
        elif "r" in modes:
            buffer = BufferedReader(raw, size)
        else:
            buffer = BufferedWriter(raw, size)
        if binary:
            return buffer
        wrapper = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        wrapper.mode = mode
        return wrapper
    except BaseException:
        raw.close()
        raise
