def task(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")
errs = []
for n in range(3):
    try:
        task(n)
    except Exception as e:
        errs.append(e)
try:
    raise ExceptionGroup("tasks", errs)
except* ValueError as e:
    print("values handled:", e.exceptions)
