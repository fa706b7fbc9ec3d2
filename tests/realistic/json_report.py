"""Build a nested report and serialize it with json (indent, sort_keys, custom encoder)."""
import json


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Vec):
            return {"__vec__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "__vec__" in d:
        return Vec(*d["__vec__"])
    return d


sales = [("north", "widget", 120, 2.5), ("south", "widget", 80, 2.5), ("north", "gadget", 15, 19.99),
         ("east", "gizmo", 42, 7.0), ("south", "gadget", 7, 19.99), ("east", "widget", 200, 2.25)]
report = {}
for region, product, qty, price in sales:
    r = report.setdefault(region, {"products": {}, "revenue": 0.0, "units": 0})
    r["products"][product] = r["products"].get(product, 0) + qty
    r["revenue"] = round(r["revenue"] + qty * price, 2)
    r["units"] += qty
report["_meta"] = {"regions": len(report), "ok": True, "missing": None, "ratio": 1 / 3, "big": 2 ** 64}
print(json.dumps(report, indent=2, sort_keys=True))
print(json.dumps(report["north"]))
text = json.dumps(report, separators=(",", ":"), sort_keys=True)
print(len(text), text[:60])
back = json.loads(text)
print(back == report, back["_meta"]["big"], type(back["_meta"]["ratio"]).__name__)
print(json.dumps({"where": Vec(1, 2), "tags": {"b", "a"}}, cls=Encoder, sort_keys=True))
obj = json.loads('{"p": {"__vec__": [3, 4]}, "list": [1, 2]}', object_hook=decode_hook)
print(type(obj["p"]).__name__, obj["p"].x, obj["list"])
try:
    json.dumps({"v": Vec(0, 0)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps("héllo ☃ \u0001 \"q\" \\ /"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps([1.0, -0.0, 1e100, 12345678.9, float("inf")]), json.dumps({1: "int key", True: "b", None: 0}))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([[1, [2, []]], {}], indent=4))
print(json.dumps({"a": 1, "b": [1, 2]}, indent="\t"))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul", '"unterminated', "[1] x", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:18} -> {e}")
print(json.loads("[1, 2.5, \"s\", true, false, null, -1e-3, 1E2]"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("123456789012345678901234567890"), json.loads(" [ ] "))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads("[1,2]", parse_int=float))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1, separators=(",", ": ")))
