// The unicodedata module, on the Unicode 14 tables the str type already
// uses (src/light/unicode): names, categories, numeric values,
// decompositions and normalization, with CPython 3.11's errors.

#include <string>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/unicode/unicode.h"

namespace pytier::light::modules {

namespace {

// The one character of a length-1 str argument.
bool one_char(const char* fname, Value v, char32_t* out) {
  if (!str_check(v) || v.as<Str>()->length != 1) {
    // CPython's two argument checks name the argument differently.
    type_error("%s() argument %smust be a unicode character, not %s", fname, str_check(v) ? "1 " : "",
               type_of(v)->name.c_str());
    return false;
  }
  *out = v.as<Str>()->at(0);
  return true;
}

Value text(const std::string& utf8) { return str_from_utf8(utf8); }

// name, decimal, digit and numeric: the value, else the default, else ValueError.
Value or_default(Value found, const Value* args, size_t nargs, const char* message) {
  if (found) return found;
  if (nargs > 1) return newref(args[1]);
  return raise_str(&exc::ValueError, message);
}

Value ud_name(Value, const Value* args, size_t nargs, Value) {
  char32_t c;
  if (!one_char("name", args[0], &c)) return Value();
  std::string name;
  return or_default(unicode::name_of(c, &name) ? text(name) : Value(), args, nargs, "no such name");
}

Value ud_lookup(Value, const Value* args, size_t, Value) {
  if (!str_check(args[0])) return type_error("lookup() argument must be str, not %s", type_of(args[0])->name.c_str());
  std::string found;
  if (!unicode::lookup_name_or_sequence(str_to_utf8(args[0]), &found)) {
    return raise_fmt(&exc::KeyError, "undefined character name '%s'", str_to_utf8(args[0]).c_str());
  }
  return text(found);
}

Value ud_decimal(Value, const Value* args, size_t nargs, Value) {
  char32_t c;
  if (!one_char("decimal", args[0], &c)) return Value();
  int d = unicode::to_decimal(c);
  return or_default(d >= 0 ? Value::small(d) : Value(), args, nargs, "not a decimal");
}

Value ud_digit(Value, const Value* args, size_t nargs, Value) {
  char32_t c;
  if (!one_char("digit", args[0], &c)) return Value();
  int d = unicode::to_digit(c);
  return or_default(d >= 0 ? Value::small(d) : Value(), args, nargs, "not a digit");
}

Value ud_numeric(Value, const Value* args, size_t nargs, Value) {
  char32_t c;
  if (!one_char("numeric", args[0], &c)) return Value();
  double d;
  return or_default(unicode::numeric_value(c, &d) ? float_from_double(d) : Value(), args, nargs,
                    "not a numeric character");
}

Value ud_category(Value, const Value* args, size_t, Value) {
  char32_t c;
  return one_char("category", args[0], &c) ? text(unicode::category(c)) : Value();
}

Value ud_bidirectional(Value, const Value* args, size_t, Value) {
  char32_t c;
  return one_char("bidirectional", args[0], &c) ? text(unicode::bidirectional(c)) : Value();
}

Value ud_combining(Value, const Value* args, size_t, Value) {
  char32_t c;
  return one_char("combining", args[0], &c) ? Value::small(unicode::combining(c)) : Value();
}

Value ud_mirrored(Value, const Value* args, size_t, Value) {
  char32_t c;
  return one_char("mirrored", args[0], &c) ? Value::small(unicode::mirrored(c) ? 1 : 0) : Value();
}

Value ud_east_asian_width(Value, const Value* args, size_t, Value) {
  char32_t c;
  return one_char("east_asian_width", args[0], &c) ? text(unicode::east_asian_width(c)) : Value();
}

Value ud_decomposition(Value, const Value* args, size_t, Value) {
  char32_t c;
  return one_char("decomposition", args[0], &c) ? text(unicode::decomposition(c)) : Value();
}

bool form_of(Value v, unicode::Form* out) {
  if (!str_check(v)) {
    type_error("normalize() argument 1 must be str, not %s", type_of(v)->name.c_str());
    return false;
  }
  std::string f = str_to_utf8(v);
  if (f == "NFC") *out = unicode::Form::NFC;
  else if (f == "NFD") *out = unicode::Form::NFD;
  else if (f == "NFKC") *out = unicode::Form::NFKC;
  else if (f == "NFKD") *out = unicode::Form::NFKD;
  else {
    raise_str(&exc::ValueError, "invalid normalization form");
    return false;
  }
  return true;
}

Value ud_normalize(Value, const Value* args, size_t, Value) {
  unicode::Form form;
  if (!form_of(args[0], &form)) return Value();
  if (!str_check(args[1])) return type_error("normalize() argument 2 must be str, not %s", type_of(args[1])->name.c_str());
  return text(unicode::normalize(form, str_to_utf8(args[1])));
}

Value ud_is_normalized(Value, const Value* args, size_t, Value) {
  unicode::Form form;
  if (!form_of(args[0], &form)) return Value();
  if (!str_check(args[1])) {
    return type_error("is_normalized() argument 2 must be str, not %s", type_of(args[1])->name.c_str());
  }
  return newref(py_bool(unicode::is_normalized(form, str_to_utf8(args[1]))));
}

const MethodDef kUnicodedataFunctions[] = {
    {"name", ud_name, 1, 2},
    {"lookup", ud_lookup, 1, 1},
    {"decimal", ud_decimal, 1, 2},
    {"digit", ud_digit, 1, 2},
    {"numeric", ud_numeric, 1, 2},
    {"category", ud_category, 1, 1},
    {"bidirectional", ud_bidirectional, 1, 1},
    {"combining", ud_combining, 1, 1},
    {"mirrored", ud_mirrored, 1, 1},
    {"east_asian_width", ud_east_asian_width, 1, 1},
    {"decomposition", ud_decomposition, 1, 1},
    {"normalize", ud_normalize, 2, 2},
    {"is_normalized", ud_is_normalized, 2, 2},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_unicodedata() {
  Module* m = module_new("unicodedata");
  if (!m) return nullptr;
  if (!add_functions(m, kUnicodedataFunctions) ||
      !add_value(m, "unidata_version", str_from_utf8(unicode::unidata_version()))) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
