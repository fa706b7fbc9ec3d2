import datetime as dt
from datetime import date, time, datetime, timedelta, timezone


def show(label, fn):
    try:
        r = fn()
        print(label, repr(r), str(r) if not isinstance(r, (str, tuple)) else "")
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((-1, 5), {}), ((0, 0, 1), {}), ((1.5,), {}), ((0, 0.5), {}), ((0, 0, 0.5), {}),
                 ((0, 0, 1.5), {}), ((0, 0, 2.5), {}), ((), {"hours": -1.25, "minutes": 3}), ((), {"weeks": 2, "milliseconds": 7}),
                 ((10 ** 9,), {}), ((-10 ** 9,), {}), ((), {"days": 1e-7}), ((), {"seconds": -0.0000015}), (("1",), {}),
                 ((float("nan"),), {}), ((999999999, 86399, 999999), {}), ((-2, -3, -4), {})]:
    show("timedelta%r%r" % (args, kw), lambda: timedelta(*args, **kw))
a, b = timedelta(days=1, hours=2), timedelta(minutes=-30, seconds=7)
for label, fn in [("a+b", lambda: a + b), ("a-b", lambda: a - b), ("-a", lambda: -a), ("abs(b)", lambda: abs(b)),
                  ("a*3", lambda: a * 3), ("a*0.3", lambda: a * 0.3), ("2*b", lambda: 2 * b), ("a/b", lambda: a / b),
                  ("a/4", lambda: a / 4), ("a/0.7", lambda: a / 0.7), ("a//b", lambda: a // b), ("a//7", lambda: a // 7),
                  ("a%b", lambda: a % b), ("divmod", lambda: divmod(a, b)), ("a/0", lambda: a / 0), ("a//0", lambda: a // 0),
                  ("total", lambda: b.total_seconds()), ("parts", lambda: (b.days, b.seconds, b.microseconds)),
                  ("cmp", lambda: (a > b, a == timedelta(hours=26), a != b, b < timedelta(0))), ("bool", lambda: (bool(a), bool(timedelta()))),
                  ("max", lambda: timedelta.max), ("min", lambda: timedelta.min),
                  ("res", lambda: timedelta.resolution), ("max+res", lambda: timedelta.max + timedelta.resolution)]:
    show(label, fn)

for args in [(2024, 2, 29), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2024, 0, 1), (2024, 4, 31),
             (2024.0, 1, 1), ("2024", 1, 1), (1, 1, 1), (9999, 12, 31)]:
    show("date%r" % (args,), lambda: date(*args))
d = date(2024, 3, 15)
for label, fn in [("iso", lambda: d.isoformat()), ("ctime", lambda: d.ctime()), ("weekday", lambda: (d.weekday(), d.isoweekday())),
                  ("isocal", lambda: d.isocalendar()), ("isocal2", lambda: (date(2021, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 12, 31).isocalendar())),
                  ("ord", lambda: d.toordinal()), ("fromord", lambda: date.fromordinal(738960)), ("fromord0", lambda: date.fromordinal(0)),
                  ("timetuple", lambda: d.timetuple()), ("replace", lambda: d.replace(day=1)), ("replace bad", lambda: d.replace(month=2, day=30)),
                  ("d+td", lambda: d + timedelta(days=20)), ("d-td", lambda: d - timedelta(days=400)), ("d-d", lambda: d - date(2000, 1, 1)),
                  ("overflow", lambda: date.max + timedelta(1)), ("underflow", lambda: date.min - timedelta(1)), 
                  ("cmp", lambda: (d < date(2024, 3, 16), d == date(2024, 3, 15), d == "x")), ("format", lambda: f"{d:%d/%m/%Y} {d}"),
                  ("fromiso", lambda: [date.fromisoformat(s) for s in ["2024-03-15", "20240315", "2024-W11-5", "2024W115", "2024-W01"]]),
                  ("fromiso bad", lambda: date.fromisoformat("2024-3-15")), ("fromiso type", lambda: date.fromisoformat(20240315)),
                  ("fromisocal", lambda: date.fromisocalendar(2020, 53, 7)), ("fromisocal bad", lambda: date.fromisocalendar(2021, 53, 1)),
                  ("strftime", lambda: d.strftime("%a %A %b %B %d %j %U %W %w %u %G %V %y %Y %H %M %S %f %% %x %c")),
                  ("min/max", lambda: (date.min, date.max, date.resolution))]:
    show(label, fn)

for args, kw in [((), {}), ((12, 30), {}), ((1, 2, 3, 4), {}), ((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10 ** 6), {}),
                 ((1,), {"fold": 1}), ((1,), {"fold": 2}), ((1,), {"tzinfo": timezone.utc}), ((1,), {"tzinfo": 5})]:
    show("time%r%r" % (args, kw), lambda: time(*args, **kw))
t = time(9, 5, 7, 12345)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "bogus"]:
    show("timespec " + spec, lambda: t.isoformat(timespec=spec))
