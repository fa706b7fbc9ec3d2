# Exception groups: raising ExceptionGroup, except*, split/subgroup, nesting and notes.
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", "missing"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError(f"age must be int, not {type(record.get('age')).__name__}"))
    elif record["age"] < 0:
        errors.append(ValidationError("age", "negative"))
    if "@" not in record.get("email", "@"):
        errors.append(ValidationError("email", "no @"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} invalid", errors)
    return record


records = [
    {"id": 1, "name": "ann", "age": 30},
    {"id": 2, "name": "", "age": -3, "email": "bob"},
    {"id": 3, "name": "cy", "age": "old"},
    {"id": 4, "age": 5.5, "email": "x"},
]
for rec in records:
    try:
        validate(rec)
        print(f"record {rec['id']} ok")
    except* ValidationError as eg:
        print(f"value problems in {eg.message!r}:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type problems:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("batch", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("nested", [KeyError("k1"), ValueError("v2")]),
])
print(repr(eg))
print(str(eg), len(eg.exceptions))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print("none:", eg.subgroup(OSError))
print(type(eg.derive([ValueError("x")])).__name__)

try:
    raise ExceptionGroup("many", [ValueError(1), OSError(2), ZeroDivisionError(3)])
except* (ValueError, ZeroDivisionError) as g:
    print("caught", sorted(type(e).__name__ for e in g.exceptions))
except* OSError as g:
    print("os errors", g.exceptions)


def leaky():
    try:
        raise ExceptionGroup("outer", [KeyError("a"), IndexError("b")])
    except* KeyError:
        print("handled KeyError part")


try:
    leaky()
except ExceptionGroup as e:
    print("escaped:", repr(e))

try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain wrapped:", repr(g), type(g).__name__)

be = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(be).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    ExceptionGroup("empty", [])
except ValueError as err:
    print("ValueError:", err)
try:
    ExceptionGroup("bad", [1])
except ValueError as err:
    print("ValueError:", err)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
results = []
for i in range(3):
    try:
        try:
            raise ExceptionGroup(f"round {i}", [ValueError(i), TypeError(i)] if i else [TypeError(i)])
        except* ValueError as g:
            results.append(("V", g.exceptions[0].args))
    except* TypeError as g:
        results.append(("T", g.exceptions[0].args))
print(results)
