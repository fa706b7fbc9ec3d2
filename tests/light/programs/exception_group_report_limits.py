def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        return e
def deep(n):
    if n == 0:
        return ExceptionGroup("bottom", [leaf(0)])
    try:
        raise ExceptionGroup(f"level {n}", [deep(n - 1), TypeError(n)])
    except ExceptionGroup as e:
        return e
eg = ExceptionGroup("wide", [leaf(i) for i in range(18)] + [deep(12)])
raise eg
