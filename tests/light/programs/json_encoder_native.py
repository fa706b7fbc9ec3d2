"""The native _json.make_encoder behind json.dumps: output, key handling, errors and circular checks."""
import json
from collections import OrderedDict


class D(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


class Point:
    def __init__(self, x):
        self.x = x


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


nan = float("nan")
values = [None, True, False, 0, -5, 2**70, 1.5, -0.0, 1e300, 1e-7, "s", "é\n\"", [], (), {}, [1, [2, (3,)]],
          {"b": 1, "a": [None]}, OrderedDict([("y", 1), ("x", 2)]),
          D(q=1), [float("inf"), float("-inf")], "😀\x7f\x00"]
for v in values:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps(v, separators=(",", ":")), json.dumps(v, sort_keys=True))
print(json.dumps({1: "i", 2.5: "f", True: "t", None: "n", False: "f"}))
attempt("nan", lambda: json.dumps([nan]))
attempt("nan strict", lambda: json.dumps([nan], allow_nan=False))
attempt("nan strict key", lambda: json.dumps({nan: 1}, allow_nan=False))
attempt("nan strict indent", lambda: json.dumps([nan], allow_nan=False, indent=1))
attempt("tuple key", lambda: json.dumps({(1, 2): 3}))
attempt("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1, (3,): 4, "b": 2}, skipkeys=True))
attempt("object", lambda: json.dumps([Point(1)]))
attempt("default", lambda: json.dumps([Point(1), {"p": Point(2)}], default=lambda p: {"x": p.x}))
attempt("set", lambda: json.dumps({1, 2}))
attempt("mixed sort", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
loop = []
loop.append(loop)
attempt("circular", lambda: json.dumps(loop))
d = {}
d["d"] = d
attempt("circular dict", lambda: json.dumps(d))
attempt("circular default", lambda: json.dumps(Point(1), default=lambda p: p))
attempt("no check", lambda: json.dumps([[1]] * 3, check_circular=False))
attempt("deep", lambda: json.dumps(eval("[" * 50 + "]" * 50)))
deep = []
for _ in range(5000):
    deep = [deep]
attempt("too deep", lambda: json.dumps(deep))
enc = json.JSONEncoder()
print(list(enc.iterencode({"a": [1, 2]})), enc.encode({"a": [1, 2]}), enc.encode("x"))
print(json.encoder.c_make_encoder if hasattr(json.encoder, "c_make_encoder") else "-")
import _json
e = _json.make_encoder(None, str, _json.encode_basestring_ascii, None, ':', ',', False, False, True)
print(e([1, 'a'], 0), type(e).__name__)
attempt("bad markers", lambda: _json.make_encoder([], str, _json.encode_basestring_ascii, None, ':', ',', False, False, True))
attempt("missing", lambda: _json.make_encoder(None, str, _json.encode_basestring_ascii, None, ':', ',', False, False))
attempt("bad escaper", lambda: _json.make_encoder(None, str, lambda s: 5, None, ':', ',', False, False, True)(['a'], 0))
print(_json.make_encoder(None, str, lambda s: "<" + s + ">", None, ':', ',', False, False, True)({"k": ["v"]}, 0))
class S(str): pass
class I(int): pass
class F(float): pass
print(json.dumps([S("x"), I(3), F(2.5), {S("k"): I(1), I(2): F(0.5)}]))
