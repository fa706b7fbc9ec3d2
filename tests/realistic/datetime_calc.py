"""Date arithmetic with fixed dates: schedules, ages, business days, formatting."""
from datetime import date, datetime, timedelta, time

start = date(2024, 1, 31)
print(start, repr(start), start.isoformat(), start.weekday(), start.isoweekday(), start.isocalendar())
print(start + timedelta(days=1), start - timedelta(weeks=5), date(2024, 3, 1) - date(2024, 2, 1))
print(date(2023, 12, 25).strftime("%A %d %B %Y, day %j, week %U"), date(2000, 2, 29).toordinal())
print(date.fromisoformat("2024-02-29"), date.fromordinal(738000), date(2024, 5, 17).replace(day=1))


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return d.replace(year=year, month=month, day=day)
        except ValueError:
            continue


print([str(add_months(start, k)) for k in range(0, 13, 1)])


def business_days(a, b, holidays=()):
    n = 0
    d = a
    while d < b:
        if d.weekday() < 5 and d not in holidays:
            n += 1
        d += timedelta(days=1)
    return n


print(business_days(date(2024, 12, 1), date(2025, 1, 1), {date(2024, 12, 25), date(2024, 12, 26)}))


def age(born, today):
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return years


print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"), dt.date(), dt.time())
print(dt + timedelta(hours=10, minutes=45), dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %a %b"), datetime.strptime("2021-07-04 09:15", "%Y-%m-%d %H:%M"))
print(datetime.fromisoformat("2024-02-29T23:59:59"), datetime.combine(date(2020, 1, 1), time(8, 0)))
td = timedelta(days=3, hours=25, minutes=61, seconds=3601.5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, td * 2, td / 3, td // timedelta(hours=1))
print(timedelta(0), timedelta(microseconds=1), timedelta(days=-1, seconds=5), abs(timedelta(days=-2)))
print(sorted([date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)]), max(dt, datetime(2025, 1, 1)))
print(time(9, 5), time(23, 59, 59, 999), time(12).isoformat(), time(7, 30) < time(8, 0))
meetings = [datetime(2024, 3, 4, 9) + timedelta(days=7 * k, hours=k % 3) for k in range(6)]
for m in meetings:
    print(f"{m:%a %Y-%m-%d %H:%M}", m.strftime("%W"))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    dt - date(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(date.max, date.min, timedelta.max, date(2024, 1, 1) == datetime(2024, 1, 1), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
