#include "light/vm/suggestions.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/code.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/list.h"
#include "light/objects/module.h"
#include "light/objects/str.h"
#include "light/objects/traceback.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/vm/import.h"

namespace pytier::light::vm {

namespace {

// CPython's limits: longer names and bigger namespaces get no suggestion.
constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxNameSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a += 'a' - 'A';
  if ('A' <= b && b <= 'Z') b += 'a' - 'A';
  return a == b ? kCaseCost : kMoveCost;
}

// The edit distance of a and b in UTF-8 bytes, or max_cost + 1 once it is
// sure to exceed max_cost.
size_t distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxNameSize || b.size() > kMaxNameSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  // One row of the matrix, updated in place: row[i] is the cost of turning
  // b[:j] into a[:i + 1].
  size_t row[kMaxNameSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    size_t diagonal = result = j * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = diagonal + substitution_cost(b[j], a[i]);
      diagonal = row[i];
      result = std::min(std::min(result, diagonal) + kMoveCost, substitute);
      row[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The nearest of `candidates` to `name` (the first of equals), if near enough.
std::string nearest(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return {};
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    // No more than a third of the characters involved may change.
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best_distance - 1);
    size_t d = distance(name, item, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = item;
      best_distance = d;
    }
  }
  return best;
}

void add_str_keys(Dict* d, std::vector<std::string>* out) {
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) out->push_back(str_check(k) ? str_to_utf8(k) : std::string());
}

// The globals of the frame a traceback entry ran in: the frame's own when
// it was materialized, else those of the module loaded from the same file.
Dict* globals_of(Traceback* tb) {
  Value globals;
  if (tb->frame && lookup_attr(tb->frame, str_intern("f_globals"), &globals) > 0) {
    Ref owned(globals);
    return dict_check(globals) ? as_dict(globals) : nullptr;
  }
  int64_t pos = 0;
  Value name, module;
  while (dict_next(sys_modules, &pos, &name, &module)) {
    Value file;
    if (!module_check(module) || lookup_attr(module, str_intern("__file__"), &file) <= 0) continue;
    Ref owned(file);
    if (str_check(file) && str_equal(file, tb->code->filename)) return static_cast<Module*>(module.object())->dict;
  }
  return nullptr;
}

std::string for_name_error(Value exc, const std::string& name) {
  Value tb_value = as_exception(exc)->traceback;
  if (!tb_value || !traceback_check(tb_value)) return {};
  Traceback* tb = tb_value.as<Traceback>();
  while (traceback_check(tb->next)) tb = tb->next.as<Traceback>();
  std::vector<std::string> names;
  for (uint32_t i = 0; i < tb->code->nlocalsplus; ++i) {
    if (tb->code->localsplus_kinds[i] & compiler::LOCAL_PLAIN) names.push_back(tb->code->unit->localsplus_names[i]);
  }
  std::string found = nearest(names, name);
  if (!found.empty()) return found;
  names.clear();
  if (Dict* globals = globals_of(tb)) add_str_keys(globals, &names);
  found = nearest(names, name);
  if (!found.empty()) return found;
  names.clear();
  Ref builtins(import_module("builtins"));
  if (builtins && module_check(builtins.get())) add_str_keys(static_cast<Module*>(builtins.get().object())->dict, &names);
  return nearest(names, name);
}

std::string for_attribute_error(Value exc, const std::string& name) {
  Value obj;
  if (lookup_attr(exc, str_intern("obj"), &obj) <= 0) return {};
  Ref owned(obj);
  Ref builtins(import_module("builtins"));
  Ref dir(builtins ? getattr(builtins.get(), str_intern("dir")) : Value());
  Ref listing(dir ? call1(dir.get(), obj) : Value());
  if (!listing || !list_check(listing.get())) return {};
  std::vector<std::string> names;
  List* l = as_list(listing.get());
  for (int64_t i = 0; i < l->size; ++i) names.push_back(str_check(l->items[i]) ? str_to_utf8(l->items[i]) : std::string());
  return nearest(names, name);
}

}  // namespace

std::string offer_suggestion(Value exc) {
  Type* t = type_of(exc);
  if (t != &exc::NameError && t != &exc::AttributeError) return {};
  Value name;
  if (lookup_attr(exc, str_intern("name"), &name) <= 0) {
    clear_error();
    return {};
  }
  Ref owned(name);
  if (!str_check(name) || type_of(name) != &str_type) return {};
  std::string wanted = str_to_utf8(name);
  std::string found = t == &exc::NameError ? for_name_error(exc, wanted) : for_attribute_error(exc, wanted);
  clear_error();
  return found;
}

}  // namespace pytier::light::vm
