#include "light/vm/call.h"

#include <string>
#include <vector>

#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"

namespace pytier::light::vm {

namespace {

std::string qualname_of(Function* func) { return str_to_utf8(func->qualname); }

std::string quoted(Value name) { return "'" + str_to_utf8(name) + "'"; }

bool too_many_positional(Function* func, size_t given, Frame* frame) {
  Code* co = func->code;
  size_t kwonly_given = 0;
  for (uint32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i)
    if (frame->localsplus[i]) ++kwonly_given;
  size_t defcount = func->defaults ? as_tuple(func->defaults)->size : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = "from " + std::to_string(co->argcount - defcount) + " to " + std::to_string(co->argcount);
  } else {
    plural = co->argcount != 1;
    sig = std::to_string(co->argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  }
  type_error("%s() takes %s positional argument%s but %zu%s %s given", qualname_of(func).c_str(), sig.c_str(),
             plural ? "s" : "", given, kwonly_sig.c_str(), given == 1 && !kwonly_given ? "was" : "were");
  return false;
}

bool missing_arguments(Function* func, Frame* frame, bool positional, size_t defcount) {
  Code* co = func->code;
  uint32_t start = positional ? 0 : co->argcount;
  uint32_t end = positional ? co->argcount - static_cast<uint32_t>(defcount) : co->argcount + co->kwonlyargcount;
  std::vector<std::string> missing;
  for (uint32_t i = start; i < end; ++i) {
    if (frame->localsplus[i]) continue;
    Value name = as_tuple(co->localsplus_names)->items[i];
    missing.push_back(quoted(name));
  }
  std::string names;
  size_t n = missing.size();
  if (n == 1) {
    names = missing[0];
  } else if (n == 2) {
    names = missing[0] + " and " + missing[1];
  } else {
    for (size_t i = 0; i + 2 < n; ++i) names += missing[i] + ", ";
    names += missing[n - 2] + ", and " + missing[n - 1];
  }
  type_error("%s() missing %zu required %s argument%s: %s", qualname_of(func).c_str(), n,
             positional ? "positional" : "keyword-only", n == 1 ? "" : "s", names.c_str());
  return false;
}

// The parameter slot named `name` among those keywords may fill, or -1.
int64_t keyword_slot(Code* co, Value name) {
  Tuple* names = as_tuple(co->localsplus_names);
  uint32_t end = co->argcount + co->kwonlyargcount;
  for (uint32_t i = co->posonlyargcount; i < end; ++i)
    if (names->items[i] == name) return i;
  for (uint32_t i = co->posonlyargcount; i < end; ++i)
    if (str_equal(names->items[i], name)) return i;
  return -1;
}

bool positional_only_as_keyword(Function* func, Value kwnames) {
  Code* co = func->code;
  Tuple* names = as_tuple(co->localsplus_names);
  Tuple* kws = as_tuple(kwnames);
  std::string listed;
  for (uint32_t i = 0; i < co->posonlyargcount; ++i) {
    for (int64_t k = 0; k < kws->size; ++k) {
      if (!str_equal(names->items[i], kws->items[k])) continue;
      if (!listed.empty()) listed += ", ";
      listed += str_to_utf8(names->items[i]);
    }
  }
  if (listed.empty()) return false;
  type_error("%s() got some positional-only arguments passed as keyword arguments: '%s'",
             qualname_of(func).c_str(), listed.c_str());
  return true;
}

}  // namespace

bool bind_arguments(Frame* frame, Function* func, const Value* args, size_t nargs, Value kwnames) {
  Code* co = func->code;
  Value* slots = frame->localsplus;
  uint32_t total = co->argcount + co->kwonlyargcount;
  Dict* kwdict = nullptr;
  if (co->flags & compiler::CO_VARKEYWORDS) {
    kwdict = dict_new();
    if (!kwdict) return false;
    uint32_t at = total + ((co->flags & compiler::CO_VARARGS) ? 1 : 0);
    slots[at] = Value(kwdict);
  }
  size_t n = nargs < co->argcount ? nargs : co->argcount;
  for (size_t i = 0; i < n; ++i) slots[i] = newref(args[i]);
  if (co->flags & compiler::CO_VARARGS) {
    Value extra = nargs > n ? tuple_from_array(args + n, nargs - n) : newref(empty_tuple());
    if (!extra) return false;
    slots[total] = extra;
  }

  if (kwnames) {
    Tuple* kws = as_tuple(kwnames);
    for (int64_t k = 0; k < kws->size; ++k) {
      Value name = kws->items[k];
      Value value = args[nargs + k];
      int64_t slot = keyword_slot(co, name);
      if (slot < 0) {
        if (!kwdict) {
          if (co->posonlyargcount && positional_only_as_keyword(func, kwnames)) return false;
          type_error("%s() got an unexpected keyword argument '%s'", qualname_of(func).c_str(),
                     str_to_utf8(name).c_str());
          return false;
        }
        if (dict_set(kwdict, name, value) < 0) return false;
        continue;
      }
      if (slots[slot]) {
        type_error("%s() got multiple values for argument '%s'", qualname_of(func).c_str(),
                   str_to_utf8(name).c_str());
        return false;
      }
      slots[slot] = newref(value);
    }
  }

  if (nargs > co->argcount && !(co->flags & compiler::CO_VARARGS))
    return too_many_positional(func, nargs, frame);

  if (nargs < co->argcount) {
    size_t defcount = func->defaults ? as_tuple(func->defaults)->size : 0;
    uint32_t required = co->argcount - static_cast<uint32_t>(defcount);
    for (uint32_t i = static_cast<uint32_t>(nargs); i < required; ++i)
      if (!slots[i]) return missing_arguments(func, frame, true, defcount);
    Tuple* defaults = func->defaults ? as_tuple(func->defaults) : nullptr;
    for (size_t i = n > required ? n - required : 0; i < defcount; ++i)
      if (!slots[required + i]) slots[required + i] = newref(defaults->items[i]);
  }

  if (co->kwonlyargcount) {
    bool missing = false;
    Tuple* names = as_tuple(co->localsplus_names);
    for (uint32_t i = co->argcount; i < total; ++i) {
      if (slots[i]) continue;
      Value def = func->kwdefaults ? dict_get_str(as_dict(func->kwdefaults), names->items[i]) : Value();
      if (def) slots[i] = newref(def);
      else missing = true;
    }
    if (missing) return missing_arguments(func, frame, false, 0);
  }
  return true;
}

}  // namespace pytier::light::vm
