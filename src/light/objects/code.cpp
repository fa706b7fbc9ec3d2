#include "light/objects/code.h"

#include <memory>
#include <string>

#include "light/objects/abstract.h"
#include "light/objects/bytes.h"
#include "light/objects/complex.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type code_type;

namespace {

bool is_identifier_like(std::string_view s) {
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

Value constant_value(compiler::Constant& c) {
  using K = compiler::Constant::Kind;
  switch (c.kind) {
    case K::None: return none();
    case K::True: return py_true();
    case K::False: return py_false();
    case K::Ellipsis: return ellipsis();
    case K::Int: {
      std::string text = (c.negative ? "-" : "") + c.text;
      return c.base == 10 ? int_from_text(text, 10) : int_from_text(text, c.base);
    }
    case K::Float: return float_from_double(c.number);
    case K::Complex: return complex_from(0.0, c.number);
    case K::Str:
      // Identifier-like constants are interned, as CPython does.
      return is_identifier_like(c.text) ? newref(str_intern(c.text)) : str_from_utf8(c.text);
    case K::Bytes: return bytes_from(c.text);
    case K::Tuple: {
      Ref t(tuple_new(c.items.size()));
      if (!t) return Value();
      for (size_t i = 0; i < c.items.size(); ++i) {
        Value item = constant_value(c.items[i]);
        if (!item) return Value();
        as_tuple(t.get())->items[i] = item;
      }
      return t.release();
    }
    case K::Code: return Value(code_from_unit(std::move(c.code)));
  }
  return Value();
}

Value interned_tuple(const std::vector<std::string>& names) {
  Value t = tuple_new(names.size());
  if (!t) return Value();
  for (size_t i = 0; i < names.size(); ++i) as_tuple(t)->items[i] = newref(str_intern(names[i]));
  return t;
}

void code_dealloc(Object* o) {
  Code* c = static_cast<Code*>(o);
  xdecref(c->consts);
  xdecref(c->names);
  xdecref(c->localsplus_names);
  xdecref(c->name);
  xdecref(c->qualname);
  xdecref(c->filename);
  delete c->unit;
  free_object(o);
}

Value code_repr(Value self) {
  Code* c = self.as<Code>();
  return format_str("<code object %U at %p, file \"%U\", line %d>", c->name, static_cast<void*>(c),
                    c->filename, static_cast<int>(c->firstlineno));
}

// The names of the slots whose kind has `bit`.
Value names_of_kind(Code* c, uint8_t bit, bool exclude_cells_of_args) {
  std::vector<std::string> names;
  for (uint32_t i = 0; i < c->nlocalsplus; ++i) {
    uint8_t kind = c->localsplus_kinds[i];
    if (!(kind & bit)) continue;
    if (exclude_cells_of_args && bit == compiler::LOCAL_PLAIN && (kind & compiler::LOCAL_FREE)) continue;
    names.push_back(c->unit->localsplus_names[i]);
  }
  return interned_tuple(names);
}

Value co_name(Value s) { return newref(s.as<Code>()->name); }
Value co_qualname(Value s) { return newref(s.as<Code>()->qualname); }
Value co_filename(Value s) { return newref(s.as<Code>()->filename); }
Value co_consts(Value s) { return newref(s.as<Code>()->consts); }
Value co_names(Value s) { return newref(s.as<Code>()->names); }
Value co_firstlineno(Value s) { return int_from_i64(s.as<Code>()->firstlineno); }
Value co_argcount(Value s) { return int_from_i64(s.as<Code>()->argcount); }
Value co_posonlyargcount(Value s) { return int_from_i64(s.as<Code>()->posonlyargcount); }
Value co_kwonlyargcount(Value s) { return int_from_i64(s.as<Code>()->kwonlyargcount); }
Value co_flags(Value s) { return int_from_i64(s.as<Code>()->flags); }
Value co_varnames(Value s) { return names_of_kind(s.as<Code>(), compiler::LOCAL_PLAIN, true); }
Value co_cellvars(Value s) {
  Code* c = s.as<Code>();
  std::vector<std::string> names;
  for (uint32_t i = 0; i < c->nlocalsplus; ++i)
    if (c->localsplus_kinds[i] & compiler::LOCAL_CELL) names.push_back(c->unit->localsplus_names[i]);
  return interned_tuple(names);
}
Value co_freevars(Value s) { return names_of_kind(s.as<Code>(), compiler::LOCAL_FREE, false); }
Value co_nlocals(Value s) {
  Code* c = s.as<Code>();
  int64_t n = 0;
  for (uint32_t i = 0; i < c->nlocalsplus; ++i) n += (c->localsplus_kinds[i] & compiler::LOCAL_PLAIN) ? 1 : 0;
  return int_from_i64(n);
}

// The co_flags bits replace() may change: the others fix the argument layout
// and the frame kind the compiled instructions were made for.
constexpr uint32_t kReplaceableFlags = compiler::CO_OPTIMIZED | compiler::CO_NEWLOCALS | compiler::CO_NESTED |
                                       compiler::CO_NOFREE | compiler::CO_ITERABLE_COROUTINE;

// One keyword of code.replace() applied to the copy `c`; false on error.
bool replace_field(Code* c, Value key, Value v) {
  std::string name = str_to_utf8(key);
  if (name == "co_name" || name == "co_qualname" || name == "co_filename") {
    if (!str_check(v)) {
      type_error("replace() argument '%s' must be str, not %s", name.c_str(), type_of(v)->name.c_str());
      return false;
    }
    Value* field = name == "co_name" ? &c->name : name == "co_qualname" ? &c->qualname : &c->filename;
    set_slot(field, newref(v));
    return true;
  }
  if (name == "co_flags" || name == "co_firstlineno") {
    int64_t n;
    if (!index_as_i64(v, &n, &exc::OverflowError)) return false;
    if (name == "co_firstlineno") {
      c->firstlineno = int32_t(n);
      return true;
    }
    if ((uint32_t(n) ^ c->flags) & ~kReplaceableFlags) {
      raise_str(&exc::NotImplementedError, "pytier light: code.replace() changing the argument or generator flags");
      return false;
    }
    c->flags = uint32_t(n);
    return true;
  }
  if (name == "co_consts" || name == "co_names") {
    Value* field = name == "co_consts" ? &c->consts : &c->names;
    if (!tuple_check(v)) {
      type_error("replace() argument '%s' must be tuple, not %s", name.c_str(), type_of(v)->name.c_str());
      return false;
    }
    // The instructions index these tuples: their length is part of the code.
    if (as_tuple(v)->size != as_tuple(*field)->size) {
      raise_fmt(&exc::NotImplementedError, "pytier light: code.replace() changing the length of %s", name.c_str());
      return false;
    }
    set_slot(field, newref(v));
    return true;
  }
  static const char* const kOthers[] = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                                        "co_stacksize", "co_code", "co_varnames", "co_freevars", "co_cellvars",
                                        "co_linetable", "co_exceptiontable"};
  for (const char* other : kOthers) {
    if (name == other) {
      raise_fmt(&exc::NotImplementedError, "pytier light: code.replace(%s=...)", other);
      return false;
    }
  }
  raise_fmt(&exc::TypeError, "'%U' is an invalid keyword argument for replace()", key);
  return false;
}

// code.replace(**changes): a copy of the code with some fields changed.
Value m_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs) return type_error("replace() takes no positional arguments");
  Code* old = self.as<Code>();
  // The constants are the old code's values (its unit's nested code units
  // were moved into code objects when it was made).
  auto unit = std::make_shared<compiler::CodeUnit>(*old->unit);
  unit->consts.clear();
  Ref copy(Value(code_from_unit(std::move(unit))));
  if (!copy) return Value();
  Code* c = copy.as<Code>();
  c->flags = old->flags;
  c->firstlineno = old->firstlineno;
  set_slot(&c->name, newref(old->name));
  set_slot(&c->qualname, newref(old->qualname));
  set_slot(&c->filename, newref(old->filename));
  set_slot(&c->consts, newref(old->consts));
  set_slot(&c->names, newref(old->names));
  Tuple* kw = kwnames ? as_tuple(kwnames) : nullptr;
  for (int64_t i = 0; kw && i < kw->size; ++i) {
    if (!replace_field(c, kw->items[i], args[i])) return Value();
  }
  return copy.release();
}

