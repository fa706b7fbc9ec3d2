"""Dates and times, as CPython 3.11's datetime module (its C implementation's reprs and messages).

Dates are proleptic Gregorian; date arithmetic goes through day ordinals (0001-01-01 is 1).
"""
import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _dim, _total

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of day ordinal n."""
    rest, year, whole = n - 1, 1, []
    for cycle_days, cycle_years in ((_DI400Y, 400), (_DI100Y, 100), (_DI4Y, 4), (365, 1)):
        count, rest = divmod(rest, cycle_days)
        year += count * cycle_years
        whole.append(count)
    centuries, quads, years = whole[1:]
    # A fourth whole year (or century) means rest fell on the last day of a leap cycle.
    if years == 4 or centuries == 4:
        return year - 1, 12, 31
    leap = years == 3 and (quads != 24 or centuries == 3)
    month = (rest + 50) >> 5  # never too small, at most one too big
    if _days_before_in_year(month, leap) > rest:
        month -= 1
    return year, month, rest - _days_before_in_year(month, leap) + 1


def _days_before_in_year(month, leap):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    fields = [_index(value) for value in (hour, minute, second, microsecond)]
    for value, (name, top) in zip(fields, _TIME_FIELD_LIMITS):
        if not 0 <= value <= top:
            raise ValueError(f"{name} must be in 0..{top}")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return (*fields, fold)


_TIME_FIELD_LIMITS = (("hour", 23), ("minute", 59), ("second", 59), ("microsecond", 999999))


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj, name):
    """The name CPython's C types print: datetime.X for the class itself, a subclass's own name."""
    cls = type(obj)
    return "datetime." + name if cls.__name__ == name and cls.__module__ == __name__ else cls.__name__


def _is_state(value, size, check_at, limit=13):
    """Whether a constructor's first argument is a pickled state (bytes, or latin-1 str from Python 2)."""
    if isinstance(value, str):
        try:
            value = value.encode("latin1")
        except UnicodeEncodeError:
            return False
    if not isinstance(value, bytes) or len(value) != size:
        return False
    sane = value[check_at] & 127
    return 1 <= sane <= 12 if limit == 13 else sane < limit


def _state_bytes(value):
    return value.encode("latin1") if isinstance(value, str) else value


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _c_round(x):
    """C's round(): halves away from zero."""
    whole = _math.floor(x) if x >= 0 else _math.ceil(x)
    if _math.fabs(x - whole) >= 0.5:
        whole += 1 if x >= 0 else -1
    return whole


