// _json.make_encoder: the one-shot JSON encoder json.dumps uses when there is
// no indent, writing the whole text into one buffer, with CPython's order of
// checks and error texts. Its indent argument is accepted and ignored, as
// CPython 3.11's C encoder does.

#include "light/modules/json.h"

#include <cmath>
#include <cstdio>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/dict.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules::json {

Type encoder_type;

namespace {

struct Encoder : Object {
  Value markers;  // a dict of id -> container being encoded, or None
  Value default_fn;
  Value escaper;  // the string encoder
  int native_escaper;  // see native_escaper(): the escaper to run inline, or -1
  Value key_separator;
  Value item_separator;
  bool sort_keys;
  bool skipkeys;
  bool allow_nan;
};

using Out = std::u32string;

void append(Out* out, const Str* s) {
  for (int64_t i = 0; i < s->length; ++i) out->push_back(s->at(i));
}

void append_ascii(Out* out, const char* text) {
  while (*text) out->push_back(char32_t(*text++));
}

// Appends the str `text` (stolen); false if it is null (an error).
bool append_owned(Out* out, Value text) {
  if (!text) return false;
  append(out, text.as<Str>());
  decref(text);
  return true;
}

bool append_string(Encoder* e, Out* out, Value s) {
  if (e->native_escaper >= 0) {
    append_quoted(s.as<Str>(), e->native_escaper == 1, out);
    return true;
  }
  Ref text(call1(e->escaper, s));
  if (!text) return false;
  if (!str_check(text.get())) {
    type_error("encoder() must return a string, not %.80s", type_of(text.get())->name.c_str());
    return false;
  }
  append(out, text.as<Str>());
  return true;
}

bool append_float(Encoder* e, Out* out, Value v) {
  double d = float_value(v);
  if (!std::isfinite(d)) {
    if (!e->allow_nan) {
      value_error("Out of range float values are not JSON compliant");
      return false;
    }
    append_ascii(out, d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
    return true;
  }
  return append_owned(out, float_type.repr(v));
}

bool append_int(Out* out, Value v) {
  if (v.is_small()) {
    char buf[24];
    snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.small_value()));
    append_ascii(out, buf);
    return true;
  }
  return append_owned(out, int_type.repr(v));
}

// Marks container c as being encoded (the circular reference check); the
// marker key is its address, as CPython's id().
bool enter(Encoder* e, Value c, Ref* ident) {
  if (is_none(e->markers)) return true;
  *ident = Ref(int_from_u64(uint64_t(c.bits())));
  if (!*ident) return false;
  int has = contains(e->markers, ident->get());
  if (has != 0) {
    if (has > 0) value_error("Circular reference detected");
    return false;
  }
  return dict_set(as_dict(e->markers), ident->get(), c) >= 0;
}

bool leave(Encoder* e, const Ref& ident) { return !ident || dict_del(as_dict(e->markers), ident.get()) >= 0; }

bool encode_value(Encoder* e, Out* out, Value v);

bool encode_list(Encoder* e, Out* out, Value seq) {
  int64_t n = list_check(seq) ? as_list(seq)->size : as_tuple(seq)->size;
  if (n == 0) {
    append_ascii(out, "[]");
    return true;
  }
  Ref ident;
  if (!enter(e, seq, &ident)) return false;
  out->push_back('[');
  // A list may change size while its items are encoded: reread it each time.
  for (int64_t i = 0; i < (list_check(seq) ? as_list(seq)->size : as_tuple(seq)->size); ++i) {
    if (i) append(out, e->item_separator.as<Str>());
    Value item = list_check(seq) ? as_list(seq)->items[i] : as_tuple(seq)->items[i];
    Ref held = Ref::borrow(item);
    if (!encode_value(e, out, item)) return false;
  }
  if (!leave(e, ident)) return false;
  out->push_back(']');
  return true;
}

// The (key, value) pairs of a dict, in order (sorted when sort_keys).
Value dict_items(Encoder* e, Value dct) {
  Ref items;
  if (dict_check_exact(dct)) {
    items = Ref(list_new(0));
    if (!items) return Value();
    int64_t pos = 0;
    Value key, value;
    while (dict_next(as_dict(dct), &pos, &key, &value)) {
      Ref pair(tuple_pack({key, value}));
      if (!pair || list_append(items.get(), pair.get()) < 0) return Value();
    }
  } else {
    Ref view(call_method(dct, str_intern("items"), nullptr, 0));
    if (!view) return Value();
    items = Ref(list_from_iterable(view.get()));
    if (!items) return Value();
  }
  if (e->sort_keys && list_sort(items.get(), Value(), false) < 0) return Value();
  return items.release();
}

// The text of a dict key as a str (new reference); None (borrowed) to skip it.
Value key_text(Encoder* e, Value key) {
  if (str_check(key)) return newref(key);
  if (float_check(key)) {
    Out text;
    if (!append_float(e, &text, key)) return Value();
    return str_from_codepoints(text.data(), text.size());
  }
  if (key == py_true()) return str_from_ascii("true");
  if (key == py_false()) return str_from_ascii("false");
  if (is_none(key)) return str_from_ascii("null");
  if (int_check(key)) return int_type.repr(key);
  if (e->skipkeys) return none();
  return type_error("keys must be str, int, float, bool or None, not %.100s", type_of(key)->name.c_str());
}