// co_positions(): (lineno, end_lineno, col, end_col) for each instruction
// word, None where unknown, as the offsets tb_lasti // 2 counts.
Value m_co_positions(Value self, const Value*, size_t, Value) {
  Code* c = self.as<Code>();
  size_t n = c->unit->code.size();
  Ref positions(list_new(0));
  if (!positions) return Value();
  auto field = [](int32_t v) { return v < 0 ? newref(none()) : int_from_i64(v); };
  for (size_t i = 0; i < n; ++i) {
    const compiler::LineEntry* e = c->unit->line_at(uint32_t(i));
    Ref entry;
    if (!e || e->lineno < 0) {
      entry = Ref(tuple_pack({none(), none(), none(), none()}));
    } else {
      Ref a(field(e->lineno)), b(field(e->end_lineno)), col(field(e->col_offset)), end(field(e->end_col_offset));
      if (!a || !b || !col || !end) return Value();
      entry = Ref(tuple_pack({a.get(), b.get(), col.get(), end.get()}));
    }
    if (!entry || list_append(positions.get(), entry.get()) < 0) return Value();
  }
  return iter(positions.get());
}

// co_lines(): (start, end, lineno) byte ranges, two bytes per instruction
// word as co_code counts them; lineno None where no line applies.
Value m_lines(Value self, const Value*, size_t, Value) {
  Code* c = self.as<Code>();
  const auto& table = c->unit->line_table;
  int64_t total = int64_t(c->unit->code.size()) * 2;
  Ref list(list_new(0));
  if (!list) return Value();
  int64_t start = 0;
  for (size_t i = 0; i < table.size(); ++i) {
    int64_t end = i + 1 < table.size() ? int64_t(table[i + 1].offset) * 2 : total;
    bool merges = i + 1 < table.size() && table[i + 1].lineno == table[i].lineno;
    if (merges || end <= start) continue;
    Ref line(table[i].lineno < 0 ? newref(none()) : int_from_i64(table[i].lineno));
    Ref t(line ? tuple_pack({Value::small(start), Value::small(end), line.get()}) : Value());
    if (!t || list_append(list.get(), t.get()) < 0) return Value();
    start = end;
  }
  return iter(list.get());
}

