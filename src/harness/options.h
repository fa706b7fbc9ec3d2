#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pytier::harness {

// Walks a subcommand's arguments, accepting `--name VALUE` and `--name=VALUE`.
// Errors go to stderr prefixed with the command ("pytier diff: ...").
class ArgReader {
 public:
  ArgReader(const char* command, int argc, char** argv) : command_(command), argc_(argc), argv_(argv) {}

  bool done() const { return i_ >= argc_; }
  std::string_view peek() const { return argv_[i_]; }
  std::string_view next() { return argv_[i_++]; }

  // True if the current argument is option `name`; its value goes to `value`.
  // A missing value is reported and sets failed().
  bool option(std::string_view name, std::string& value);

  // The value parsers report a bad value and set failed().
  void tiers(const std::string& list, std::vector<std::string>& out);
  void number(const std::string& text, double min, double& out);
  void count(const std::string& text, int min, int& out);

  void error(const std::string& message);
  bool failed() const { return failed_; }

 private:
  const char* command_;
  int argc_;
  char** argv_;
  int i_ = 0;
  bool failed_ = false;
};

}  // namespace pytier::harness
