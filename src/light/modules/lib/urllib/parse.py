"""Splitting URLs into their parts and joining them again; percent-encoding; query strings."""
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes", "ParseResultBytes",
           "SplitResultBytes"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero",
                 "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
               "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh",
               "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips",
               "mms", "sftp", "tel"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

_C0_AND_SPACE = "".join(chr(i) for i in range(0x21))
_UNSAFE_BYTES = ("\t", "\r", "\n")
_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


class _NetlocParts:
    """The user, password, host and port read out of a result's netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        zone = "%" in host
        host = host.lower() if not zone else host.split("%", 1)[0].lower() + "%" + host.split("%", 1)[1]
        return host

    @property
    def port(self):
        text = self._hostinfo()[1]
        if text is None:
            return None
        digits_only = text.isascii() and text.isdigit()
        number = int(text) if digits_only else -1
        if number < 0:
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    def _userinfo(self):
        user, found, _ = self.netloc.rpartition("@")
        if not found:
            return None, None
        name, has_password, password = user.partition(":")
        return name, (password if has_password else None)

    def _hostinfo(self):
        hostport = self.netloc.rpartition("@")[2]
        if hostport.startswith("["):
            close = hostport.find("]")
            host = hostport[1:close] if close >= 0 else hostport[1:]
            rest = hostport[close + 1:] if close >= 0 else ""
            port = rest[1:] if rest.startswith(":") else None
        else:
            host, has_port, port = hostport.partition(":")
            if not has_port:
                port = None
        return host, (port or None)


class _Text:
    """What results of str share: encode() to their bytes counterpart."""
    __slots__ = ()

    def encode(self, encoding="ascii", errors="strict"):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _Bytes:
    """Results of bytes: decode() to the str result; the netloc parts as bytes."""
    __slots__ = ()

    def decode(self, encoding="ascii", errors="strict"):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))

    def _part(self, name):
        value = getattr(self.decode("ascii", "surrogateescape"), name)
        return value.encode("ascii", "surrogateescape") if isinstance(value, str) else value

    username = property(lambda self: self._part("username"))
    password = property(lambda self: self._part("password"))
    hostname = property(lambda self: self._part("hostname"))
    port = property(lambda self: self._part("port"))


class DefragResult(namedtuple("DefragResult", "url fragment"), _Text):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url


class SplitResult(namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocParts, _Text):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple("ParseResult", "scheme netloc path params query fragment"), _NetlocParts, _Text):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(namedtuple("DefragResultBytes", "url fragment"), _Bytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b"#" + self.fragment if self.fragment else self.url


class SplitResultBytes(namedtuple("SplitResultBytes", "scheme netloc path query fragment"), _Bytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(namedtuple("ParseResultBytes", "scheme netloc path params query fragment"), _Bytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text, _raw in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                    (ParseResult, ParseResultBytes)):
    _text._encoded_counterpart = _raw
    _raw._decoded_counterpart = _text


def _as_text(*args):
    """args as str (bytes decoded as ASCII), and whether they came as bytes. Mixing is an error."""
    as_bytes = not isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) == as_bytes:
            raise TypeError("Cannot mix str and non-str arguments")
    if not as_bytes:
        return args, False
    return tuple(a.decode("ascii", "strict") if a else "" for a in args), True


def _as_bytes(value):
    return value.encode("ascii", "strict")


def _check_brackets(netloc):
    opened, closed = "[" in netloc, "]" in netloc
    if opened != closed or (opened and netloc.find("[") > netloc.find("]")):
        raise ValueError("Invalid IPv6 URL")


def urlsplit(url, scheme="", allow_fragments=True):
    """(scheme, netloc, path, query, fragment) of url."""
    (url, scheme), as_bytes = _as_text(url, scheme)
    result = _split(url, scheme, allow_fragments)
    return result.encode() if as_bytes else result


def _split(url, scheme, allow_fragments):
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for c in _UNSAFE_BYTES:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    colon = url.find(":")
    if colon > 0 and url[0].isascii() and url[0].isalpha() and all(c in scheme_chars for c in url[:colon]):
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == "//":
        end = len(url)
        for stop in "/?#":
            at = url.find(stop, 2)
            if at >= 0:
                end = min(end, at)
        netloc, url = url[2:end], url[end:]
        _check_brackets(netloc)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    """path and the ;params of its last segment."""
    start = path.rfind("/") if "/" in path else 0
    at = path.find(";", start)
    if at < 0:
        return path, ""
    return path[:at], path[at + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    """(scheme, netloc, path, params, query, fragment) of url."""
    (url, scheme), as_bytes = _as_text(url, scheme)
    scheme, netloc, path, query, fragment = _split(url, scheme, allow_fragments)
    params = ""
    if scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    result = ParseResult(scheme, netloc, path, params, query, fragment)
    return result.encode() if as_bytes else result


def urlunsplit(components):
    (scheme, netloc, path, query, fragment), as_bytes = _as_text(*components)
    joined = _unsplit(scheme, netloc, path, query, fragment)
    return _as_bytes(joined) if as_bytes else joined


def _unsplit(scheme, netloc, path, query, fragment):
    if netloc or (scheme and scheme in uses_netloc and path[:2] != "//"):
        if path and not path.startswith("/"):
            path = "/" + path
        path = "//" + (netloc or "") + path
    if scheme:
        path = scheme + ":" + path
    if query:
        path += "?" + query
    if fragment:
        path += "#" + fragment
    return path


def urlunparse(components):
    (scheme, netloc, path, params, query, fragment), as_bytes = _as_text(*components)
    if params:
        path = f"{path};{params}"
    joined = _unsplit(scheme, netloc, path, query, fragment)
    return _as_bytes(joined) if as_bytes else joined


def _remove_dots(segments):
    out = []
    for segment in segments:
        if segment == "..":
            if out:
                out.pop()
        elif segment != ".":
            out.append(segment)
    if segments and segments[-1] in (".", ".."):
        out.append("")
    return out


def urljoin(base, url, allow_fragments=True):
    """url resolved against base (RFC 3986, section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    (base, url), as_bytes = _as_text(base, url)
    joined = _join(base, url, allow_fragments)
    return _as_bytes(joined) if as_bytes else joined


def _join(base, url, allow_fragments):
    b = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b.scheme, allow_fragments)
    if scheme != b.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = b.netloc
    if not path and not params:
        return urlunparse((scheme, netloc, b.path, b.params, query or b.query, fragment))
    if path.startswith("/"):
        segments = path.split("/")
    else:
        base_segments = b.path.split("/")
        if base_segments[-1]:
            base_segments.pop()
        segments = base_segments + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    joined = "/".join(_remove_dots(segments)) or "/"
    return urlunparse((scheme, netloc, joined, params, query, fragment))


