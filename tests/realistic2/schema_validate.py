# JSON schema validation with a hierarchy of custom exceptions.
import json


class SchemaError(Exception):
    def __init__(self, path, message):
        super().__init__(f"{'/'.join(map(str, path)) or '<root>'}: {message}")
        self.path = tuple(path)


class TypeMismatch(SchemaError):
    pass


class MissingField(SchemaError):
    pass


class RangeError(SchemaError, ValueError):
    pass


TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
         "array": list, "object": dict, "null": type(None)}


def validate(value, schema, path=()):
    expected = schema.get("type")
    if expected:
        py = TYPES[expected]
        ok = isinstance(value, py) and not (expected in ("integer", "number") and isinstance(value, bool))
        if not ok:
            raise TypeMismatch(path, f"expected {expected}, got {type(value).__name__}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaError(path, f"{value!r} not one of {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        raise RangeError(path, f"{value} < minimum {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        raise RangeError(path, f"{value} > maximum {schema['maximum']}")
    if "minLength" in schema and len(value) < schema["minLength"]:
        raise RangeError(path, f"length {len(value)} < {schema['minLength']}")
    if expected == "object":
        for name in schema.get("required", []):
            if name not in value:
                raise MissingField(path + (name,), "required field missing")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                validate(value[name], sub, path + (name,))
        if schema.get("additionalProperties") is False:
            extra = sorted(set(value) - set(schema.get("properties", {})))
            if extra:
                raise SchemaError(path, f"unexpected fields {extra}")
    if expected == "array" and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], path + (i,))


def collect_errors(docs, schema):
    errors = []
    for doc in docs:
        try:
            validate(doc, schema)
        except (TypeMismatch, MissingField) as e:
            errors.append((type(e).__name__, str(e), e.path))
        except ValueError as e:
            errors.append(("ValueError/" + type(e).__name__, str(e), e.path))
        except SchemaError as e:
            errors.append(("SchemaError", e.args[0], e.path))
        else:
            errors.append(("ok", json.dumps(doc, sort_keys=True), ()))
    return errors


SCHEMA = json.loads("""
{
  "type": "object",
  "required": ["id", "name", "tags"],
  "additionalProperties": false,
  "properties": {
    "id": {"type": "integer", "minimum": 1},
    "name": {"type": "string", "minLength": 2},
    "price": {"type": "number", "minimum": 0, "maximum": 1e6},
    "status": {"enum": ["draft", "live", "retired"]},
    "tags": {"type": "array", "items": {"type": "string"}},
    "dims": {"type": "object", "required": ["w", "h"],
             "properties": {"w": {"type": "number"}, "h": {"type": "number"}}}
  }
}
""")

DOCS = json.loads("""[
  {"id": 1, "name": "lamp", "tags": ["home"], "price": 19.5, "status": "live"},
  {"id": 0, "name": "chair", "tags": []},
  {"id": 2, "name": "x", "tags": []},
  {"id": 3, "name": "desk", "tags": ["office", 7]},
  {"id": 4, "name": "sofa"},
  {"id": true, "name": "bool id", "tags": []},
  {"id": 5, "name": "shelf", "tags": [], "status": "gone"},
  {"id": 6, "name": "rug", "tags": [], "dims": {"w": 2}},
  {"id": 7, "name": "bed", "tags": [], "color": "red", "size": 2},
  {"id": 8, "name": "mirror", "tags": [], "price": 2e6},
  {"id": 9, "name": "clock", "tags": ["wall"], "dims": {"w": 0.3, "h": null}},
  [1, 2, 3]
]""")

for kind, message, path in collect_errors(DOCS, SCHEMA):
    print(f"{kind:<22} {message}  {path}")

print(RangeError.__mro__)
print(issubclass(RangeError, ValueError), isinstance(RangeError((), "x"), SchemaError))
try:
    raise MissingField(("a", 0, "b"), "boom")
except SchemaError as e:
    print(repr(e), e.args, e.path)
print(json.dumps(SCHEMA["properties"]["dims"], indent=2))
print(json.dumps({"a": [1, 2.5, None, True], "b": "é\n"}, separators=(",", ":")))
print(json.dumps({"a": "é"}, ensure_ascii=False), json.loads('"\\u00e9\\ud83d\\ude00"'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
