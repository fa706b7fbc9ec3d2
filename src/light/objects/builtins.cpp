#include "light/objects/builtins.h"

#include <string>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/bytes.h"
#include "light/objects/complex.h"
#include "light/objects/descriptor.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/iterators.h"
#include "light/objects/list.h"
#include "light/objects/memoryview.h"
#include "light/objects/range.h"
#include "light/objects/set.h"
#include "light/objects/singletons.h"
#include "light/objects/slice.h"
#include "light/objects/slots.h"
#include "light/objects/str.h"
#include "light/objects/super.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/runtime/stdio.h"

namespace pytier::light {

Value (*current_stdout)() = nullptr;
Value standard_stdout;
Value (*current_stdin)() = nullptr;
Value standard_stdin;

namespace {

Value b_abs(Value, const Value* args, size_t, Value) { return absolute(args[0]); }

Value any_all(Value iterable, bool want) {
  Ref it(iter(iterable));
  if (!it) return Value();
  for (;;) {
    Ref x(next(it.get()));
    if (!x) return pending() ? Value() : newref(py_bool(!want));
    int t = truth(x.get());
    if (t < 0) return Value();
    if (bool(t) == want) return newref(py_bool(want));
  }
}
Value b_all(Value, const Value* args, size_t, Value) { return any_all(args[0], false); }
Value b_any(Value, const Value* args, size_t, Value) { return any_all(args[0], true); }

Value b_ascii(Value, const Value* args, size_t, Value) { return ascii(args[0]); }

Value radix(Value v, int base, const char* prefix) {
  Ref i(to_index(v));
  if (!i) return Value();
  std::string digits = int_to_big(i.get()).to_string(base);
  if (digits[0] == '-') return str_from_ascii("-" + std::string(prefix) + digits.substr(1));
  return str_from_ascii(prefix + digits);
}
Value b_bin(Value, const Value* args, size_t, Value) { return radix(args[0], 2, "0b"); }
Value b_oct(Value, const Value* args, size_t, Value) { return radix(args[0], 8, "0o"); }
Value b_hex(Value, const Value* args, size_t, Value) { return radix(args[0], 16, "0x"); }

Value b_callable(Value, const Value* args, size_t, Value) { return newref(py_bool(is_callable(args[0]))); }

Value b_chr(Value, const Value* args, size_t, Value) {
  int64_t i;
  if (!index_as_i64(args[0], &i, &exc::OverflowError)) {
    if (matches(&exc::OverflowError)) {
      clear_error();
      return overflow_error("Python int too large to convert to C int");
    }
    return Value();
  }
  if (i < 0 || i > 0x10FFFF) return value_error("chr() arg not in range(0x110000)");
  return str_from_char(char32_t(i));
}

Value b_ord(Value, const Value* args, size_t, Value) {
  Value c = args[0];
  if (str_check(c)) {
    Str* s = c.as<Str>();
    if (s->length != 1) return type_error("ord() expected a character, but string of length %zd found", size_t(s->length));
    return Value::small(s->at(0));
  }
  if (bytes_check(c) || type_of(c) == &bytearray_type) {
    std::string_view d = bytes_check(c) ? c.as<Bytes>()->view() : c.as<ByteArray>()->view();
    if (d.size() != 1) return type_error("ord() expected a character, but string of length %zd found", d.size());
    return Value::small(static_cast<unsigned char>(d[0]));
  }
  return type_error("ord() expected string of length 1, but %s found", type_of(c)->name.c_str());
}

Value b_delattr(Value, const Value* args, size_t, Value) {
  if (delattr(args[0], args[1]) < 0) return Value();
  return newref(none());
}

Value b_setattr(Value, const Value* args, size_t, Value) {
  if (setattr(args[0], args[1], args[2]) < 0) return Value();
  return newref(none());
}

Value b_getattr(Value, const Value* args, size_t nargs, Value) {
  if (!str_check(args[1])) return type_error("getattr(): attribute name must be string");
  if (nargs == 2) return getattr(args[0], args[1]);
  Value v;
  int r = lookup_attr(args[0], args[1], &v);
  if (r < 0) return Value();
  return r ? v : newref(args[2]);
}

Value b_hasattr(Value, const Value* args, size_t, Value) {
  if (!str_check(args[1])) return type_error("hasattr(): attribute name must be string");
  Value v;
  int r = lookup_attr(args[0], args[1], &v);
  if (r < 0) return Value();
  if (r) decref(v);
  return newref(py_bool(r));
}

Value b_divmod(Value, const Value* args, size_t, Value) {
  static Value divmod_names[2];
  if (!divmod_names[0]) {
    divmod_names[0] = str_intern("__divmod__");
    divmod_names[1] = str_intern("__rdivmod__");
  }
  Value a = args[0], b = args[1];
  bool found;
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool reflected_first = ta != tb && is_subtype(tb, ta) && type_lookup(tb, divmod_names[1]);
  for (int pass = 0; pass < 2; ++pass) {
    bool reflected = (pass == 0) == reflected_first;
    if (!reflected) {
      Value r = call_dunder(a, divmod_names[0], &b, 1, &found);
      if (found && r != not_implemented()) return r;
      xdecref(r);
    } else if (ta != tb || pass == 0) {
      Value r = call_dunder(b, divmod_names[1], &a, 1, &found);
      if (found && r != not_implemented()) return r;
      xdecref(r);
    }
    if (pending()) return Value();
  }
  return type_error("unsupported operand type(s) for divmod(): '%.100s' and '%.100s'", ta->name.c_str(),
                    tb->name.c_str());
}

Value b_format(Value, const Value* args, size_t nargs, Value) { return format(args[0], nargs > 1 ? args[1] : Value()); }

Value b_hash(Value, const Value* args, size_t, Value) {
  int64_t h = hash(args[0]);
  return h == -1 ? Value() : int_from_i64(h);
}

Value b_id(Value, const Value* args, size_t, Value) { return int_from_u64(args[0].bits()); }

Value b_isinstance(Value, const Value* args, size_t, Value) {
  int r = isinstance(args[0], args[1]);
  return r < 0 ? Value() : newref(py_bool(r));
}

Value b_issubclass(Value, const Value* args, size_t, Value) {
  int r = issubclass(args[0], args[1]);
  return r < 0 ? Value() : newref(py_bool(r));
}

// iter(callable, sentinel): calls until the sentinel comes back.
struct CallableIter : Object {
  Value func;  // null once exhausted
  Value sentinel;
};
Type callable_iterator_type;

Value callable_iter_next(Value self) {
  auto* it = self.as<CallableIter>();
  if (!it->func) return Value();
  Value r = call0(it->func);
  if (!r) {
    if (matches(&exc::StopIteration)) {
      clear_error();
      set_slot(&it->func, Value());
    }
    return Value();
  }
  int eq = equal(r, it->sentinel);
  if (eq != 0) {
    decref(r);
    if (eq > 0) set_slot(&it->func, Value());
    return Value();
  }
  return r;
}

void callable_iter_dealloc(Object* o) {
  auto* it = static_cast<CallableIter*>(o);
  xdecref(it->func);
  xdecref(it->sentinel);
  free_object(o);
}

Value self_iter(Value v) { return newref(v); }

Value b_iter(Value, const Value* args, size_t nargs, Value) {
  if (nargs == 1) return iter(args[0]);
  if (!is_callable(args[0])) return type_error("iter(v, w): v must be callable");
  auto* it = alloc<CallableIter>(&callable_iterator_type);
  if (!it) return Value();
  it->func = newref(args[0]);
  it->sentinel = newref(args[1]);
  return it;
}

Value b_len(Value, const Value* args, size_t, Value) {
  int64_t n = length(args[0]);
  return n < 0 ? Value() : int_from_i64(n);
}

Value b_next(Value, const Value* args, size_t nargs, Value) {
  if (!type_of(args[0])->next) return type_error("'%.200s' object is not an iterator", type_of(args[0])->name.c_str());
  Value r = iter_next(args[0]);
  if (r) return r;
  if (nargs > 1 && (!pending() || matches(&exc::StopIteration))) {
    clear_error();
    return newref(args[1]);
  }
  if (pending()) return r;
  return raise_with(&exc::StopIteration, Value());
}

Value min_max(const char* name, const Value* args, size_t nargs, Value kwnames, CompareOp op) {
  Value kw[2] = {};
  if (kwnames) {
    Tuple* names_tuple = as_tuple(kwnames);
    for (int64_t i = 0; i < names_tuple->size; ++i) {
      std::string k = str_to_utf8(names_tuple->items[i]);
      if (k == "key") kw[0] = args[nargs + i];
      else if (k == "default") kw[1] = args[nargs + i];
      else return type_error("%s() got an unexpected keyword argument '%s'", name, k.c_str());
    }
  }
  if (nargs == 0) return type_error("%s expected at least 1 argument, got 0", name);
  Value key = kw[0] && !is_none(kw[0]) ? kw[0] : Value();
  if (nargs > 1 && kw[1]) {
    return type_error("Cannot specify a default for %s() with multiple positional arguments", name);
  }
  Ref it(nargs == 1 ? iter(args[0]) : tuple_from_array(args, nargs));
  if (!it) return Value();
  if (nargs > 1) it = Ref(iter(it.get()));
  if (!it) return Value();
  Ref best, best_key;
  for (;;) {
    Ref x(next(it.get()));
    if (!x) {
      if (pending()) return Value();
      break;
    }
    Ref k(key ? call1(key, x.get()) : newref(x.get()));
    if (!k) return Value();
    if (!best) {
      best = std::move(x);
      best_key = std::move(k);
      continue;
    }
    int better = compare_bool(k.get(), best_key.get(), op);
    if (better < 0) return Value();
    if (better) {
      best = std::move(x);
      best_key = std::move(k);
    }
  }
  if (!best) {
    if (kw[1]) return newref(kw[1]);
    return value_error("%s() arg is an empty sequence", name);
  }
  return best.release();
}

Value b_min(Value, const Value* args, size_t nargs, Value kwnames) { return min_max("min", args, nargs, kwnames, CompareOp::Lt); }
Value b_max(Value, const Value* args, size_t nargs, Value kwnames) { return min_max("max", args, nargs, kwnames, CompareOp::Gt); }

Value b_pow(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"base", "exp", "mod"};
  Value a[3];
  if (!bind_keywords("pow", args, nargs, kwnames, kNames, 3, a)) return Value();
  if (!a[0] || !a[1]) return type_error("pow() missing required argument '%s' (pos %d)", a[0] ? "exp" : "base", a[0] ? 2 : 1);
  return power(a[0], a[1], a[2] ? a[2] : none());
}

// Text for stdout: UTF-8, with lone surrogates from surrogateescape turned
// back into their bytes, as CPython's stdout does under C.UTF-8.
bool encode_for_stdout(Value s, std::string* out) {
  Str* str = s.as<Str>();
  if (str->ascii) {
    *out += str->ascii_view();
    return true;
  }
  for (int64_t i = 0; i < str->length; ++i) {
    char32_t c = str->at(i);
    if (c >= 0xDC80 && c <= 0xDCFF) {
      out->push_back(char(c - 0xDC00));
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      (void)raise_encode_error("utf-8", s, i, "surrogates not allowed",
                               [](char32_t x) { return x >= 0xD800 && x <= 0xDFFF; });
      return false;
    } else if (c < 0x80) {
      out->push_back(char(c));
    } else if (c < 0x800) {
      out->push_back(char(0xC0 | (c >> 6)));
      out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out->push_back(char(0xE0 | (c >> 12)));
      out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(char(0x80 | (c & 0x3F)));
    } else {
      out->push_back(char(0xF0 | (c >> 18)));
      out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
      out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
      out->push_back(char(0x80 | (c & 0x3F)));
    }
  }
  return true;
}

Value b_print(Value, const Value* args, size_t nargs, Value kwnames) {
  Value sep = Value(), end = Value(), file = Value(), flush = Value();
  if (kwnames) {
    Tuple* kw = as_tuple(kwnames);
    for (int64_t i = 0; i < kw->size; ++i) {
      std::string k = str_to_utf8(kw->items[i]);
      Value v = args[nargs + i];
      if (k == "sep") sep = v;
      else if (k == "end") end = v;
      else if (k == "file") file = v;
      else if (k == "flush") flush = v;
      else return type_error("'%U' is an invalid keyword argument for print()", kw->items[i]);
    }
  }
  for (Value* p : {&sep, &end}) {
    if (*p && is_none(*p)) *p = Value();
    if (*p && !str_check(*p)) {
      return type_error("%s must be None or a string, not %s", p == &sep ? "sep" : "end", type_of(*p)->name.c_str());
    }
  }
  if (file && is_none(file)) file = Value();
  if (!file && current_stdout) {
    Value out = current_stdout();
    if (!out) return raise_str(&exc::RuntimeError, "lost sys.stdout");
    if (is_none(out)) return newref(none());  // sys.stdout = None: print does nothing
    if (out != standard_stdout) file = out;
  }
  if (file) {
    // Any object with write(): the pieces go through it one by one, as CPython's.
    auto write = [&](Value text) {
      Value r = call_method(file, names::write, &text, 1);
      if (!r) return false;
      decref(r);
      return true;
    };
    for (size_t i = 0; i < nargs; ++i) {
      if (i) {
        Ref s(sep ? newref(sep) : str_from_ascii(" "));
        if (!s || !write(s.get())) return Value();
      }
      Ref s(str(args[i]));
      if (!s || !write(s.get())) return Value();
    }
    Ref e(end ? newref(end) : str_from_ascii("\n"));
    if (!e || !write(e.get())) return Value();
    if (flush) {
      int t = truth(flush);
      if (t < 0) return Value();
      if (t) {
        Value r = call_method(file, names::flush, nullptr, 0);
        if (!r) return Value();
        decref(r);
      }
    }
    return newref(none());
  }
  // Piece by piece, as CPython's print writes them: where the pieces fall
  // decides when stdout's text layer hands a chunk on (see stdout_write).
  std::string piece;
  auto emit = [&piece] {
    bool ok = stdout_write(piece);
    piece.clear();
    return ok;
  };
  for (size_t i = 0; i < nargs; ++i) {
    if (i) {
      if (sep) {
        if (!encode_for_stdout(sep, &piece)) return Value();
      } else {
        piece.push_back(' ');
      }
      if (!emit()) return raise_errno();
    }
    Ref s(str(args[i]));
    if (!s || !encode_for_stdout(s.get(), &piece)) return Value();
    if (!emit()) return raise_errno();
  }
  if (end) {
    if (!encode_for_stdout(end, &piece)) return Value();
  } else {
    piece.push_back('\n');
  }
  if (!emit()) return raise_errno();
  if (flush) {
    int t = truth(flush);
    if (t < 0) return Value();
    if (t) stdout_flush();
  }
  return newref(none());
}

}  // namespace

