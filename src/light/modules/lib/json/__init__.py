"""JSON encoding and decoding, as CPython 3.11's json package behaves (its C accelerator included)."""
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__version__ = "2.0.9"
__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    encoder = _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                           separators, default, sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                           separators, default, sort_keys, kw)
    return encoder.encode(obj)


def _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators,
                 default, sort_keys, kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys
            and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes, from its BOM or its zero bytes."""
    if b.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "utf-32"
    if b.startswith((b"\xfe\xff", b"\xff\xfe")):
        return "utf-16"
    if b.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object holding a JSON document)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    text = _document_text(s)
    hooks = {"object_hook": object_hook, "object_pairs_hook": object_pairs_hook,
             "parse_float": parse_float, "parse_int": parse_int, "parse_constant": parse_constant}
    given = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None and not given and not kw:
        return _default_decoder.decode(text)
    decoder_class = JSONDecoder if cls is None else cls
    return decoder_class(**kw, **given).decode(text)


def _document_text(s):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if isinstance(s, (bytes, bytearray)):
        return s.decode(detect_encoding(s), "surrogatepass")
    raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
