#pragma once
// The modules built into the Light tier, by name.

#include <string>
#include <string_view>
#include <vector>

#include "light/modules/lib/frozen.h"
#include "light/objects/module.h"

namespace pytier::light::modules {

// A new module object for the built-in (native) module `name`; null with
// no exception pending when there is none by that name.
[[nodiscard]] Module* make_builtin(std::string_view name, bool* found);
// The native modules' names, sorted, for sys.builtin_module_names.
std::vector<std::string> builtin_module_names();

// The library module `name` (dotted) written in Python and frozen into the
// binary, or null when there is none.
const FrozenModule* find_frozen(std::string_view name);
// Whether the Light tier can import `name` (dotted): a native or a frozen
// module. The auto router reads this.
bool provides(std::string_view name);

// Adds each function of `defs` (terminated by a null name) to module m.
[[nodiscard]] bool add_functions(Module* m, const MethodDef* defs);
// m.name = v (v stolen; null propagates an earlier failure).
[[nodiscard]] bool add_value(Module* m, const char* name, Value v);

// Each built-in module's maker.
[[nodiscard]] Module* make_time();
[[nodiscard]] Module* make_entropy();
[[nodiscard]] Module* make_atexit();
[[nodiscard]] Module* make_gc();
[[nodiscard]] Module* make_io();
[[nodiscard]] Module* make_posix();
[[nodiscard]] Module* make_errno();
[[nodiscard]] Module* make_cmath();
[[nodiscard]] Module* make_sys();
[[nodiscard]] Module* make_builtins();
[[nodiscard]] Module* make_math();
[[nodiscard]] Module* make_unicodedata();
[[nodiscard]] Module* make_weakref();
[[nodiscard]] Module* make_heapq();
[[nodiscard]] Module* make_bisect();
[[nodiscard]] Module* make_collections();
[[nodiscard]] Module* make_functools();
[[nodiscard]] Module* make_operator();
[[nodiscard]] Module* make_itertools();
[[nodiscard]] Module* make_random();
[[nodiscard]] Module* make_json();
[[nodiscard]] Module* make_hashcore();
[[nodiscard]] Module* make_structcore();
[[nodiscard]] Module* make_reengine();

}  // namespace pytier::light::modules
