#include "light/vm/init.h"

#include "light/modules/sys.h"
#include "light/objects/cell.h"
#include "light/objects/code.h"
#include "light/objects/function.h"
#include "light/objects/generator.h"
#include "light/objects/module.h"
#include "light/objects/namespace.h"
#include "light/objects/exceptions.h"
#include "light/objects/str.h"
#include "light/objects/super.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/vm/frame.h"
#include "light/objects/traceback.h"
#include "light/objects/type.h"

namespace pytier::light {

void init_cell_type();
void init_code_type();
void init_function_type();
void init_generator_types();
void init_module_type();
void init_namespace_type();
void init_traceback_type();

}  // namespace pytier::light

namespace pytier::light::vm {

namespace {

// Zero-argument super(): the calling frame's first argument and its
// __class__ cell.
bool frame_super_args(Type** type, Value* obj) {
  Frame* f = current_frame();
  if (!f || f->code->argcount == 0) {
    raise_str(&exc::RuntimeError, "super(): no arguments");
    return false;
  }
  Code* co = f->code;
  Value first = f->localsplus[0];
  if (first && (co->localsplus_kinds[0] & compiler::LOCAL_CELL)) first = first.as<Cell>()->ref;
  if (!first) {
    raise_str(&exc::RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  Tuple* names = as_tuple(co->localsplus_names);
  for (uint32_t i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; ++i) {
    if (!str_equal(names->items[i], str_intern("__class__"))) continue;
    Value cell = f->localsplus[i];
    if (!cell || cell.is_small() || cell.object()->type != &cell_type) {
      raise_str(&exc::RuntimeError, "super(): bad __class__ cell");
      return false;
    }
    Value cls = cell.as<Cell>()->ref;
    if (!cls) {
      raise_str(&exc::RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!type_check(cls)) {
      raise_fmt(&exc::RuntimeError, "super(): __class__ is not a type (%s)", type_of(cls)->name.c_str());
      return false;
    }
    *type = as_type(cls);
    *obj = first;
    return true;
  }
  raise_str(&exc::RuntimeError, "super(): __class__ cell not found");
  return false;
}

}  // namespace

bool vm_init(const std::vector<std::string>& argv, const std::string& path0) {
  init_cell_type();
  init_code_type();
  init_function_type();
  init_generator_types();
  init_module_type();
  init_namespace_type();
  init_traceback_type();
  for (Type* t : {&cell_type, &code_type, &function_type, &generator_type, &coroutine_type, &async_generator_type,
                  &coroutine_wrapper_type, &async_gen_op_type, &module_type, &namespace_type, &traceback_type})
    if (!type_ready(t)) return false;
  super_find_args = frame_super_args;
  return modules::sys_init(argv, path0) && modules::builtins_init();
}

}  // namespace pytier::light::vm