show("time fromiso", lambda: [time.fromisoformat(s) for s in ["09:05", "09:05:07", "09:05:07.5", "09:05:07.123456789", "T0905", "09:05+01:00", "09:05Z"]])
show("time fromiso bad", lambda: time.fromisoformat("9:05"))
show("time strftime", lambda: t.strftime("%H:%M:%S.%f %p %I"))
show("time cmp", lambda: (t < time(10), t == time(9, 5, 7, 12345)))
show("time naive/aware", lambda: t < time(1, tzinfo=timezone.utc))
show("time aware", lambda: time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc))

tz2 = timezone(timedelta(hours=2), "EET")
for args, kw in [((2024, 1, 5), {}), ((2024, 1, 5, 13, 4), {}), ((2024, 1, 5, 13, 4, 5, 6), {}), ((2024, 1, 5, 0, 0, 0, 6), {}),
                 ((2024, 1, 5, 13), {"tzinfo": timezone.utc}), ((2024, 1, 5, 13), {"tzinfo": tz2, "fold": 1}), ((2024, 2, 30), {})]:
    show("datetime%r%r" % (args, kw), lambda: datetime(*args, **kw))
x = datetime(2024, 12, 31, 23, 59, 58, 500000)
y = datetime(2024, 6, 1, 12, tzinfo=tz2)
for label, fn in [("x+2s", lambda: x + timedelta(seconds=2)), ("x-y naive", lambda: x - y), ("y-y", lambda: y - datetime(2024, 6, 1, tzinfo=timezone.utc)),
                  ("x-td", lambda: x - timedelta(days=366)), ("x-x", lambda: x - datetime(2000, 1, 1)), ("iso", lambda: y.isoformat()),
                  ("iso sep", lambda: x.isoformat(" ", "minutes")), ("str", lambda: str(y)), ("ctime", lambda: x.ctime()),
                  ("date/time", lambda: (x.date(), x.time(), y.timetz())), ("utcoffset", lambda: (y.utcoffset(), y.tzname(), y.dst(), x.utcoffset())),
                  ("astimezone", lambda: y.astimezone(timezone.utc)), ("astimezone2", lambda: y.astimezone(timezone(timedelta(hours=-5)))),
                  ("timestamp", lambda: y.timestamp()), ("utcfromts", lambda: datetime.utcfromtimestamp(1700000000.25)),
                  ("fromts utc", lambda: datetime.fromtimestamp(1700000000, timezone.utc)), ("combine", lambda: datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=tz2))),
                  ("cmp naive aware", lambda: x < y), ("eq naive aware", lambda: x == y), ("cmp date", lambda: x < date(2024, 1, 1)),
                  ("eq date", lambda: x == date(2024, 12, 31)), ("cmp aware", lambda: y > datetime(2024, 6, 1, 9, tzinfo=timezone.utc)),
                  ("replace", lambda: x.replace(year=2023, tzinfo=timezone.utc)), ("timetuple", lambda: y.timetuple()),
                  ("strftime", lambda: y.strftime("%Y-%m-%d %H:%M:%S %z %Z %j")), ("format", lambda: f"{x:%d.%m.%Y %H:%M}|{x}"),
                  ("fromiso", lambda: [datetime.fromisoformat(s) for s in ["2024-01-05", "2024-01-05T10:20", "2024-01-05 10:20:30.25", "2024-01-05T10:20:30+05:30", "20240105T102030Z", "2024-01-05T24:00"]]),
                  ("fromiso bad", lambda: datetime.fromisoformat("2024-01-05X")),
                  ("strptime", lambda: datetime.strptime("2024-03-15 14:30:05", "%Y-%m-%d %H:%M:%S")),
                  ("strptime2", lambda: datetime.strptime("15 March 24 2:30PM", "%d %B %y %I:%M%p")),
                  ("strptime3", lambda: datetime.strptime("Fri, 15 Mar 2024 14:30:05 +0200", "%a, %d %b %Y %H:%M:%S %z")),
                  ("strptime4", lambda: datetime.strptime("2024-075 1.5", "%Y-%j %S.%f")),
                  ("strptime bad", lambda: datetime.strptime("2024", "%Y %m")), ("strptime extra", lambda: datetime.strptime("2024 01 01x", "%Y %m %d")),
                  ("strptime directive", lambda: datetime.strptime("2024", "%Q")), ("strptime stray", lambda: datetime.strptime("2024", "%Y%")),
                  ("strptime feb29", lambda: datetime.strptime("Feb 29", "%b %d")), ("min/max", lambda: (datetime.min, datetime.max)),
                  ("overflow", lambda: datetime.max + timedelta(microseconds=1)), ("isinstance", lambda: (isinstance(x, date), issubclass(datetime, date)))]:
    show(label, fn)