// co_code: two bytes per instruction word (the opcode and the operand's low
// byte), so that offsets agree with f_lasti, tb_lasti and co_lines().
Value co_code(Value s) {
  const auto& words = s.as<Code>()->unit->code;
  std::string bytes;
  bytes.reserve(words.size() * 2);
  for (uint32_t w : words) {
    bytes.push_back(char(w & 0xff));
    bytes.push_back(char((w >> 8) & 0xff));
  }
  return bytes_from(bytes);
}

const MethodDef kCodeMethods[] = {
    {"co_lines", m_lines, 0, 0},
    {"replace", m_replace, 0, 0, MethodDef::kKeywords},
    {"co_positions", m_co_positions, 0, 0},
    {nullptr, nullptr, 0, 0},
};

const GetSetDef kCodeGetsets[] = {
    {"co_name", co_name, nullptr},
    {"co_qualname", co_qualname, nullptr},
    {"co_filename", co_filename, nullptr},
    {"co_consts", co_consts, nullptr},
    {"co_names", co_names, nullptr},
    {"co_firstlineno", co_firstlineno, nullptr},
    {"co_argcount", co_argcount, nullptr},
    {"co_posonlyargcount", co_posonlyargcount, nullptr},
    {"co_kwonlyargcount", co_kwonlyargcount, nullptr},
    {"co_flags", co_flags, nullptr},
    {"co_varnames", co_varnames, nullptr},
    {"co_cellvars", co_cellvars, nullptr},
    {"co_freevars", co_freevars, nullptr},
    {"co_nlocals", co_nlocals, nullptr},
    {"co_code", co_code, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Code* code_from_unit(std::shared_ptr<compiler::CodeUnit> shared) {
  Code* c = alloc<Code>(&code_type);
  if (!c) return nullptr;
  c->unit = new compiler::CodeUnit(std::move(*shared));
  compiler::CodeUnit& u = *c->unit;
  c->words = u.code.data();
  c->argcount = u.argcount;
  c->posonlyargcount = u.posonlyargcount;
  c->kwonlyargcount = u.kwonlyargcount;
  c->flags = u.flags;
  c->stacksize = u.stacksize;
  c->nlocalsplus = static_cast<uint32_t>(u.localsplus_names.size());
  c->nfreevars = u.nfreevars;
  c->total_args = u.argcount + u.kwonlyargcount + ((u.flags & compiler::CO_VARARGS) ? 1 : 0) +
                  ((u.flags & compiler::CO_VARKEYWORDS) ? 1 : 0);
  c->firstlineno = u.firstlineno;
  c->localsplus_kinds = u.localsplus_kinds.data();
  c->name = newref(str_intern(u.name));
  c->qualname = newref(str_intern(u.qualname.empty() ? u.name : u.qualname));
  c->filename = str_from_utf8(u.filename);
  c->names = interned_tuple(u.names);
  c->localsplus_names = interned_tuple(u.localsplus_names);
  c->consts = tuple_new(u.consts.size());
  if (!c->filename || !c->names || !c->localsplus_names || !c->consts) {
    decref(c);
    return nullptr;
  }
  for (size_t i = 0; i < u.consts.size(); ++i) {
    Value v = constant_value(u.consts[i]);
    if (!v) {
      decref(c);
      return nullptr;
    }
    as_tuple(c->consts)->items[i] = v;
  }
  return c;
}

int32_t code_line_at(const Code* code, uint32_t offset) {
  const compiler::LineEntry* e = code->unit->line_at(offset);
  return e ? e->lineno : -1;
}

void init_code_type() {
  Type* t = &code_type;
  t->flags |= Type::kWeakrefable;
  t->name = "code";
  t->basic_size = sizeof(Code);
  t->dealloc = code_dealloc;
  t->repr = code_repr;
  t->getsets = kCodeGetsets;
  t->methods = kCodeMethods;
}

}  // namespace pytier::light
