"""The native _json: scanstring, the escapers and make_scanner, with CPython's errors and positions."""
import json
docs = ['"abc"', '"a\\u00e9\\ud83d\\ude00x"', '"\\ud83dx"', '{"a": [1, 2.5, "\\n\\t"]}', '"\\u12"', '"abc', '"a\\q"', '"\x01"', '"\\ud83d\\u12zz"', '"\\u0041', '"é"', '["a", "b\\\\"]', '"\\ud800\\udc00"']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print("err", e, e.pos)
print(json.loads('"\x01"', strict=False) == "\x01")
for s in ["plain", "q\"b\\", "\x00\x1f\x7f", "é€😀", "tab\tnl\n"]:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False))
from json.decoder import scanstring
from json.encoder import encode_basestring_ascii, encode_basestring
print(scanstring('x"abc"', 2), scanstring('"abc"', 1, False))
for bad in [(b'x', 0), ('"ab"', 10), ('"ab"', -1)]:
    try: print(scanstring(*bad))
    except Exception as e: print(type(e).__name__, e)
try: encode_basestring(3)
except Exception as e: print(type(e).__name__, e)
print(json.dumps({"k": [1, "é", None]}), json.dumps({"k": "v"}, indent=2))

from collections import OrderedDict
Decimal = lambda s: ("dec", s)
cases = ['', ' ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}', '{"a" 1}',
         'nul', 'tru', 'fals', '-', '-a', '01', '1.', '1.e5', '1e', '1e+', '1E-2', '-0', '-0.0', '1.5e300', '1e400', '[NaN, Infinity, -Infinity]',
         '  {"a" : [1, 2, {"b": null}], "c": true, "d": false}  ', '"x" y', '[1] ]', '123456789012345678901234567890', '-9223372036854775809',
         '{"a": 1, "a": 2}', '[-Infinity1]', '[-I]', '"\\ud800"', ' \n [\n1,\n2\n,x]', '{"\\u00e9": "é"}', '[[[[[]]]]]', '1.0', '0.1e-3', '[1e5, 1E+5, -2.5E-3]']
for c in cases:
    try:
        print(repr(c), "->", repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), "-> JSONDecodeError", e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(c), "->", type(e).__name__, e)
print(json.loads('{"b": 1, "a": [2]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2.5, 3]', parse_float=Decimal, parse_int=lambda s: "int:" + s))
print(json.loads('[NaN]', parse_constant=lambda s: "const:" + s))
print(json.loads('["\x01"]', strict=False))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx 5', 3))
for bad in [('[1]', -1), (b'[1]', 0)]:
    try: print(d.scan_once(*bad))
    except Exception as e: print(type(e).__name__, e)
try:
    d.raw_decode('[1]', -1)
except Exception as e:
    print(type(e).__name__, e)
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError", e)