Value decode_stdin(const std::string& data) {
  bool ascii = true;
  for (unsigned char c : data) ascii &= c < 0x80;
  if (ascii) return str_from_ascii(data);
  Ref raw(bytes_from(data));
  Ref encoding(str_from_ascii("utf-8")), errors(str_from_ascii("surrogateescape"));
  if (!raw || !encoding || !errors) return Value();
  Value args[] = {encoding.get(), errors.get()};
  return call_method(raw.get(), str_intern("decode"), args, 2);
}

namespace {

// input() on replaced streams: the prompt through sys.stdout.write, the
// line through sys.stdin.readline(), as CPython does off a console.
Value input_from_objects(Value in, Value out, const Value* args, size_t nargs) {
  if (!in || is_none(in)) return raise_str(&exc::RuntimeError, "input(): lost sys.stdin");
  if (!out || is_none(out)) return raise_str(&exc::RuntimeError, "input(): lost sys.stdout");
  if (nargs) {
    Ref prompt(str(args[0]));
    Value text = prompt.get();
    Ref r(prompt ? call_method(out, names::write, &text, 1) : Value());
    if (!r) return Value();
  }
  Ref flushed(call_method(out, names::flush, nullptr, 0));
  if (!flushed) clear_error();
  Ref line(call_method(in, str_intern("readline"), nullptr, 0));
  if (!line) return Value();
  if (!str_check(line.get())) return type_error("object.readline() returned non-string");
  int64_t n = line.as<Str>()->length;
  if (n == 0) return raise_str(&exc::EOFError, "EOF when reading a line");
  Str* text = line.as<Str>();
  if (text->at(n - 1) != '\n') return line.release();
  std::u32string kept(size_t(n - 1), U'\0');
  for (int64_t i = 0; i + 1 < n; ++i) kept[size_t(i)] = text->at(i);
  return str_from_codepoints(kept.data(), kept.size());
}

Value b_input(Value, const Value* args, size_t nargs, Value) {
  Value in = current_stdin ? current_stdin() : standard_stdin;
  Value out = current_stdout ? current_stdout() : standard_stdout;
  if (in != standard_stdin || out != standard_stdout) return input_from_objects(in, out, args, nargs);
  if (nargs) {
    Ref prompt(str(args[0]));
    std::string text;
    if (!prompt || !encode_for_stdout(prompt.get(), &text)) return Value();
    stdout_write(text);
  }
  stdout_flush();
  std::string line;
  if (!stdin_read_line(&line)) return raise_errno();
  if (line.empty()) return raise_str(&exc::EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return decode_stdin(line);
}

Value b_repr(Value, const Value* args, size_t, Value) { return repr(args[0]); }

Value b_round(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"number", "ndigits"};
  Value a[2];
  if (!bind_keywords("round", args, nargs, kwnames, kNames, 2, a)) return Value();
  if (!a[0]) return type_error("round() missing required argument 'number' (pos 1)");
  Value f = type_lookup(type_of(a[0]), names::__round__);
  if (!f) return type_error("type %s doesn't define __round__ method", type_of(a[0])->name.c_str());
  bool found;
  if (!a[1] || is_none(a[1])) return call_dunder(a[0], names::__round__, nullptr, 0, &found);
  return call_dunder(a[0], names::__round__, &a[1], 1, &found);
}

Value b_sorted(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 1) {
    return type_error(nargs == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got %zd", nargs);
  }
  static const char* const kNames[] = {"key", "reverse"};
  Value a[2];
  if (!bind_keywords("sort", args + 1, 0, kwnames, kNames, 2, a)) return Value();
  Ref l(list_from_iterable(args[0]));
  if (!l) return Value();
  int reverse = a[1] ? truth(a[1]) : 0;
  if (reverse < 0) return Value();
  // CPython's sorted() calls list.sort as a method: one more level counted.
  if (!enter_recursion(" while calling a Python object")) return Value();
  int r = list_sort(l.get(), a[0], reverse);
  leave_recursion();
  if (r < 0) return Value();
  return l.release();
}

Value b_sum(Value, const Value* args, size_t nargs, Value kwnames) {
  static const char* const kNames[] = {"", "start"};
  Value a[2];
  if (!bind_keywords("sum", args, nargs, kwnames, kNames, 2, a)) return Value();
  Value start = a[1] ? a[1] : Value::small(0);
  if (str_check(start)) return type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (bytes_check(start)) return type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  if (type_of(start) == &bytearray_type) return type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
  Ref it(iter(a[0]));
  if (!it) return Value();
  Ref total = Ref::borrow(start);
  for (;;) {
    Ref x(next(it.get()));
    if (!x) return pending() ? Value() : total.release();
    total = Ref(binary_op(total.get(), x.get(), BinaryOp::Add));
    if (!total) return Value();
  }
}

const MethodDef kBuiltinFunctions[] = {
    {"abs", b_abs, 1, 1},
    {"all", b_all, 1, 1},
    {"any", b_any, 1, 1},
    {"ascii", b_ascii, 1, 1},
    {"bin", b_bin, 1, 1},
    {"callable", b_callable, 1, 1},
    {"chr", b_chr, 1, 1},
    {"delattr", b_delattr, 2, 2},
    {"divmod", b_divmod, 2, 2},
    {"format", b_format, 1, 2},
    {"getattr", b_getattr, 2, 3},
    {"hasattr", b_hasattr, 2, 2},
    {"hash", b_hash, 1, 1},
    {"hex", b_hex, 1, 1},
    {"id", b_id, 1, 1},
    {"input", b_input, 0, 1},
    {"isinstance", b_isinstance, 2, 2},
    {"issubclass", b_issubclass, 2, 2},
    {"iter", b_iter, 1, 2},
    {"len", b_len, 1, 1},
    {"max", b_max, 0, -1, MethodDef::kKeywords},
    {"min", b_min, 0, -1, MethodDef::kKeywords},
    {"next", b_next, 1, 2},
    {"oct", b_oct, 1, 1},
    {"ord", b_ord, 1, 1},
    {"pow", b_pow, 0, 3, MethodDef::kKeywords},
    {"print", b_print, 0, -1, MethodDef::kKeywords},
    {"repr", b_repr, 1, 1},
    {"round", b_round, 0, 2, MethodDef::kKeywords},
    {"setattr", b_setattr, 3, 3},
    {"sorted", b_sorted, 0, -1, MethodDef::kKeywords},
    {"sum", b_sum, 0, 2, MethodDef::kKeywords},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

void init_builtins_types() {
  init_memoryview_type();
  Type* t = &callable_iterator_type;
  t->name = "callable_iterator";
  t->basic_size = sizeof(CallableIter);
  t->dealloc = callable_iter_dealloc;
  t->iter = self_iter;
  t->next = callable_iter_next;
  for (Type* t : {&callable_iterator_type}) register_static_type(t);
}

bool builtins_fill(Dict* builtins) {
  Ref module(str_intern("builtins"));
  for (const MethodDef* m = kBuiltinFunctions; m->name; ++m) {
    Ref f(builtin_function_new(m, Value(), module.get()));
    if (!f || dict_set(builtins, str_intern(m->name), f.get()) < 0) return false;
  }
  struct Named {
    const char* name;
    Value value;
  };
  const Named named[] = {
      {"None", none()}, {"Ellipsis", ellipsis()}, {"NotImplemented", not_implemented()},
      {"True", py_true()}, {"False", py_false()}, {"__debug__", py_true()},
      {"bool", &bool_type}, {"bytearray", &bytearray_type}, {"bytes", &bytes_type},
      {"classmethod", &classmethod_type}, {"complex", &complex_type}, {"dict", &dict_type},
      {"enumerate", &enumerate_type}, {"filter", &filter_type}, {"float", &float_type},
      {"frozenset", &frozenset_type}, {"int", &int_type}, {"list", &list_type}, {"map", &map_type}, {"memoryview", &memoryview_type},
      {"object", &object_type}, {"property", &property_type}, {"range", &range_type},
      {"reversed", &reversed_type}, {"set", &set_type}, {"slice", &slice_type},
      {"staticmethod", &staticmethod_type}, {"str", &str_type}, {"super", &super_type},
      {"tuple", &tuple_type}, {"type", &type_type}, {"zip", &zip_type},
      {"EnvironmentError", &exc::OSError}, {"IOError", &exc::OSError},
  };
  for (const Named& n : named) {
    if (dict_set(builtins, str_intern(n.name), n.value) < 0) return false;
  }
#define PYTIER_ADD_EXC(name, base) \
  if (dict_set(builtins, str_intern(#name), Value(&exc::name)) < 0) return false;
  PYTIER_EXCEPTIONS(PYTIER_ADD_EXC)
#undef PYTIER_ADD_EXC
  return true;
}

}  // namespace pytier::light
