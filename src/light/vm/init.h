#pragma once
// Starting the VM: its object types, then sys and builtins.

#include <string>
#include <vector>

namespace pytier::light::vm {

// argv is sys.argv; path0 is sys.path[0]. False on error (out of memory).
[[nodiscard]] bool vm_init(const std::vector<std::string>& argv, const std::string& path0);

}  // namespace pytier::light::vm
