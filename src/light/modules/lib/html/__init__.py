"""Escaping text for HTML, and turning character references back into text."""
import re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """s with &, < and > (and, with quote, both quote marks) as character references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# The named references most text uses (the full HTML5 table is not carried); the
# first group is also recognised without its ';', as HTML allows for these old names.
_LEGACY = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": "\xa0", "copy": "\xa9", "reg": "\xae",
    "deg": "\xb0", "plusmn": "\xb1", "times": "\xd7", "divide": "\xf7", "pound": "\xa3", "yen": "\xa5",
    "cent": "\xa2", "sect": "\xa7", "para": "\xb6", "middot": "\xb7", "laquo": "\xab", "raquo": "\xbb",
    "frac12": "\xbd", "frac14": "\xbc", "frac34": "\xbe", "eacute": "\xe9", "egrave": "\xe8",
    "agrave": "\xe0", "aacute": "\xe1", "ccedil": "\xe7", "uuml": "\xfc", "ouml": "\xf6", "auml": "\xe4",
    "Uuml": "\xdc", "Ouml": "\xd6", "Auml": "\xc4", "szlig": "\xdf", "iexcl": "\xa1", "iquest": "\xbf",
    "ntilde": "\xf1", "Eacute": "\xc9", "acirc": "\xe2", "ecirc": "\xea", "ocirc": "\xf4", "icirc": "\xee",
    "ucirc": "\xfb", "oacute": "\xf3", "uacute": "\xfa", "iacute": "\xed", "shy": "\xad", "micro": "\xb5",
    "AMP": "&", "LT": "<", "GT": ">", "QUOT": '"', "COPY": "\xa9", "REG": "\xae",
}
_NAMED = dict(_LEGACY, apos="'", hellip="\u2026", mdash="\u2014", ndash="\u2013", lsquo="\u2018",
              rsquo="\u2019", ldquo="\u201c", rdquo="\u201d", bull="\u2022", trade="\u2122", euro="\u20ac",
              larr="\u2190", rarr="\u2192", uarr="\u2191", darr="\u2193", hearts="\u2665", check="\u2713",
              minus="\u2212", le="\u2264", ge="\u2265", ne="\u2260", infin="\u221e", alpha="\u03b1",
              beta="\u03b2", gamma="\u03b3", delta="\u03b4", pi="\u03c0", sigma="\u03c3", mu="\u03bc",
              lambda_="\u03bb", thinsp="\u2009", ensp="\u2002", emsp="\u2003", zwj="\u200d", zwnj="\u200c")
_NAMED["lambda"] = _NAMED.pop("lambda_")

# Numeric references HTML reads differently from their code point: C1 controls as windows-1252.
_REPLACED = {0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
             0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
             0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f",
             0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
             0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
             0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178"}


def _dropped(code):
    """Code points that a numeric reference may not produce: they vanish."""
    return (0x1 <= code <= 0x8 or code == 0xb or 0xe <= code <= 0x1f or 0x7f <= code <= 0x9f
            or 0xfdd0 <= code <= 0xfdef or code & 0xfffe == 0xfffe)


def _reference(match):
    text = match.group(1)
    if text[0] == "#":
        digits = text[1:].rstrip(";")
        code = int(digits[1:], 16) if digits[:1] in "xX" and digits else int(digits)
        if code in _REPLACED:
            return _REPLACED[code]
        if 0xd800 <= code <= 0xdfff or code > 0x10ffff:
            return "\ufffd"
        return "" if _dropped(code) else chr(code)
    if text.endswith(";") and text[:-1] in _NAMED:
        return _NAMED[text[:-1]]
    if text in _LEGACY:
        return _LEGACY[text]
    for end in range(len(text) - 1, 1, -1):
        if text[:end] in _LEGACY:
            return _LEGACY[text[:end]] + text[end:]
    return "&" + text


_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """s with its character references (&gt;, &#62;, &#x3e;) replaced by the characters."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_reference, s)
