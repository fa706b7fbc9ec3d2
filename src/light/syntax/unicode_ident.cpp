#include "light/syntax/unicode_ident.h"

#include "light/unicode/unicode.h"

namespace pytier::light::syntax {

namespace {

int utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

bool id_start(char32_t cp) { return cp == '_' || unicode::is_xid_start(cp); }
bool id_continue(char32_t cp) { return cp == '_' || unicode::is_xid_continue(cp); }

}  // namespace

char32_t decode_utf8_char(std::string_view s) {
  if (s.empty()) return 0xFFFD;
  unsigned char c = static_cast<unsigned char>(s[0]);
  int n = utf8_length(c);
  if (n == 1) return c < 0x80 ? c : 0xFFFD;
  if (static_cast<int>(s.size()) < n) return 0xFFFD;
  char32_t cp = c & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    unsigned char k = static_cast<unsigned char>(s[i]);
    if ((k & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (k & 0x3F);
  }
  return cp;
}

void append_utf8(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string_view first_invalid_identifier_char(std::string_view name) {
  size_t i = 0;
  bool first = true;
  while (i < name.size()) {
    int n = utf8_length(static_cast<unsigned char>(name[i]));
    if (i + n > name.size()) n = static_cast<int>(name.size() - i);
    char32_t cp = decode_utf8_char(name.substr(i, n));
    if (!(first ? id_start(cp) : id_continue(cp))) return name.substr(i, n);
    first = false;
    i += n;
  }
  return {};
}

bool check_identifier(std::string_view name) { return first_invalid_identifier_char(name).empty(); }

bool is_printable_char(char32_t cp) { return unicode::is_printable(cp); }

bool lookup_unicode_name(std::string_view name, char32_t* out) { return unicode::lookup_name(name, out); }

}  // namespace pytier::light::syntax