bool encode_dict(Encoder* e, Out* out, Value dct) {
  if (as_dict(dct)->used == 0) {
    append_ascii(out, "{}");
    return true;
  }
  Ref ident;
  if (!enter(e, dct, &ident)) return false;
  out->push_back('{');
  Ref items(dict_items(e, dct));
  if (!items) return false;
  bool first = true;
  for (int64_t i = 0; i < as_list(items.get())->size; ++i) {
    Value item = as_list(items.get())->items[i];
    if (!tuple_check(item) || as_tuple(item)->size != 2) {
      value_error("items must return 2-tuples");
      return false;
    }
    Ref text(key_text(e, as_tuple(item)->items[0]));
    if (!text) return false;
    if (is_none(text.get())) continue;
    if (!first) append(out, e->item_separator.as<Str>());
    first = false;
    if (!append_string(e, out, text.get())) return false;
    append(out, e->key_separator.as<Str>());
    if (!encode_value(e, out, as_tuple(item)->items[1])) return false;
  }
  if (!leave(e, ident)) return false;
  out->push_back('}');
  return true;
}

bool encode_nested(Encoder* e, Out* out, Value v, bool (*encode)(Encoder*, Out*, Value)) {
  if (!enter_recursion(" while encoding a JSON object")) return false;
  bool ok = encode(e, out, v);
  leave_recursion();
  return ok;
}

bool encode_value(Encoder* e, Out* out, Value v) {
  if (is_none(v)) {
    append_ascii(out, "null");
  } else if (v == py_true()) {
    append_ascii(out, "true");
  } else if (v == py_false()) {
    append_ascii(out, "false");
  } else if (str_check(v)) {
    return append_string(e, out, v);
  } else if (int_check(v)) {
    return append_int(out, v);
  } else if (float_check(v)) {
    return append_float(e, out, v);
  } else if (list_check(v) || tuple_check(v)) {
    return encode_nested(e, out, v, encode_list);
  } else if (dict_check(v)) {
    return encode_nested(e, out, v, encode_dict);
  } else {
    // Anything else goes through default(), whose result is encoded in its place.
    Ref ident;
    if (!enter(e, v, &ident)) return false;
    Ref replacement(call1(e->default_fn, v));
    if (!replacement || !encode_nested(e, out, replacement.get(), encode_value)) return false;
    return leave(e, ident);
  }
  return true;
}

Value encoder_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"obj", "_current_indent_level"};
  Value a[2];
  if (!bind_keywords("_iterencode", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0] || !a[1]) {
    return type_error("_iterencode() missing required argument '%s' (pos %d)",
                      a[0] ? "_current_indent_level" : "obj", a[0] ? 2 : 1);
  }
  Out out;
  if (!encode_value(self.as<Encoder>(), &out, a[0])) return Value();
  Ref text(str_from_codepoints(out.data(), out.size()));
  Value chunk = text.get();
  return text ? list_from_array(&chunk, 1) : Value();
}

Value encoder_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"markers", "default", "encoder", "indent", "key_separator",
                                       "item_separator", "sort_keys", "skipkeys", "allow_nan"};
  Value a[9];
  if (!bind_keywords("make_encoder", args, nargs, kwnames, kNames, 9, a)) return Value();
  for (int i = 0; i < 9; ++i) {
    if (!a[i]) return type_error("make_encoder() missing required argument '%s' (pos %d)", kNames[i], i + 1);
  }
  if (!is_none(a[0]) && !dict_check(a[0])) {
    return type_error("make_encoder() argument 1 must be dict or None, not %.200s", type_of(a[0])->name.c_str());
  }
  for (int i = 4; i < 6; ++i) {
    if (!str_check(a[i])) {
      return type_error("make_encoder() argument %d must be str, not %.200s", i + 1, type_of(a[i])->name.c_str());
    }
  }
  int flags[3];
  for (int i = 0; i < 3; ++i) {
    if ((flags[i] = truth(a[6 + i])) < 0) return Value();
  }
  auto* e = static_cast<Encoder*>(alloc_object(type, type->basic_size));
  if (!e) return Value();
  e->markers = newref(a[0]);
  e->default_fn = newref(a[1]);
  e->escaper = newref(a[2]);
  e->native_escaper = native_escaper(a[2]);
  e->key_separator = newref(a[4]);
  e->item_separator = newref(a[5]);
  e->sort_keys = flags[0];
  e->skipkeys = flags[1];
  e->allow_nan = flags[2];
  return e;
}

void encoder_dealloc(Object* o) {
  auto* e = static_cast<Encoder*>(o);
  for (Value v : {e->markers, e->default_fn, e->escaper, e->key_separator, e->item_separator}) xdecref(v);
  free_object(o);
}

}  // namespace

void init_encoder_type() {
  Type* t = &encoder_type;
  t->name = "_json.Encoder";
  t->basic_size = sizeof(Encoder);
  t->flags = Type::kBaseType;
  t->dealloc = encoder_dealloc;
  t->new_ = encoder_new;
  t->call = encoder_call;
}

}  // namespace pytier::light::modules::json
