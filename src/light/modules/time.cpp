// The time module: the clocks, sleep, and the conversions between seconds
// since the epoch, struct_time and text, over the C library's own (on WASI
// the local time zone is UTC); strptime borrows datetime's parser.

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/struct_seq.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/vm/import.h"

namespace pytier::light::modules {

namespace {

StructSeqType struct_time_type;

const char* const kStructTimeFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",   "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

int64_t clock_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Value seconds(clockid_t id) { return float_from_double(double(clock_ns(id)) * 1e-9); }

Value time_time(Value, const Value*, size_t, Value) { return seconds(CLOCK_REALTIME); }
Value time_time_ns(Value, const Value*, size_t, Value) { return int_from_i64(clock_ns(CLOCK_REALTIME)); }
Value time_monotonic(Value, const Value*, size_t, Value) { return seconds(CLOCK_MONOTONIC); }
Value time_monotonic_ns(Value, const Value*, size_t, Value) { return int_from_i64(clock_ns(CLOCK_MONOTONIC)); }
Value time_process_time(Value, const Value*, size_t, Value) { return seconds(CLOCK_PROCESS_CPUTIME_ID); }
Value time_process_time_ns(Value, const Value*, size_t, Value) {
  return int_from_i64(clock_ns(CLOCK_PROCESS_CPUTIME_ID));
}

// A number of seconds as a double (sleep's argument), within CPython's
// range: nanoseconds in 64 bits.
bool seconds_arg(Value v, double* out) {
  if (float_check(v)) {
    *out = float_value(v);
    if (std::isnan(*out)) {
      raise_str(&exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
  } else {
    int64_t i;
    if (!index_as_i64(v, &i, &exc::OverflowError)) {
      if (!matches(&exc::OverflowError)) return false;
      clear_error();
      i = INT64_MAX;
    }
    *out = double(i);
  }
  if (!(*out * 1e9 >= -9.2233720368547758e18 && *out * 1e9 < 9.2233720368547758e18)) {
    raise_str(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

Value time_sleep(Value, const Value* args, size_t, Value) {
  double secs;
  if (!seconds_arg(args[0], &secs)) return Value();
  if (secs < 0) return raise_str(&exc::ValueError, "sleep length must be non-negative");
  double whole = std::floor(secs);
  timespec ts{time_t(whole), long((secs - whole) * 1e9)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
  return newref(none());
}

// The time_t of an optional seconds argument (absent or None: now),
// rounded toward minus infinity.
bool time_t_arg(const Value* args, size_t nargs, time_t* out) {
  if (nargs == 0 || is_none(args[0])) {
    *out = time(nullptr);
    return true;
  }
  Value v = args[0];
  if (float_check(v)) {
    double d = std::floor(float_value(v));
    if (std::isnan(d)) {
      raise_str(&exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
      raise_str(&exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = time_t(d);
    return true;
  }
  int64_t i;
  if (!index_as_i64(v, &i, &exc::OverflowError)) {
    if (matches(&exc::OverflowError)) {
      clear_error();
      raise_str(&exc::OverflowError, "timestamp out of range for platform time_t");
    }
    return false;
  }
  *out = time_t(i);
  return true;
}

// OSError for a conversion the C library refused (EOVERFLOW, usually).
Value conversion_error() {
  if (errno == 0) errno = EINVAL;
  return raise_errno();
}

// The zone fields of a struct tm. WASI's C library has none and its local
// time is UTC; gmtime's zone is called GMT, as glibc calls it.
#ifdef __wasi__
const char* zone_name(const tm&, bool utc) { return utc ? "GMT" : "UTC"; }
long zone_offset(const tm&) { return 0; }
#else
const char* zone_name(const tm& t, bool) { return t.tm_zone ? t.tm_zone : "UTC"; }
long zone_offset(const tm& t) { return t.tm_gmtoff; }
#endif

Value struct_time_from(const tm& t, bool utc) {
  Value v[] = {int_from_i64(int64_t(t.tm_year) + 1900), Value::small(t.tm_mon + 1), Value::small(t.tm_mday),
               Value::small(t.tm_hour),      Value::small(t.tm_min),     Value::small(t.tm_sec),
               Value::small((t.tm_wday + 6) % 7), Value::small(t.tm_yday + 1), Value::small(t.tm_isdst),
               str_from_utf8(zone_name(t, utc)), int_from_i64(zone_offset(t))};
  return struct_seq_new(&struct_time_type, v);
}

Value converted(const Value* args, size_t nargs, bool utc) {
  time_t when;
  if (!time_t_arg(args, nargs, &when)) return Value();
  tm t{};
  errno = 0;
  if (!(utc ? gmtime_r(&when, &t) : localtime_r(&when, &t))) return conversion_error();
  return struct_time_from(t, utc);
}

Value time_gmtime(Value, const Value* args, size_t nargs, Value) { return converted(args, nargs, true); }
Value time_localtime(Value, const Value* args, size_t nargs, Value) { return converted(args, nargs, false); }

// A 9-item tuple or struct_time as a struct tm (C's field conventions).
bool tm_arg(Value v, tm* out, const char* fname) {
  *out = tm{};
  if (!tuple_check(v)) {
    type_error("Tuple or struct_time argument required");
    return false;
  }
  Tuple* t = as_tuple(v);
  if (t->size != 9) {
    type_error("%s(): illegal time tuple argument", fname);
    return false;
  }
  int f[9];
  for (int i = 0; i < 9; ++i) {
    int64_t x;
    if (!index_as_i64(t->items[i], &x, &exc::OverflowError)) return false;
    if (x > INT_MAX || x < INT_MIN) {
      raise_str(&exc::OverflowError, x > 0 ? "signed integer is greater than maximum"
                                            : "signed integer is less than minimum");
      return false;
    }
    f[i] = int(x);
  }
  if (f[0] < INT_MIN + 1900) {
    raise_str(&exc::OverflowError, "year out of range");
    return false;
  }
  out->tm_year = f[0] - 1900;
  out->tm_mon = f[1] - 1;
  out->tm_mday = f[2];
  out->tm_hour = f[3];
  out->tm_min = f[4];
  out->tm_sec = f[5];
  out->tm_wday = (f[6] + 1) % 7;
  out->tm_yday = f[7] - 1;
  out->tm_isdst = f[8];
  if (type_of(v) == &struct_time_type) {
    int64_t gmtoff;
    Value off = t->items[10];
    if (!is_none(off) && !index_as_i64(off, &gmtoff, &exc::OverflowError)) return false;
#ifndef __wasi__
    if (!is_none(off)) out->tm_gmtoff = long(gmtoff);
#endif
  }
  return true;
}

// The ranges strftime and asctime index their tables by; a zero month, day
// or day of year stands for the first.
bool check_tm(tm* t) {
  const char* bad = nullptr;
  if (t->tm_mon == -1) t->tm_mon = 0;
  else if (t->tm_mon < 0 || t->tm_mon > 11) bad = "month out of range";
  if (!bad && t->tm_mday == 0) t->tm_mday = 1;
  else if (!bad && (t->tm_mday < 0 || t->tm_mday > 31)) bad = "day of month out of range";
  if (!bad && (t->tm_hour < 0 || t->tm_hour > 23)) bad = "hour out of range";
  if (!bad && (t->tm_min < 0 || t->tm_min > 59)) bad = "minute out of range";
  if (!bad && (t->tm_sec < 0 || t->tm_sec > 61)) bad = "seconds out of range";
  if (!bad && t->tm_wday < 0) bad = "day of week out of range";
  if (!bad && t->tm_yday == -1) t->tm_yday = 0;
  else if (!bad && (t->tm_yday < 0 || t->tm_yday > 365)) bad = "day of year out of range";
  if (bad) raise_str(&exc::ValueError, bad);
  return !bad;
}

// A struct tm from an optional tuple argument (absent: local time now).
bool tm_or_now(const Value* args, size_t nargs, tm* out, const char* fname) {
  if (nargs == 0) {
    time_t now = time(nullptr);
    *out = tm{};
    localtime_r(&now, out);
    return true;
  }
  return tm_arg(args[0], out, fname) && check_tm(out);
}

Value time_strftime(Value, const Value* args, size_t nargs, Value) {
  if (!str_check(args[0])) return type_error("strftime() argument 1 must be str, not %s", type_of(args[0])->name.c_str());
  tm t;
  if (!tm_or_now(args + 1, nargs - 1, &t, "strftime")) return Value();
  if (t.tm_isdst < -1) t.tm_isdst = -1;
  else if (t.tm_isdst > 1) t.tm_isdst = 1;
  std::string format = str_to_utf8(args[0]);
  if (format.find('\0') != std::string::npos) return raise_str(&exc::ValueError, "embedded null character");
  // An empty result is ambiguous (too small a buffer, or nothing to print):
  // grow up to 256 times the format's length, as CPython does.
  for (size_t size = 1024;; size *= 2) {
    std::string out(size, '\0');
    size_t n = strftime(out.data(), size, format.c_str(), &t);
    if (n > 0 || size >= 256 * format.size()) return str_from_utf8(std::string_view(out.data(), n));
  }
}

Value asctime_text(const tm& t) {
  static const char kDays[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char kMonths[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[t.tm_wday], kMonths[t.tm_mon], t.tm_mday,
                t.tm_hour, t.tm_min, t.tm_sec, 1900LL + t.tm_year);
  return str_from_ascii(buf);
}

Value time_asctime(Value, const Value* args, size_t nargs, Value) {
  tm t;
  if (!tm_or_now(args, nargs, &t, "asctime")) return Value();
  return asctime_text(t);
}

Value time_ctime(Value, const Value* args, size_t nargs, Value) {
  time_t when;
  if (!time_t_arg(args, nargs, &when)) return Value();
  tm t{};
  if (!localtime_r(&when, &t)) return conversion_error();
  return asctime_text(t);
}

Value time_mktime(Value, const Value* args, size_t, Value) {
  tm t;
  if (!tm_arg(args[0], &t, "mktime")) return Value();
  t.tm_wday = -1;  // mktime sets it on success: tells a true -1 from failure
  time_t r = mktime(&t);
  if (r == time_t(-1) && t.tm_wday == -1) return raise_str(&exc::OverflowError, "mktime argument out of range");
  return float_from_double(double(r));
}

// strptime(string, format): datetime's parser (CPython's time module
// imports _strptime the same way), as a struct_time with tm_isdst -1.
Value time_strptime(Value, const Value* args, size_t nargs, Value) {
  Ref datetime(vm::import_module("datetime"));
  Ref parse(datetime ? getattr(datetime.get(), str_intern("_strptime")) : Value());
  if (!parse) return Value();
  Ref format(nargs > 1 ? newref(args[1]) : str_from_ascii("%a %b %d %H:%M:%S %Y"));
  Ref parsed(format ? call2(parse.get(), args[0], format.get()) : Value());
  if (!parsed) return Value();
  Ref datetime_type(getattr(datetime.get(), str_intern("datetime")));
  if (!datetime_type) return Value();
  Tuple* fields = as_tuple(as_tuple(parsed.get())->items[0]);
  Ref moment(call(datetime_type.get(), fields->items, size_t(fields->size)));
  if (!moment) return Value();
  return call_method(moment.get(), str_intern("timetuple"), nullptr, 0);
}

const MethodDef kTimeFunctions[] = {
    {"time", time_time, 0, 0},
    {"time_ns", time_time_ns, 0, 0},
    {"monotonic", time_monotonic, 0, 0},
    {"monotonic_ns", time_monotonic_ns, 0, 0},
    {"perf_counter", time_monotonic, 0, 0},
    {"perf_counter_ns", time_monotonic_ns, 0, 0},
    {"process_time", time_process_time, 0, 0},
    {"process_time_ns", time_process_time_ns, 0, 0},
    {"sleep", time_sleep, 1, 1},
    {"gmtime", time_gmtime, 0, 1},
    {"localtime", time_localtime, 0, 1},
    {"mktime", time_mktime, 1, 1},
    {"strftime", time_strftime, 1, 2},
    {"asctime", time_asctime, 0, 1},
    {"ctime", time_ctime, 0, 1},
    {"strptime", time_strptime, 1, 2},
    {nullptr, nullptr, 0, 0},
};

// timezone, altzone, daylight and tzname from this year's January and July,
// as CPython computes them.
bool add_zone_facts(Module* m) {
  time_t now = time(nullptr);
  tm year{};
  localtime_r(&now, &year);
  tm jan{}, jul{};
  time_t jan_t = now - (year.tm_yday * 86400);
  time_t jul_t = jan_t + 182 * 86400;
  localtime_r(&jan_t, &jan);
  localtime_r(&jul_t, &jul);
  long jan_off = -zone_offset(jan), jul_off = -zone_offset(jul);
  std::string jan_name = zone_name(jan, false), jul_name = zone_name(jul, false);
  bool south = jan_off < jul_off;  // daylight time in January
  Ref std_name(str_from_utf8(south ? jul_name : jan_name)), dst_name(str_from_utf8(south ? jan_name : jul_name));
  if (!std_name || !dst_name) return false;
  return add_value(m, "timezone", int_from_i64(south ? jul_off : jan_off)) &&
         add_value(m, "altzone", int_from_i64(south ? jan_off : jul_off)) &&
         add_value(m, "daylight", int_from_i64(jan_off != jul_off)) &&
         add_value(m, "tzname", tuple_pack({std_name.get(), dst_name.get()}));
}

}  // namespace

Module* make_time() {
  if (!struct_time_type.mro && !struct_seq_ready(&struct_time_type, "time.struct_time", kStructTimeFields, 9, 11))
    return nullptr;
  Module* m = module_new("time");
  if (!m) return nullptr;
  if (!add_functions(m, kTimeFunctions) || !add_value(m, "struct_time", newref(Value(&struct_time_type))) ||
      !add_zone_facts(m)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