def _round_half_even(fraction_num, fraction_den):
    q, r = divmod(fraction_num, fraction_den)
    twice = 2 * r
    if twice > fraction_den or (twice == fraction_den and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # As CPython's C code: whole parts exactly, fractional parts summed as doubles,
        # rounded once at the end (half to even).
        total = 0
        leftover = 0.0
        for name, value, factor in (("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                                    ("seconds", seconds, 1000000), ("minutes", minutes, 60000000),
                                    ("hours", hours, 3600000000), ("days", days, 86400000000),
                                    ("weeks", weeks, 604800000000)):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                fraction, whole = _math.modf(value)
                total += int(whole) * factor
                if fraction:
                    fraction, whole = _math.modf(factor * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        if leftover:
            whole_us = _c_round(leftover)
            if _math.fabs(whole_us - leftover) == 0.5:
                odd = total & 1
                whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self, "timedelta"), ", ".join(args) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        clock = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._microseconds:
            clock += f".{self._microseconds:06d}"
        if not self._days:
            return clock
        plural = "" if abs(self._days) == 1 else "s"
        return f"{self._days} day{plural}, {clock}"

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            return us // other._to_microseconds()
        return timedelta._from_microseconds(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            return us / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_round_half_even(us, other) if other > 0
                                                else _round_half_even(-us, -other))
        n, d = other.as_integer_ratio()
        if n == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        if n < 0:
            n, d = -n, -d
        return timedelta._from_microseconds(_round_half_even(us * d, n))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other):
        return _cmp(self._to_microseconds(), other._to_microseconds())

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._compare(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# strftime's numeric directives: (default width, pad); Y, G and C are not padded, as in glibc.
_STRFTIME_NUMBERS = {"d": (2, "0"), "e": (2, " "), "m": (2, "0"), "H": (2, "0"), "I": (2, "0"),
                     "M": (2, "0"), "S": (2, "0"), "j": (3, "0"), "U": (2, "0"), "W": (2, "0"),
                     "V": (2, "0"), "y": (2, "0"), "g": (2, "0"), "k": (2, " "), "l": (2, " "),
                     "u": (1, "0"), "w": (1, "0"), "Y": (1, "0"), "G": (1, "0"), "C": (1, "0")}
_STRFTIME_COMPOSITES = {"c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "D": "%m/%d/%y",
                        "T": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p", "F": "%Y-%m-%d"}


def _wrap_strftime(fmt, fields, tzinfo_of, microsecond):
    """Format fields (year, month, day, hour, minute, second, weekday, yday) as glibc's strftime in the C locale."""
    year, month, day, hour, minute, second, weekday, yday = fields
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        start = i - 1
        flags = ""
        while i < n and fmt[i] in "-_0^#":
            flags += fmt[i]
            i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        while i < n and fmt[i] in "EO":
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        d = fmt[i]
        i += 1
        if d in _STRFTIME_NUMBERS:
            if d in "GVg":
                iso_year, iso_week, _ = _isocalendar(year, month, day)
            value = {"d": day, "e": day, "m": month, "H": hour, "k": hour, "I": hour % 12 or 12,
                     "l": hour % 12 or 12, "M": minute, "S": second, "j": yday,
                     "U": (yday + 6 - (weekday + 1) % 7) // 7, "W": (yday + 6 - weekday) // 7,
                     "y": year % 100, "Y": year, "C": year // 100, "u": weekday + 1,
                     "w": (weekday + 1) % 7}.get(d)
            if d == "G":
                value = iso_year
            elif d == "V":
                value = iso_week
            elif d == "g":
                value = iso_year % 100
            size, pad = _STRFTIME_NUMBERS[d]
            if width:
                size = int(width)
            if "-" in flags:
                size = 0
            elif "_" in flags:
                pad = " "
            elif "0" in flags:
                pad = "0"
            out.append(str(value).rjust(size, pad))
            continue
        if d in _STRFTIME_COMPOSITES:
            text = _wrap_strftime(_STRFTIME_COMPOSITES[d], fields, tzinfo_of, microsecond)
        elif d == "f" and not flags and not width:
            text = "%06d" % microsecond
        elif d == "p" or d == "P":
            text = "AM" if hour < 12 else "PM"
            if d == "P" or "#" in flags:
                text = text.lower()
        elif d == "a":
            text = _DAYNAMES[weekday + 1]
        elif d == "A":
            text = _FULL_DAYNAMES[weekday + 1]
        elif d == "b" or d == "h":
            text = _MONTHNAMES[month]
        elif d == "B":
            text = _FULL_MONTHNAMES[month]
        elif d == "n":
            text = "\n"
        elif d == "t":
            text = "\t"
        elif d == "z" and not flags and not width:
            text = _format_offset_compact(tzinfo_of("utcoffset"))
        elif d == "Z":
            name = tzinfo_of("tzname")
            text = "" if name is None else name.lower() if "#" in flags else name
        elif d == "%":
            text = "%"
        else:
            text = fmt[start:i]
        if "^" in flags or ("#" in flags and d in "aAbBh"):
            text = text.upper()
        if width:
            text = text.rjust(int(width), "0" if "0" in flags else " ")
        out.append(text)
    return "".join(out)


def _format_offset_compact(offset):
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hh, rest = divmod(offset.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = "%s%02d%02d" % (sign, hh, mm)
    if ss or offset.microseconds:
        text += "%02d" % ss
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _format_offset(offset, sep=":"):
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hh, rest = divmod(offset.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or offset.microseconds:
        text += "%s%02d" % (sep, ss)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        weekday = (first + 6) % 7
        monday = first - weekday
        if weekday > 3:
            monday += 7
        return monday

    today = _ymd2ord(year, month, day)
    monday = week1_monday(year)
    if today < monday:
        year -= 1
        monday = week1_monday(year)
    else:
        following = week1_monday(year + 1)
        if today >= following:
            year += 1
            monday = following
    week, weekday = divmod(today - monday, 7)
    return year, week + 1, weekday + 1


def _check_utc_offset(name, offset):
    if offset is None:
        return offset
    if isinstance(offset, timedelta):
        if -timedelta(1) < offset < timedelta(1):
            return offset
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")
    raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self, "IsoCalendarDate"), self[0], self[1], self[2])


def _parse_isoformat_date(s):
    """(year, month, day) of an ISO 8601 date as 3.11 accepts it, or ValueError."""
    n = len(s)
    if n >= 7 and s[4:5] == "W" or n >= 8 and s[4:6] == "-W":
        extended = s[4] == "-"
        pos = 6 if extended else 5
        week = s[pos:pos + 2]
        pos += 2
        day = "1"
        if pos < n:
            if extended:
                if s[pos] != "-":
                    raise ValueError
                pos += 1
            day = s[pos:]
            if len(day) != 1:
                raise ValueError
        year = s[:4]
        if not (year.isdigit() and week.isdigit() and day.isdigit() and year.isascii()):
            raise ValueError
        return _isocalendar_to_ymd(int(year), int(week), int(day))
    if n == 10 and s[4] == "-" and s[7] == "-":
        parts = s[:4], s[5:7], s[8:10]
    elif n == 8:
        parts = s[:4], s[4:6], s[6:8]
    else:
        raise ValueError
    for part in parts:
        if not (part.isdigit() and part.isascii()):
            raise ValueError
    return int(parts[0]), int(parts[1]), int(parts[2])


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return _ord2ymd(monday + (week - 1) * 7 + day - 1)


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO 8601 time, or ValueError."""
    tz = None
    for marker in ("Z", "+", "-"):
        at = s.find(marker)
        if at >= 0:
            tz = _parse_isoformat_offset(s[at:])
            s = s[:at]
            break
    hour = minute = second = microsecond = 0
    fraction = ""
    for sep in (".", ","):
        if sep in s:
            s, fraction = s.split(sep, 1)
            if not fraction or not (fraction.isdigit() and fraction.isascii()):
                raise ValueError
    if ":" in s:
        parts = s.split(":")
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not (p.isdigit() and p.isascii()) for p in parts):
        raise ValueError
    if fraction and len(parts) != 3:
        raise ValueError
    values = [int(p) for p in parts] + [0, 0]
    hour, minute, second = values[:3]
    if fraction:
        microsecond = int((fraction + "00000")[:6])
    return hour, minute, second, microsecond, tz


def _parse_isoformat_offset(text):
    if text == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    hh, mm, ss, us, _ = _parse_isoformat_time(text[1:])
    offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not offset:
        return timezone.utc
    return timezone(sign * offset)


class date:

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2):
            state = _state_bytes(year)
            year, month, day = state[0] * 256 + state[1], state[2], state[3]
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_date(date_string))
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self, "date"), self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def _fields(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                _days_before_month(self._year, self._month) + self._day)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._fields(), lambda what: None, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def _order(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return _cmp(self._date_key(), other._date_key())
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        day = self.toordinal() + other.days
        if not 0 < day <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        return type(self).fromordinal(day)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        # CPython's pickle format: the fields packed in bytes.
        return (self.__class__, (bytes((self._year >> 8, self._year & 255, self._month, self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _required_from_tz(value, method):
    if value is None:
        raise ValueError(f"fromutc: non-None {method} result required")
    return value


class tzinfo:

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, "__dict__", None) or None)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _required_from_tz(dt.utcoffset(), "utcoffset()")
        saving = _required_from_tz(dt.dst(), "dst()")
        # Step to standard local time first, then ask for the saving that applies there.
        standard_shift = offset - saving
        if standard_shift:
            dt += standard_shift
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving


class time:

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, 0, 24):
            state = _state_bytes(hour)
            tzinfo = None if minute == 0 else minute
            hour, fold = state[0] & 127, state[0] >> 7
            minute, second = state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, equality):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            return _cmp(self._key(), other._key())
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond), (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            offset = (self.replace(fold=0) if self._fold else self).utcoffset()
            if not offset:
                self._hashcode = hash(self._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - offset, timedelta(hours=1))
                m //= timedelta(minutes=1)
                self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        s = "%s(%s)" % (_type_name(self, "time"), s)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            return cls(*_parse_isoformat_time(text))
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None

    def strftime(self, fmt):
        fields = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1)
        return _wrap_strftime(fmt, fields, lambda what: getattr(self, what)(), self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce_ex__(self, protocol):
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (self.__class__, (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time; aware when it has a tzinfo."""

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10, 2):
            state = _state_bytes(year)
            tzinfo = month
            year, month, fold = state[0] * 256 + state[1], state[2] & 127, state[2] >> 7
            day, hour, minute, second = state[3], state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, _, _, _ = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        result = cls._from_timestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            split = _find_isoformat_split(date_string)
            ymd = _parse_isoformat_date(date_string[:split])
            rest = date_string[split + 1:] if split < len(date_string) else ""
            if split < len(date_string) and not rest:
                raise ValueError
            hh, mm, ss, us, tz = _parse_isoformat_time(rest) if rest else (0, 0, 0, 0, None)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd, hh, mm, ss, us, tz)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, isdst))

    def _local_timestamp(self):
        return _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second,
                             -1, -1, -1))

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, 0))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            offset = timedelta(seconds=int(self.timestamp() - _time.mktime(_time.gmtime(self.timestamp()))))
            tz = timezone(offset, _time.localtime(self.timestamp()).tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(seconds=int(self._local_timestamp() - _time.mktime(_time.gmtime(self._local_timestamp()))))
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                offset = timedelta(seconds=int(self._local_timestamp() - _time.mktime(_time.gmtime(self._local_timestamp()))))
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = "%s(%s)" % (_type_name(self, "datetime"), ", ".join(map(str, fields)))
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    @classmethod
    def strptime(cls, date_string, format):
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tzinfo=tz)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._fields(), lambda what: getattr(self, what)(), self._microsecond)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(),
                _days_before_month(self._year, self._month) + self._day)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(self))

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, equality):
        mytz, ottz = self._tzinfo, other._tzinfo
        if mytz is ottz:
            return _cmp(self._key(), other._key())
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _order(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self, "datetime"), _type_name(other, "date")))
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def _to_microseconds(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._to_microseconds() + other._to_microseconds()
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if 0 < days <= _MAXORDINAL:
            hh, rest = divmod(seconds, 3600)
            mm, ss = divmod(rest, 60)
            return type(self).combine(date.fromordinal(days), time(hh, mm, ss, us, tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta(microseconds=self._to_microseconds() - other._to_microseconds())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            offset = (self.replace(fold=0) if self._fold else self).utcoffset()
            if offset is None:
                self._hashcode = hash(self._key())
            else:
                self._hashcode = hash(self._to_microseconds() - offset._to_microseconds())
        return self._hashcode

    def __reduce_ex__(self, protocol):
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255))
        return (self.__class__, (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time


def _is_digit(c):
    return "0" <= c <= "9"


def _find_isoformat_split(s):
    """Where the date part of an ISO datetime string ends (the separator, any character, follows)."""
    n = len(s)
    if n <= 7:
        return n
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n > 8 and s[8] == "-":
            if n == 9:
                raise ValueError
            return 8 if n > 10 and _is_digit(s[10]) else 10
        return 8
    if s[4] == "W":
        idx = 7
        while idx < n and _is_digit(s[idx]):
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        name = _type_name(self, "timezone")
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("tzname() argument must be a datetime instance or None")
        return self._name_from_offset(self._offset) if self._name is None else self._name

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        if delta < timedelta(0):
            sign = "-"
            delta = -delta
        else:
            sign = "+"
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return "UTC%s%02d:%02d:%02d.%06d" % (sign, hours, minutes, seconds, microseconds)
        if seconds:
            return "UTC%s%02d:%02d:%02d" % (sign, hours, minutes, seconds)
        return "UTC%s%02d:%02d" % (sign, hours, minutes)


UTC = timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# strptime: the format becomes a regular expression, one group per directive (C locale names).
_STRPTIME_DIRECTIVES = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>" + "|".join(sorted(_FULL_DAYNAMES[1:], key=len, reverse=True)) + ")",
    "a": "(?P<a>" + "|".join(_DAYNAMES[1:]) + ")",
    "B": "(?P<B>" + "|".join(sorted(_FULL_MONTHNAMES[1:], key=len, reverse=True)) + ")",
    "b": "(?P<b>" + "|".join(_MONTHNAMES[1:]) + ")",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_STRPTIME_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _strptime_regex(format, whole):
    out = []
    i = 0
    seen = set()
    while i < len(format):
        c = format[i]
        if c == "%":
            if i + 1 >= len(format):
                raise ValueError("stray %% in format '%s'" % whole)
            d = format[i + 1]
            i += 2
            if d in _STRPTIME_COMPOSITE:
                out.append(_strptime_regex(_STRPTIME_COMPOSITE[d], whole))
            elif d in _STRPTIME_DIRECTIVES:
                regex = _STRPTIME_DIRECTIVES[d]
                if d in seen and d != "%":
                    regex = "(?P=%s)" % d
                seen.add(d)
                out.append(regex)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, whole))
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append("\\" + c if c in ".^$*+?(){}[]|\\" else c)
            i += 1
    return "".join(out)


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year of weekday (Monday 0) in week (%U counts from Sunday, %W from Monday)."""
    first_weekday = (_ymd2ord(year, 1, 1) + 6) % 7
    if not monday_first:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week_0_length + 7 * (week - 1) + weekday


def _strptime(data_string, format):
    """((year, month, day, hour, minute, second, microsecond), tzinfo) read from data_string."""
    import re
    for name, value in (("strptime() argument 1", data_string), ("strptime() argument 2", format)):
        if not isinstance(value, str):
            raise TypeError("%s must be str, not %s" % (name, type(value).__name__))
    regex = _strptime_regex(format, format)
    found = re.match(regex, data_string, re.IGNORECASE)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year, month, day = 1900, 1, 1
    hour = minute = second = microsecond = 0
    tz = None
    if g.get("Y") is not None:
        year = int(g["Y"])
    elif g.get("y") is not None:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if g.get("m") is not None:
        month = int(g["m"])
    elif g.get("B") is not None:
        month = [n.lower() if n else n for n in _FULL_MONTHNAMES].index(g["B"].lower())
    elif g.get("b") is not None:
        month = [n.lower() if n else n for n in _MONTHNAMES].index(g["b"].lower())
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    elif g.get("I") is not None:
        hour = int(g["I"])
        ampm = (g.get("p") or "").lower()
        if ampm == "am" and hour == 12:
            hour = 0
        elif ampm == "pm" and hour != 12:
            hour += 12
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        microsecond = int(g["f"] + "0" * (6 - len(g["f"])))
    weekday = None
    if g.get("a") is not None:
        weekday = [n.lower() for n in _DAYNAMES[1:]].index(g["a"].lower())
    elif g.get("A") is not None:
        weekday = [n.lower() for n in _FULL_DAYNAMES[1:]].index(g["A"].lower())
    elif g.get("w") is not None:
        weekday = (int(g["w"]) + 6) % 7
    elif g.get("u") is not None:
        weekday = int(g["u"]) - 1
    julian = None
    if g.get("j") is not None:
        julian = int(g["j"])
    elif weekday is not None and (g.get("U") is not None or g.get("W") is not None):
        monday_first = g.get("W") is not None
        julian = _julian_from_week(year, int(g["W"] if monday_first else g["U"]), weekday, monday_first)
        if julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    elif weekday is not None and g.get("G") is not None and g.get("V") is not None:
        year, month, day = _isocalendar_to_ymd(int(g["G"]), int(g["V"]), weekday + 1)
    if julian is not None:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
    if g.get("z") is not None:
        z = g["z"]
        if z == "Z":
            tz = timezone.utc
        else:
            sign = -1 if z[0] == "-" else 1
            digits = z[1:].replace(":", "")
            hours, minutes, seconds = int(digits[:2]), int(digits[2:4]), int(digits[4:6] or 0)
            fraction = digits[7:] if len(digits) > 6 else ""
            micro = int(fraction + "0" * (6 - len(fraction))) if fraction else 0
            offset = sign * timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=micro)
            tz = timezone(offset, g["Z"]) if g.get("Z") else timezone(offset)
    return (year, month, day, hour, minute, second, microsecond), tz
