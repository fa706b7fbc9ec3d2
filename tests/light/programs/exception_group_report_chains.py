def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("from") from z
def g():
    e = ValueError("noted")
    e.add_note("first note")
    e.add_note("multi\nline note")
    raise e
errors = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        errors.append(e)
try:
    raise OSError("ctx")
except OSError:
    eg = ExceptionGroup("outer", errors + [BaseExceptionGroup("inner", [KeyboardInterrupt()])] if False else errors)
    eg.add_note("group note")
    raise eg
