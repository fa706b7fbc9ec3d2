#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

namespace pytier::route {

// A directory of one's own for the life of a test: ctest runs tests in
// parallel, and other worktrees run the same tests on this machine.
class ScratchDir {
 public:
  ScratchDir() : path_(::testing::TempDir() + "pytier_route_XXXXXX") {
    if (!::mkdtemp(path_.data())) ADD_FAILURE() << "mkdtemp failed";
    path_ += '/';
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  // `name` inside the directory.
  std::string operator/(const std::string& name) const { return path_ + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace pytier::route
