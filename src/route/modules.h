#pragma once
// The module facts the router needs: what the Light tier provides, what
// CPython 3.11's stdlib holds, and which names mean C extensions or OS access.

#include <string_view>

namespace pytier::route {

// Whether the Light tier can import `name` (dotted names included).
bool light_provides(std::string_view name);

// Whether `name` or its top-level package is in python3.11's sys.stdlib_module_names.
bool in_stdlib(std::string_view name);

// Whether `name`'s top-level package is a well-known package built on C extensions.
bool is_c_extension_package(std::string_view name);

// Whether importing `name` gives the program files, processes or sockets.
bool is_os_module(std::string_view name);

// The part of a dotted module name before the first dot.
std::string_view top_level(std::string_view name);

}  // namespace pytier::route
