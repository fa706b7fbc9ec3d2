#include "light/modules/lib/frozen.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using pytier::light::FrozenModule;
using pytier::light::frozen_modules;

const FrozenModule* find(std::string_view name) {
  auto modules = frozen_modules();
  auto it = std::lower_bound(modules.begin(), modules.end(), name,
                             [](const FrozenModule& m, std::string_view n) { return m.name < n; });
  return it != modules.end() && it->name == name ? &*it : nullptr;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Frozen, SortedByNameWithoutDuplicates) {
  auto modules = frozen_modules();
  ASSERT_FALSE(modules.empty());
  for (size_t i = 1; i < modules.size(); ++i) EXPECT_LT(modules[i - 1].name, modules[i].name);
}

TEST(Frozen, PackagesAndSubmodules) {
  const FrozenModule* collections = find("collections");
  const FrozenModule* abc = find("collections.abc");
  ASSERT_NE(collections, nullptr);
  ASSERT_NE(abc, nullptr);
  EXPECT_TRUE(collections->is_package);
  EXPECT_FALSE(abc->is_package);
  EXPECT_EQ(find("collections.__init__"), nullptr);
}

TEST(Frozen, SourceIsTheFileByteForByte) {
  for (const char* name : {"abc", "functools", "collections", "collections.abc"}) {
    const FrozenModule* m = find(name);
    ASSERT_NE(m, nullptr) << name;
    std::string path = PYTIER_LIB_DIR "/" + std::string(name);
    std::replace(path.begin() + sizeof(PYTIER_LIB_DIR), path.end(), '.', '/');
    path += m->is_package ? "/__init__.py" : ".py";
    EXPECT_EQ(m->source, read(path)) << name;
  }
}

}  // namespace
