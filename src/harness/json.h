#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pytier::harness {

// Writes one JSON document front to back; commas and nesting are its business.
// Text that is not valid UTF-8 (a crashed child's stderr) has each bad byte
// replaced by U+FFFD, so the document always parses.
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(double d);
  JsonWriter& value(int64_t i);
  JsonWriter& value(int i) { return value(int64_t(i)); }
  JsonWriter& value(size_t i) { return value(int64_t(i)); }
  JsonWriter& value(bool b);
  JsonWriter& null();

  const std::string& text() const { return out_; }

 private:
  void separate();
  void quote(std::string_view s);

  std::string out_;
  std::vector<bool> first_in_scope_;
  bool after_key_ = false;
};

// Writes `text` to `path`; false (with errno set) if it could not.
[[nodiscard]] bool write_file(const std::string& path, std::string_view text);

}  // namespace pytier::harness
