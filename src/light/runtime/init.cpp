#include "light/runtime/init.h"

#include "light/objects/type.h"
#include "light/runtime/stdio.h"

namespace pytier::light {

// Each object file sets up its types' slots (objects/*.cpp).
void init_object_type();
void init_type_types();
void init_str_types();
void init_tuple_types();
void init_dict_types();
void init_int_types();
void init_float_type();
void init_complex_type();
void init_list_types();
void init_set_types();
void init_bytes_types();
void init_range_types();
void init_slice_type();
void init_singleton_types();
void init_wrapper_types();
void init_builtin_function_types();
void init_descriptor_types();
void init_method_type();
void init_super_type();
void init_generic_alias_type();
void init_union_type();
void init_weakref_type();
void init_seq_iterator_type();
void init_iterator_types();
void init_builtins_types();
void init_mappingproxy_type();
void init_exception_types();
bool init_exception_instances();
namespace names {
bool init();
}

bool runtime_init() {
  // Order matters only for what allocates: strs and tuples exist before the
  // names are interned and the types' dicts are built.
  init_object_type();
  init_type_types();
  init_str_types();
  init_tuple_types();
  init_dict_types();
  init_int_types();
  init_singleton_types();
  if (!names::init()) return false;
  init_float_type();
  init_complex_type();
  init_list_types();
  init_set_types();
  init_bytes_types();
  init_range_types();
  init_slice_type();
  init_wrapper_types();
  init_builtin_function_types();
  init_descriptor_types();
  init_method_type();
  init_super_type();
  init_generic_alias_type();
  init_union_type();
  init_weakref_type();
  init_seq_iterator_type();
  init_iterator_types();
  init_builtins_types();
  init_mappingproxy_type();
  init_exception_types();
  return ready_static_types() && init_exception_instances();
}

bool runtime_flush() { return stdout_flush(); }

}  // namespace pytier::light
