#pragma once
// Creating the sys and builtins modules at start-up.

#include <string>
#include <vector>

namespace pytier::light::modules {

// sys with its argv and sys.path[0] (the script's directory, or '' for -c);
// also creates sys.modules. False on error.
[[nodiscard]] bool sys_init(const std::vector<std::string>& argv, const std::string& path0);
// builtins: the object model's functions plus those that need the VM.
[[nodiscard]] bool builtins_init();

}  // namespace pytier::light::modules
