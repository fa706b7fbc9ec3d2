#include "light/modules/args.h"

#include "light/objects/abstract.h"
#include "light/objects/int.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

bool ssize_arg(Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Ref i(to_index(v));
  if (!i) return false;
  if (int_to_i64(i.get(), out)) return true;
  overflow_error("Python int too large to convert to C ssize_t");
  return false;
}

}  // namespace pytier::light::modules
