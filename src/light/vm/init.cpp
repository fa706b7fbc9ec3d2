#include "light/vm/init.h"

#include "light/modules/sys.h"
#include "light/objects/cell.h"
#include "light/objects/code.h"
#include "light/objects/function.h"
#include "light/objects/generator.h"
#include "light/objects/module.h"
#include "light/objects/traceback.h"
#include "light/objects/type.h"

namespace pytier::light {

void init_cell_type();
void init_code_type();
void init_function_type();
void init_generator_types();
void init_module_type();
void init_traceback_type();

}  // namespace pytier::light

namespace pytier::light::vm {

bool vm_init(const std::vector<std::string>& argv, const std::string& path0) {
  init_cell_type();
  init_code_type();
  init_function_type();
  init_generator_types();
  init_module_type();
  init_traceback_type();
  for (Type* t : {&cell_type, &code_type, &function_type, &generator_type, &coroutine_type, &async_generator_type,
                  &coroutine_wrapper_type, &module_type, &traceback_type})
    if (!type_ready(t)) return false;
  return modules::sys_init(argv, path0) && modules::builtins_init();
}

}  // namespace pytier::light::vm