for args in [(timedelta(hours=1),), (timedelta(hours=-1, minutes=-30), "X"), (timedelta(0),), (timedelta(hours=24),), (5,),
             (timedelta(seconds=90),), (timedelta(hours=1), 5)]:
    show("timezone%r" % (args,), lambda: timezone(*args))
show("utc", lambda: (timezone.utc, str(timezone.utc), timezone.utc.tzname(None), dt.UTC is timezone.utc, timezone.min, timezone.max))
show("tz eq", lambda: (timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "A"), timezone(timedelta(0)) is timezone.utc))
show("consts", lambda: (dt.MINYEAR, dt.MAXYEAR))


class Plus3(dt.tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=3)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return "P3"

    def __repr__(self):
        return "Plus3()"


z = datetime(2024, 5, 5, 5, tzinfo=Plus3())
show("custom tz", lambda: (z, z.isoformat(), z.utcoffset(), z.tzname(), z.astimezone(timezone.utc), z.strftime("%z %Z")))
show("abstract", lambda: datetime(2024, 1, 1, tzinfo=dt.tzinfo()).utcoffset())


def timestamps():
    from datetime import datetime, date, timezone, timedelta
    for t in [0, 1700000000.5, -1.25, 1.0000005, 2.0000015, 1e9 + 0.999999, 1e9 + 0.9999996]:
        d = datetime.fromtimestamp(t)
        print(repr(d), d.timestamp(), repr(datetime.utcfromtimestamp(t)), repr(datetime.fromtimestamp(t, timezone(timedelta(hours=5)))))
    print(date.fromtimestamp(86400 * 365.5))
    x = datetime(2024, 5, 5, 12, 30)
    print(repr(x.astimezone()), repr(x.astimezone(timezone.utc)), x.timestamp(), repr(datetime(2024, 5, 5, tzinfo=timezone.utc).astimezone()))
    print(type(datetime.now()).__name__, datetime.now().year > 2000, date.today().year > 2000, datetime.now(timezone.utc).tzinfo)
    print(x.utctimetuple(), x.timetuple())


timestamps()


def isoformat_and_weeks():
    for s in ["2024-01-05T", "2022W52520", "2025W01503", "2026W01516", "2024-01-05T1", "2024-01-05T10:2", "2024-01-05 10:20:30.1234567", "2024-01-05T10:20:30,5+01", "2024-01-05T10:20:30-0130", "2024-01-05T10:20:30+01:30:15.5", "2024-W01-1T10", "2024-W011", "2024W01", "20240105", "2024-01-05X10:20"]:
        try: print(repr(datetime.fromisoformat(s)))
        except Exception as e: print(type(e).__name__, e)
    for text, fmt in [("6/4/2003", "%u/%V/%G"), ("6/04/03", "%w/%U/%y"), ("1/52/2020", "%w/%W/%Y"), ("Mon 00 2024", "%a %U %Y"), ("Sunday 00 2023", "%A %W %Y")]:
        print(repr(datetime.strptime(text, fmt)))


isoformat_and_weeks()


def pickles():
    import pickle, copy
    objs = [date(2024, 3, 5), time(1, 2, 3, 456789), time(23, 0, tzinfo=timezone.utc), time(5, fold=1),
            datetime(2024, 3, 5, 6, 7, 8, 9), datetime(2024, 3, 5, 6, tzinfo=timezone(timedelta(hours=2), "X")),
            datetime(2024, 3, 5, fold=1), timedelta(1, 2, 3), timezone.utc, timezone(timedelta(minutes=-90))]
    for o in objs:
        for proto in range(0, 6):
            data = pickle.dumps(o, proto)
            back = pickle.loads(data)
            print(proto, repr(back), back == o, getattr(back, "fold", None))
        print(repr(copy.copy(o)), repr(copy.deepcopy(o)))
    print(repr(date(b"\x07\xe8\x03\x05")), repr(datetime(b"\x07\xe8\x83\x05\x06\x07\x08\x00\x00\x09")))


pickles()


def strftime_flags():
    d = datetime(2024, 1, 5, 15, 4, 5, 6)
    for f in ["%C|%g|%k|%l|%P|%r|%h|%D|%T|%R|%n|%t|%Ey|%Od|%-d|%_d|%04Y|%^a|%#b", "abc%", "%", "%%%", "%z%Z", "%-m/%-d/%Y %-I:%M %p", "%_H|%-j|%5d|%^B|%10A|%#p|%#Z|%-y", "%c|%x|%X|%F", "%Q %5Q %-Q", "%E", "%-"]:
        print(repr(d.strftime(f)))
    print(repr(date(5, 1, 1).strftime("%Y|%C|%G|%y|%g")), repr(time(0, 5).strftime("%I %l %p %j %a %Y")))
    print(repr(datetime(999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-3))).strftime("%Y %C %G %V %U %W %u %w %z %Z %c")))


strftime_flags()
