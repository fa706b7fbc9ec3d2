# calendar on the Light VM: a month and a year as text, an HTML month, and leap-year arithmetic.
import calendar

print(calendar.month(2024, 2), end="")
calendar.TextCalendar(calendar.SUNDAY).prmonth(2026, 11)
print(calendar.calendar(2023), end="")
print(calendar.HTMLCalendar().formatmonth(2025, 7), end="")
print(calendar.isleap(2100), calendar.leapdays(2000, 2100), calendar.monthrange(2024, 2), calendar.monthcalendar(2024, 2)[-1])
print(calendar.day_name[calendar.weekday(1969, 7, 20)], calendar.month_abbr[12], calendar.timegm((2000, 1, 1, 0, 0, 0)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)
