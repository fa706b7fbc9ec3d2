import json
import io
from collections import OrderedDict


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e300, 1e-7, 0.1, 3.0, float("inf"), float("-inf"), float("nan"),
          "", "abc", 'q"uote\\back/slash', "ctl\x00\x01\x1f\b\f\n\r\t", "caf\u00e9 \u20ac \U0001f600",
          [], {}, [1, [2, [3, []]]], {"a": 1, "b": [True, None], "c": {"d": "e"}}, (1, 2), {"z": 1, "a": 2, "m": [3, {}]},
          {1: "int", 2.5: "float", True: "t", None: "n", False: "f"}]
for v in values:
    print(json.dumps(v))
    print(json.dumps(v, ensure_ascii=False))
    print(json.dumps(v, indent=2, sort_keys=isinstance(v, dict) and not any(not isinstance(k, str) for k in v)))
    print(json.dumps(v, indent="\t", separators=(",", ":")))
    print(json.dumps(v, indent=0))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, sort_keys=True, indent=4))
print(json.dumps([1, 2], separators=(";", "=")))
print(json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps(OrderedDict([("x", 1), ("y", 2)])))
print(json.dumps({1, 2} and sorted({1, 2})))
print(json.dumps(object(), default=lambda o: "custom"))
print(json.dumps(complex(1, 2), default=lambda o: [o.real, o.imag]))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=1).encode([{"s": {5}}]))
print("".join(json.JSONEncoder().iterencode([1, "a"])))
buf = io.StringIO()
json.dump({"k": [1, 2.5, "x"]}, buf, indent=2)
print(buf.getvalue())

show("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
show("nan strict indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=1))
cyc = []
cyc.append(cyc)
show("circular", lambda: json.dumps(cyc))
d = {}
d["self"] = d
show("circular dict", lambda: json.dumps(d, indent=2))
show("bad key", lambda: json.dumps({(1,): 2}))
show("bad key indent", lambda: json.dumps({b"x": 2}, indent=1))
show("not serializable", lambda: json.dumps(object()))
show("bytes", lambda: json.dumps(b"x"))
show("sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))

docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}}', ' [ ] ', '{ }', '"\\ud83d\\ude00"',
        '-0', '-0.0', '1E5', '1e-5', '123456789012345678901234567890', '[NaN, Infinity, -Infinity]', '"\\/\\b\\f"',
        '{"a": 1, "a": 2}', '[1,\n2,\r\n3\t]', '"\\ud800"', '"\\udc00\\ud800x"']
for doc in docs:
    show(doc, lambda: json.loads(doc))
show("bytes utf8", lambda: json.loads(b'{"x": "\xc3\xa9"}'))
show("bytes utf16", lambda: json.loads('[1, "\u00e9"]'.encode("utf-16")))
show("bytes utf16le", lambda: json.loads('[1]'.encode("utf-16-le")))
show("bytes utf32be", lambda: json.loads('[1]'.encode("utf-32-be")))
show("bytearray", lambda: json.loads(bytearray(b"[2]")))
show("int", lambda: json.loads(5))
show("pairs", lambda: json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=lambda p: p))
show("hook", lambda: json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
show("both hooks", lambda: json.loads('{"b": 1}', object_hook=dict, object_pairs_hook=tuple))
show("parse_float", lambda: json.loads('[1.5, 2, 1e3]', parse_float=str, parse_int=lambda s: int(s) * 10))
show("parse_constant", lambda: json.loads('[NaN, -Infinity]', parse_constant=lambda s: "const " + s))
show("strict", lambda: json.loads('"a\tb"', strict=False))
show("raw_decode", lambda: json.JSONDecoder().raw_decode('{"a": 1} tail'))
show("load", lambda: json.load(io.StringIO('[1, {"x": null}]')))

bad = ["", " ", "[", "[1,", "[1 2]", "{", '{"a"', '{"a" 1}', '{"a":}', '{"a":1,}', "{1:2}", "[1,]", '"abc', '"a\x01b"',
       '"a\\qb"', '"\\u12"', '"\\u12x4"', '"\\', "1 2", "tru", "nul", "-", "-x", "01", "1.", "1e", "1.5e+", "[1]\n\n x",
       "\ufeff1", '{"a":1 "b":2}', "  \n  [1,\n  2,\n  }", '"\\ud800\\u12"', "[1]]", "{\"a\":1}}", "nan", "+1", ".5",
       '{"a":[}', "[\"x\" ,\n ,]", "\x00", "'single'", '{"a" : 1 , }']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), "no error")
    except json.JSONDecodeError as e:
        print(repr(doc), e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.__reduce__()[1])

for v in values[:-1]:
    text = json.dumps(v)
    back = json.loads(text)
    print(text == json.dumps(back), type(back).__name__)
print(list(json.JSONEncoder().iterencode([1, "a", {"k": [2, None]}, [], {}])))
print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode({"b": [1, {"c": 2}], "a": 1.5})))
buf = io.StringIO()
try:
    json.dump([1, 2, {"x": object()}], buf)
except TypeError as e:
    print(e)
print(repr(buf.getvalue()))
buf = io.StringIO()
try:
    json.dump({"a": float("nan")}, buf, allow_nan=False)
except ValueError as e:
    print(e)
print(repr(buf.getvalue()))
class E(json.JSONEncoder):
    def default(self, o): return {"set": sorted(o)}
print(list(E().iterencode({1, 2})))
print(len(str(json.loads("[" * 600 + "]" * 600))))
print(json.loads('{"a": [{"b": {"c": [1, {"d": []}]}}, 2], "e": {}}', object_pairs_hook=lambda p: p))
