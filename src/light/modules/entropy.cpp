// The _entropy module: the operating system's randomness (getentropy, on
// Linux and WASI alike), which random seeds from; there is no os module.

#include <algorithm>
#include <string>
#include <unistd.h>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/bytes.h"
#include "light/objects/exceptions.h"
#include "light/runtime/error.h"

namespace pytier::light::modules {

namespace {

Value entropy_urandom(Value, const Value* args, size_t, Value) {
  int64_t n;
  if (!index_as_i64(args[0], &n, &exc::OverflowError)) return Value();
  if (n < 0) return raise_str(&exc::ValueError, "negative argument not allowed");
  if (!fits_allocation(uint64_t(n), 1)) return no_memory();
  std::string out(size_t(n), '\0');
  // getentropy gives at most 256 bytes a call.
  for (size_t done = 0; done < out.size(); done += 256) {
    size_t chunk = std::min<size_t>(256, out.size() - done);
    if (getentropy(out.data() + done, chunk) != 0)
      return raise_errno();
  }
  return bytes_from(out);
}

const MethodDef kEntropyFunctions[] = {
    {"urandom", entropy_urandom, 1, 1},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_entropy() {
  Module* m = module_new("_entropy");
  if (!m) return nullptr;
  if (!add_functions(m, kEntropyFunctions)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
