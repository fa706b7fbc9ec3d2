#pragma once
// Imports: sys.modules, the modules built into the binary, and `.py` files
// (and packages) found along sys.path.

#include <string>
#include <string_view>

#include "light/objects/object.h"

namespace pytier::light::vm {

// sys.modules (owned by the sys module once it exists).
extern Dict* sys_modules;
// sys.path (a list of directory names).
extern Value sys_path;

// `import name` for an absolute dotted name: the module `name` itself (new
// reference), importing its parents first. ModuleNotFoundError when missing.
[[nodiscard]] Value import_module(std::string_view name);

// The builtins' own __import__ (borrowed): IMPORT_NAME calls a replacement
// builtins.__import__ instead of importing itself.
extern Value builtin_import_function;

// Appends the whole file at `path` to *out; false if it cannot be opened.
[[nodiscard]] bool read_file(const std::string& path, std::string* out);

// Runs the source file `path` as module `name` (already registered in
// sys.modules by the caller); false on error.
[[nodiscard]] bool exec_module_file(Value module, std::string_view path);

}  // namespace pytier::light::vm
