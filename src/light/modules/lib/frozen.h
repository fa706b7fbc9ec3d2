// The Light tier's library modules written in Python (src/light/modules/lib/**/*.py),
// compiled into the binary as source text at build time.
#pragma once

#include <span>
#include <string_view>

namespace pytier::light {

struct FrozenModule {
  std::string_view name;    // dotted, like "collections.abc"
  std::string_view source;  // the module's Python source, UTF-8
  bool is_package;          // true for a package's __init__.py
};

// Every frozen module, sorted by name, so a lookup can bisect.
std::span<const FrozenModule> frozen_modules();

}  // namespace pytier::light
