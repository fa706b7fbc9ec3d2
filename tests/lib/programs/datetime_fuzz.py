# Seeded random timedelta arguments and ordinals; both runs draw the same numbers.
import random
from datetime import timedelta, datetime, date
random.seed(5)
for i in range(400):
    kw = {}
    for name in ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]:
        r = random.random()
        if r < 0.3:
            kw[name] = random.uniform(-1000, 1000)
        elif r < 0.5:
            kw[name] = random.randint(-10**6, 10**6)
        elif r < 0.55:
            kw[name] = random.choice([0.5, 1.5, 2.5, -0.5, 1e-7, 5e-7, 1.0000005])
    try:
        t = timedelta(**kw)
        print(repr(t), t * 0.37, t / 3.3, t / 7, t // 3)
    except Exception as e:
        print(type(e).__name__, e)
    o = random.randint(1, 3652059)
    d = date.fromordinal(o)
    print(d, d.isocalendar(), d.weekday(), d.strftime("%j %U %W %G %V %a"), d.toordinal() == o)
