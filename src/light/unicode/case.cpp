// The case-changing str methods, with CPython's final-sigma rule for lower().
#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"

namespace pytier::light::unicode {

namespace {

constexpr char32_t CAPITAL_SIGMA = 0x3A3;

// Σ lowers to final ς when a cased letter precedes it and none follows,
// looking past case-ignorable characters both ways.
char32_t lower_sigma(const std::u32string& s, size_t i) {
  size_t j = i;
  while (j > 0 && is_case_ignorable(s[j - 1])) --j;
  bool final_sigma = j > 0 && is_cased(s[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < s.size() && is_case_ignorable(s[k])) ++k;
    final_sigma = k == s.size() || !is_cased(s[k]);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

void append(std::string& out, const char32_t* cps, int n) {
  for (int k = 0; k < n; ++k) append_utf8(out, cps[k]);
}

void append_lower(std::string& out, const std::u32string& s, size_t i) {
  if (s[i] == CAPITAL_SIGMA) {
    append_utf8(out, lower_sigma(s, i));
    return;
  }
  char32_t buf[3];
  append(out, buf, to_lower_full(s[i], buf));
}

template <typename Map>
std::string map_each(std::string_view utf8, Map map) {
  std::string out;
  out.reserve(utf8.size());
  std::u32string s = decode_utf8(utf8);
  for (size_t i = 0; i < s.size(); ++i) map(out, s, i);
  return out;
}

}  // namespace

std::string lower(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& ch : out)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    return out;
  }
  return map_each(utf8, append_lower);
}

std::string upper(std::string_view utf8) {
  if (is_ascii(utf8)) {
    std::string out(utf8);
    for (char& ch : out)
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
    return out;
  }
  return map_each(utf8, [](std::string& out, const std::u32string& s, size_t i) {
    char32_t buf[3];
    append(out, buf, to_upper_full(s[i], buf));
  });
}

std::string casefold(std::string_view utf8) {
  if (is_ascii(utf8)) return lower(utf8);
  return map_each(utf8, [](std::string& out, const std::u32string& s, size_t i) {
    char32_t buf[3];
    append(out, buf, to_fold_full(s[i], buf));
  });
}

std::string swapcase(std::string_view utf8) {
  return map_each(utf8, [](std::string& out, const std::u32string& s, size_t i) {
    char32_t buf[3];
    if (is_upper(s[i])) append_lower(out, s, i);
    else if (is_lower(s[i])) append(out, buf, to_upper_full(s[i], buf));
    else append_utf8(out, s[i]);
  });
}

std::string title(std::string_view utf8) {
  bool previous_cased = false;
  return map_each(utf8, [&](std::string& out, const std::u32string& s, size_t i) {
    char32_t buf[3];
    if (previous_cased) append_lower(out, s, i);
    else append(out, buf, to_title_full(s[i], buf));
    previous_cased = is_cased(s[i]);
  });
}

std::string capitalize(std::string_view utf8) {
  return map_each(utf8, [](std::string& out, const std::u32string& s, size_t i) {
    char32_t buf[3];
    if (i == 0) append(out, buf, to_title_full(s[i], buf));
    else append_lower(out, s, i);
  });
}

}  // namespace pytier::light::unicode
