// The itertools module: its types, readied on first import.

#include "light/modules/itertools.h"

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace itertools {

namespace {

Value self_iter(Value v) { return newref(v); }

}  // namespace

void define_type(Type* t, const char* name, size_t size, void (*dealloc)(Object*), NewFn new_, UnaryFn next,
                 bool subclassable) {
  t->name = std::string("itertools.") + name;
  t->basic_size = size;
  t->flags = subclassable ? uint32_t(Type::kBaseType) : 0u;
  t->dealloc = dealloc;
  t->new_ = new_;
  t->iter = self_iter;
  t->next = next;
}

bool no_keywords(Type* type, Type* base, const char* name, Value kwnames) {
  if (!kwnames || as_tuple(kwnames)->size == 0) return true;
  if (type != base && type->init != base->init) return true;
  type_error("%s() takes no keyword arguments", name);
  return false;
}

bool expect_args(const char* name, size_t nargs, size_t count) {
  if (nargs == count) return true;
  type_error("%s expected %zd argument%s, got %zd", name, count, count == 1 ? "" : "s", nargs);
  return false;
}

int64_t non_negative(Value r, const char* what) {
  int64_t n;
  if (!index_as_ssize(r, &n)) return -1;
  if (n < 0) {
    value_error("%s must be non-negative", what);
    return -1;
  }
  return n;
}

}  // namespace itertools

namespace {

const MethodDef kItertoolsFunctions[] = {
    {"tee", itertools::tee, 1, 2},
    {nullptr, nullptr, 0, 0},
};

using namespace itertools;
Type* const kTypes[] = {&count_type, &cycle_type, &repeat_type, &accumulate_type, &chain_type, &compress_type,
                        &dropwhile_type, &takewhile_type, &filterfalse_type, &islice_type, &pairwise_type,
                        &starmap_type, &zip_longest_type, &groupby_type, &grouper_type, &tee_type, &tee_data_type,
                        &product_type, &permutations_type, &combinations_type, &cwr_type};

bool ready_types() {
  static bool ready = false;
  if (ready) return true;
  itertools::init_infinite_types();
  itertools::init_terminating_types();
  itertools::init_grouping_types();
  itertools::init_combinatoric_types();
  for (Type* t : kTypes) {
    if (!type_ready(t)) return false;
  }
  ready = true;
  return true;
}

}  // namespace

Module* make_itertools() {
  if (!ready_types()) return nullptr;
  Module* m = module_new("itertools");
  if (!m) return nullptr;
  bool ok = add_functions(m, kItertoolsFunctions);
  for (Type* t : kTypes) {
    std::string name = t->name.substr(t->name.find('.') + 1);
    ok = ok && add_value(m, name.c_str(), newref(Value(t)));
  }
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
