// _json.make_scanner: the recursive-descent JSON parser behind
// JSONDecoder.scan_once, with CPython's error texts and positions. "No
// value here" is StopIteration(idx), which the decoder turns into
// "Expecting value".

#include "light/modules/json.h"

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules::json {

Type scanner_type;

namespace {

struct Scanner : Object {
  bool strict;
  Value object_hook;
  Value object_pairs_hook;
  Value parse_float;
  Value parse_int;
  Value parse_constant;
  Value memo;  // a dict: one str object per distinct key, cleared after each call
};

// One call's input.
struct Input {
  Scanner* scanner;
  Value doc;
  const Str* s;
  int64_t length;

  char32_t at(int64_t i) const { return s->at(i); }
  int64_t skip_space(int64_t i) const {
    while (i < length) {
      char32_t c = at(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++i;
    }
    return i;
  }
  bool matches(int64_t i, const char* word) const {
    for (; *word; ++word, ++i) {
      if (i >= length || at(i) != char32_t(*word)) return false;
    }
    return true;
  }
};

Value scan_value(const Input& in, int64_t idx, int64_t* next);

Value scan_object(const Input& in, int64_t idx, int64_t* next) {
  Scanner* sc = in.scanner;
  bool pairs_hook = !is_none(sc->object_pairs_hook);
  Ref result(pairs_hook ? list_new(0) : Value(dict_new()));
  if (!result) return Value();
  idx = in.skip_space(idx);
  if (idx >= in.length || in.at(idx) != '}') {
    for (;;) {
      if (idx >= in.length || in.at(idx) != '"') {
        return decode_error("Expecting property name enclosed in double quotes", in.doc, idx);
      }
      int64_t after;
      Ref key(scan_string(in.doc, idx + 1, sc->strict, &after));
      if (!key) return Value();
      // Equal keys share one str object, as CPython's memo makes them.
      Value known = dict_get(as_dict(sc->memo), key.get());
      if (known) {
        key = Ref::borrow(known);
      } else if (dict_set(as_dict(sc->memo), key.get(), key.get()) < 0) {
        return Value();
      }
      idx = in.skip_space(after);
      if (idx >= in.length || in.at(idx) != ':') return decode_error("Expecting ':' delimiter", in.doc, idx);
      idx = in.skip_space(idx + 1);
      Ref value(scan_value(in, idx, &after));
      if (!value) return Value();
      if (pairs_hook) {
        Ref pair(tuple_pack({key.get(), value.get()}));
        if (!pair || list_append(result.get(), pair.get()) < 0) return Value();
      } else if (dict_set(as_dict(result.get()), key.get(), value.get()) < 0) {
        return Value();
      }
      idx = in.skip_space(after);
      if (idx < in.length && in.at(idx) == '}') break;
      if (idx >= in.length || in.at(idx) != ',') return decode_error("Expecting ',' delimiter", in.doc, idx);
      idx = in.skip_space(idx + 1);
    }
  }
  *next = idx + 1;
  if (pairs_hook) return call1(sc->object_pairs_hook, result.get());
  if (!is_none(sc->object_hook)) return call1(sc->object_hook, result.get());
  return result.release();
}

Value scan_array(const Input& in, int64_t idx, int64_t* next) {
  Ref result(list_new(0));
  if (!result) return Value();
  idx = in.skip_space(idx);
  if (idx >= in.length || in.at(idx) != ']') {
    for (;;) {
      int64_t after;
      Ref value(scan_value(in, idx, &after));
      if (!value || list_append(result.get(), value.get()) < 0) return Value();
      idx = in.skip_space(after);
      if (idx < in.length && in.at(idx) == ']') break;
      if (idx >= in.length || in.at(idx) != ',') return decode_error("Expecting ',' delimiter", in.doc, idx);
      idx = in.skip_space(idx + 1);
    }
  }
  *next = idx + 1;
  return result.release();
}

Value scan_constant(const Input& in, const char* word, int64_t idx, int64_t* next) {
  Ref text(str_from_ascii(word));
  if (!text) return Value();
  *next = idx + int64_t(std::char_traits<char>::length(word));
  return call1(in.scanner->parse_constant, text.get());
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// A number at start, read as far as JSON's grammar allows.
Value scan_number(const Input& in, int64_t start, int64_t* next) {
  int64_t idx = start, last = in.length - 1;
  if (in.at(idx) == '-' && ++idx > last) return stop_iteration(Value::small(start));
  if (in.at(idx) >= '1' && in.at(idx) <= '9') {
    ++idx;
    while (idx <= last && is_digit(in.at(idx))) ++idx;
  } else if (in.at(idx) == '0') {
    ++idx;
  } else {
    return stop_iteration(Value::small(start));
  }
  bool is_float = false;
  if (idx < last && in.at(idx) == '.' && is_digit(in.at(idx + 1))) {
    is_float = true;
    idx += 2;
    while (idx <= last && is_digit(in.at(idx))) ++idx;
  }
  if (idx < last && (in.at(idx) == 'e' || in.at(idx) == 'E')) {
    int64_t e_start = idx++;
    if (idx < last && (in.at(idx) == '-' || in.at(idx) == '+')) ++idx;
    while (idx <= last && is_digit(in.at(idx))) ++idx;
    // An exponent without digits is not part of the number.
    if (is_digit(in.at(idx - 1))) {
      is_float = true;
    } else {
      idx = e_start;
    }
  }
  *next = idx;
  // The digits are ASCII, so they sit in the str's data as UTF-8 when it is ASCII.
  std::string text;
  text.reserve(size_t(idx - start));
  for (int64_t i = start; i < idx; ++i) text.push_back(char(in.at(i)));
  Scanner* sc = in.scanner;
  if (is_float) {
    if (sc->parse_float == Value(&float_type)) return float_from_text(text);
    Ref s(str_from_ascii(text));
    return s ? call1(sc->parse_float, s.get()) : Value();
  }
  if (sc->parse_int == Value(&int_type) && text.size() <= 18) {
    int64_t v = 0;
    for (char c : std::string_view(text).substr(text[0] == '-')) v = v * 10 + (c - '0');
    return Value::small(text[0] == '-' ? -v : v);
  }
  Ref s(str_from_ascii(text));
  return s ? call1(sc->parse_int, s.get()) : Value();
}

Value scan_value(const Input& in, int64_t idx, int64_t* next) {
  if (idx < 0) return value_error("idx cannot be negative");
  if (idx >= in.length) return stop_iteration(Value::small(idx));
  switch (in.at(idx)) {
    case '"':
      return scan_string(in.doc, idx + 1, in.scanner->strict, next);
    case '{': {
      if (!enter_recursion(" while decoding a JSON object from a unicode string")) return Value();
      Value v = scan_object(in, idx + 1, next);
      leave_recursion();
      return v;
    }
    case '[': {
      if (!enter_recursion(" while decoding a JSON array from a unicode string")) return Value();
      Value v = scan_array(in, idx + 1, next);
      leave_recursion();
      return v;
    }
    case 'n':
      if (in.matches(idx, "null")) {
        *next = idx + 4;
        return none();
      }
      break;
    case 't':
      if (in.matches(idx, "true")) {
        *next = idx + 4;
        return py_true();
      }
      break;
    case 'f':
      if (in.matches(idx, "false")) {
        *next = idx + 5;
        return py_false();
      }
      break;
    case 'N':
      if (in.matches(idx, "NaN")) return scan_constant(in, "NaN", idx, next);
      break;
    case 'I':
      if (in.matches(idx, "Infinity")) return scan_constant(in, "Infinity", idx, next);
      break;
    case '-':
      if (in.matches(idx, "-Infinity")) return scan_constant(in, "-Infinity", idx, next);
      break;
  }
  return scan_number(in, idx, next);
}

Value scanner_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"string", "idx"};
  Value a[2];
  if (!bind_keywords("scan_once", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0] || !a[1]) {
    return type_error("scan_once() missing required argument '%s' (pos %d)", a[0] ? "idx" : "string", a[0] ? 2 : 1);
  }
  if (!str_check(a[0])) return type_error("first argument must be a string, not %.80s", type_of(a[0])->name.c_str());
  int64_t idx;
  if (!index_as_i64(a[1], &idx, &exc::OverflowError)) return Value();
  auto* sc = self.as<Scanner>();
  Input in{sc, a[0], a[0].as<Str>(), a[0].as<Str>()->length};
  int64_t next = 0;
  Ref value(scan_value(in, idx, &next));
  if (dict_clear(as_dict(sc->memo)) < 0) return Value();
  if (!value) return Value();
  Ref end(int_from_i64(next));
  return end ? tuple_pack({value.get(), end.get()}) : Value();
}

Value scanner_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"context"};
  Value ctx;
  if (!bind_keywords("make_scanner", args, nargs, kwnames, kNames, 1, &ctx)) return Value();
  if (!ctx) return type_error("make_scanner() missing required argument 'context' (pos 1)");
  Ref memo{Value(dict_new())};
  if (!memo) return Value();
  Ref strict(getattr(ctx, str_intern("strict")));
  if (!strict) return Value();
  int strict_flag = truth(strict.get());
  if (strict_flag < 0) return Value();
  Ref sc(Value(alloc_object(type, type->basic_size)));
  if (!sc) return Value();
  auto* s = sc.as<Scanner>();
  s->strict = strict_flag;
  s->memo = memo.release();
  struct Field {
    const char* name;
    Value* slot;
  } fields[] = {{"object_hook", &s->object_hook}, {"object_pairs_hook", &s->object_pairs_hook},
                {"parse_float", &s->parse_float}, {"parse_int", &s->parse_int},
                {"parse_constant", &s->parse_constant}};
  for (Field& f : fields) {
    *f.slot = getattr(ctx, str_intern(f.name));
    if (!*f.slot) return Value();
  }
  return sc.release();
}

void scanner_dealloc(Object* o) {
  auto* s = static_cast<Scanner*>(o);
  for (Value v : {s->object_hook, s->object_pairs_hook, s->parse_float, s->parse_int, s->parse_constant, s->memo}) {
    xdecref(v);
  }
  free_object(o);
}

}  // namespace

void init_scanner_type() {
  Type* t = &scanner_type;
  t->name = "_json.Scanner";
  t->basic_size = sizeof(Scanner);
  t->flags = Type::kBaseType;
  t->dealloc = scanner_dealloc;
  t->new_ = scanner_new;
  t->call = scanner_call;
}

}  // namespace pytier::light::modules::json
