import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.time_ns()
time.sleep(0.01)
print(type(t0).__name__, type(n0).__name__, time.monotonic() - m0 >= 0.01, time.perf_counter() > p0, time.time_ns() > n0)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
t = time.gmtime(86400 * 365.25 * 30 + 3723.7)
print(t, len(t), t.tm_zone, t.tm_gmtoff, t[0], t[-1], t[:3])
print(time.asctime(t), time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %%', t))
print(time.ctime(0), time.gmtime(0), time.gmtime(-1.5))
print(time.mktime(time.localtime(1000000)), time.localtime(0).tm_year)
print(time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)))
st = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'X', 5))
print(st.tm_zone, st.tm_gmtoff, time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.__module__)
print(st.__reduce__(), time.gmtime(2**40), isinstance(st, tuple), st == (1, 2, 3, 4, 5, 6, 7, 8, 9))
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
print(time.localtime(12345) == time.localtime(12345.9), time.gmtime(None) >= time.gmtime(0))
for f in [lambda: time.mktime((1, 2)), lambda: time.mktime(5), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.gmtime('x'), lambda: time.gmtime(float('nan')), lambda: time.gmtime(1e30), lambda: time.sleep(-1),
          lambda: time.sleep('a'), lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0, 5)), lambda: time.strftime(5),
          lambda: time.struct_time((1, 2)), lambda: time.struct_time((1,) * 12), lambda: time.gmtime(0).foo,
          lambda: setattr(time.gmtime(0), 'tm_year', 5), lambda: time.strftime('%Y', (2020, 1, 1, 25, 0, 0, 0, 1, 0)),
          lambda: time.strftime('%Y', (2020, 1, 32, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
          lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 7, 1, 0)), lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, -2, 1, 0)),
          lambda: time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)),
          lambda: time.gmtime(2**80), lambda: time.strftime('%Y', (2**40, 1, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import time
t = time.strptime('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'); print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime('5 Mar 2024', '%d %b %Y'))
print(time.strptime('2024', '%Y'), time.strptime("Tue Mar  5 10:11:12 2024"))
try: time.strptime('x', '%Y')
except ValueError as e: print(e)
print(time.mktime(time.strptime("2000-01-01", "%Y-%m-%d")) - time.mktime(time.strptime("1999-12-31", "%Y-%m-%d")))
for v in [1e30, float('inf'), 2**70, -0.0, 0]:
    try:
        print(time.sleep(v))
    except Exception as e:
        print(type(e).__name__, e)
