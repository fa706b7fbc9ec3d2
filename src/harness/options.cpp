#include "harness/options.h"

#include <charconv>
#include <cstdio>

#include "harness/sides.h"

namespace pytier::harness {

bool ArgReader::option(std::string_view name, std::string& value) {
  std::string_view arg = peek();
  if (arg.substr(0, name.size()) != name) return false;
  if (arg.size() > name.size() && arg[name.size()] == '=') {
    value = arg.substr(name.size() + 1);
  } else if (arg.size() != name.size()) {
    return false;
  } else if (i_ + 1 >= argc_) {
    error(std::string(name) + " needs a value");
  } else {
    value = argv_[++i_];
  }
  ++i_;
  return true;
}

void ArgReader::tiers(const std::string& list, std::vector<std::string>& out) {
  out.clear();
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = std::min(list.find(',', start), list.size());
    std::string tier = list.substr(start, comma - start);
    if (!is_tier(tier)) return error("unknown tier '" + tier + "' (full, light or auto)");
    out.push_back(tier);
    start = comma + 1;
  }
}

void ArgReader::number(const std::string& text, double min, double& out) {
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !(v >= min)) return error("bad number '" + text + "'");
  out = v;
}

void ArgReader::count(const std::string& text, int min, int& out) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < min) return error("bad count '" + text + "'");
  out = v;
}

void ArgReader::error(const std::string& message) {
  std::fprintf(stderr, "%s: %s\n", command_, message.c_str());
  failed_ = true;
}

}  // namespace pytier::harness