def urldefrag(url):
    (url,), as_bytes = _as_text(url)
    if "#" in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        result = DefragResult(urlunparse((scheme, netloc, path, params, query, "")), fragment)
    else:
        result = DefragResult(url, "")
    return result.encode() if as_bytes else result


# ---- percent-encoding

def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    keep = _ALWAYS_SAFE | frozenset(c for c in safe if c < 128)
    return "".join(chr(b) if b in keep else "%{:02X}".format(b) for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    """string with every character outside letters, digits, '_.-~' and safe as %XX of its UTF-8 bytes."""
    if not isinstance(string, str):
        for name, given in (("encoding", encoding), ("errors", errors)):
            if given is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    return quote_from_bytes(string.encode(encoding or "utf-8", errors or "strict"), safe) if string else string


def quote_plus(string, safe="", encoding=None, errors=None):
    """As quote, with spaces as '+' (form encoding)."""
    space = " " if isinstance(string, str) else b" "
    if space not in string:
        return quote(string, safe, encoding, errors)
    extra = " " if isinstance(safe, str) else b" "
    return quote(string, safe + extra, encoding, errors).replace(" ", "+")


_HEX = "0123456789ABCDEFabcdef"


def _hex_pair(text):
    return len(text) >= 2 and text[0] in _HEX and text[1] in _HEX


def unquote_to_bytes(string):
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    pieces = string.split(b"%")
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        if _hex_pair(piece[:2].decode("latin-1")):
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b"%" + piece
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """string with each run of %XX decoded as bytes in encoding."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    pieces = string.split("%")
    out = [pieces[0]]
    run = bytearray()  # the bytes of consecutive %XX, decoded together
    for piece in pieces[1:]:
        if _hex_pair(piece):
            run.append(int(piece[:2], 16))
            if len(piece) == 2:
                continue
            piece = piece[2:]
        else:
            piece = "%" + piece
        if run:
            out.append(run.decode(encoding, errors))
            run = bytearray()
        out.append(piece)
    if run:
        out.append(run.decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


# ---- query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    """The (name, value) pairs of a query string, decoded."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    (qs,), as_bytes = _as_text(qs)
    if isinstance(separator, bytes):
        separator = separator.decode("ascii")
    if not qs:
        return []
    if max_num_fields is not None and qs.count(separator) + 1 > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_value, value = field.partition("=")
        if not has_value:
            if strict_parsing:
                raise ValueError(f"bad query field: {field!r}")
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace("+", " "), encoding, errors)
            value = unquote(value.replace("+", " "), encoding, errors)
            pairs.append((_as_bytes(name), _as_bytes(value)) if as_bytes else (name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    """A dict from each name in the query string to the list of its values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields,
                                 separator):
        found.setdefault(name, []).append(value)
    return found


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """A query string from a mapping or a sequence of pairs."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as e:
            raise TypeError("not a valid non-string sequence or mapping object").with_traceback(
                e.__traceback__) from None

    def encoded(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(v if isinstance(v, str) else str(v), safe, encoding, errors)

    fields = []
    for name, value in query:
        name = encoded(name)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(name + "=" + encoded(value))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(name + "=" + encoded(value))
        else:
            fields.extend(name + "=" + encoded(item) for item in value)
    return "&".join(fields)
