# calendar: text and HTML layouts, week starts, leap years, month ranges and the errors.
import calendar

for year, month in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2026, 11), (1, 1), (9999, 12)]:
    print(calendar.isleap(year), calendar.monthrange(year, month), calendar.weekday(year, month, 1))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.weekday(12000, 1, 1), calendar.weekday(-5, 3, 1))
print(calendar.month(2024, 2), end="")
print(calendar.month(2026, 11, 4, 2), end="")
print(calendar.month(2021, 8, w=1), end="")
calendar.prmonth(1999, 12)
print(calendar.calendar(2024), end="")
print(calendar.calendar(2025, 3, 1, 2, 4), end="")
print(calendar.monthcalendar(2024, 3))
print(calendar.weekheader(2), "|", calendar.weekheader(3), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
print(list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[1:4], len(calendar.day_name))
for first in (0, 3, 6):
    cal = calendar.TextCalendar(first)
    print(first, cal.getfirstweekday(), list(cal.iterweekdays()))
    print(cal.formatmonth(2024, 9), end="")
    print(list(cal.itermonthdays(2024, 9))[:10], list(cal.itermonthdays2(2024, 9))[:3])
    print(list(cal.itermonthdays3(2024, 9))[:3], list(cal.itermonthdays4(2024, 9))[-2:])
    print(cal.monthdatescalendar(2024, 9)[0][:2], len(cal.yeardayscalendar(2024, 4)), len(cal.yeardays2calendar(2024)[0]))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6), end="")
calendar.setfirstweekday(0)
html = calendar.HTMLCalendar(calendar.MONDAY)
print(html.formatmonth(2024, 1))
print(html.formatyear(2024, 4)[:400])
print(calendar.TextCalendar().formatyear(2024, 3, 2, 4, 2)[:500])
print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0), lambda: calendar.setfirstweekday(7),
            lambda: calendar.weekday(2024, 2, 30), lambda: calendar.month(2024, 13)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
print(calendar.LocaleTextCalendar(locale="C").formatmonth(2024, 5), end="")
calendar.format(["a", "b"], 5, 2)
print(repr(calendar.formatstring(["x", "yy", "zzz"])))
