"""Validates JSON configuration documents against a small schema language."""
import json

SCHEMA = {
    "type": "object",
    "required": ["name", "version", "server"],
    "properties": {
        "name": {"type": "string", "minLength": 3},
        "version": {"type": "string", "pattern": "digits.digits"},
        "debug": {"type": "boolean"},
        "server": {
            "type": "object",
            "required": ["host", "port"],
            "properties": {
                "host": {"type": "string"},
                "port": {"type": "integer", "minimum": 1, "maximum": 65535},
                "workers": {"type": "integer", "minimum": 1},
            },
        },
        "features": {"type": "array", "items": {"type": "string"}},
        "ratio": {"type": "number", "minimum": 0, "maximum": 1},
    },
}

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "number": (int, float)}


def type_ok(value, name):
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number" and isinstance(value, bool):
        return False
    return isinstance(value, TYPES[name])


def validate(value, schema, path="$"):
    errors = []
    if not type_ok(value, schema["type"]):
        return [f"{path}: expected {schema['type']}, got {type(value).__name__}"]
    if schema["type"] == "object":
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required key {key!r}")
        for key, sub in value.items():
            if key in schema.get("properties", {}):
                errors.extend(validate(sub, schema["properties"][key], f"{path}.{key}"))
            else:
                errors.append(f"{path}: unknown key {key!r}")
    elif schema["type"] == "array":
        for i, sub in enumerate(value):
            errors.extend(validate(sub, schema["items"], f"{path}[{i}]"))
    elif schema["type"] == "string":
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: too short ({len(value)} < {schema['minLength']})")
        if schema.get("pattern") == "digits.digits":
            parts = value.split(".")
            if len(parts) != 2 or not all(p.isdigit() for p in parts):
                errors.append(f"{path}: {value!r} is not a version")
    else:
        lo, hi = schema.get("minimum"), schema.get("maximum")
        if lo is not None and value < lo:
            errors.append(f"{path}: {value} < minimum {lo}")
        if hi is not None and value > hi:
            errors.append(f"{path}: {value} > maximum {hi}")
    return errors


DOCS = [
    '{"name": "svc", "version": "1.2", "server": {"host": "localhost", "port": 8080}}',
    '{"name": "x", "version": "1.2.3", "server": {"host": "h", "port": 70000, "workers": 0}}',
    '{"name": "api", "version": "2.0", "debug": "yes", "server": {"port": 80}, "extra": null}',
    '{"name": "cache", "version": "0.9", "server": {"host": "h", "port": true},'
    ' "features": ["a", 2, "c"], "ratio": 1.5}',
    '{"name": "bad json", "version": }',
    '[1, 2, 3]',
    '{"name": "ünïcode", "version": "10.20", "server": {"host": "::1", "port": 443},'
    ' "ratio": 0.25, "features": []}',
]

for i, text in enumerate(DOCS):
    print(f"--- document {i}")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        print("invalid JSON:", e.msg, "at line", e.lineno, "column", e.colno)
        continue
    errors = validate(doc, SCHEMA)
    if errors:
        for err in errors:
            print("  *", err)
    else:
        print("  valid:", json.dumps(doc, sort_keys=True))
        print(json.dumps(doc, indent=2, ensure_ascii=False))

merged = {}
for text in DOCS:
    try:
        doc = json.loads(text)
    except ValueError:
        continue
    if isinstance(doc, dict):
        merged.update(doc)
print(json.dumps(merged, indent=4, sort_keys=True))
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "d\n\"e\""}}, separators=(",", ":")))
print(json.loads('{"x": 1e3, "y": -0.0, "z": "\\u00e9\\n"}'))
