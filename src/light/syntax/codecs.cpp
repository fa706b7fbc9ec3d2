#include "light/syntax/codecs.h"

#include <cctype>
#include <cstring>
#include <string>

namespace pytier::light::syntax {

const uint16_t* find_codec(std::string_view declared) {
  // codecs.lookup lowercases; encodings.normalize_encoding turns each run of
  // characters other than letters, digits and '.' into one '_'.
  std::string key;
  bool gap = false;
  for (char c : declared) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '.') {
      if (gap && !key.empty()) key.push_back('_');
      gap = false;
      key.push_back(static_cast<char>(std::tolower(u)));
    } else {
      gap = true;
    }
  }
  for (int attempt = 0; attempt < 2; attempt++) {
    size_t lo = 0, hi = kCodecNameCount;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      int c = std::strcmp(kCodecNames[mid].name, key.c_str());
      if (c == 0) return kCodecTables[kCodecNames[mid].table];
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    for (char& c : key)
      if (c == '.') c = '_';
  }
  return nullptr;
}

}  // namespace pytier::light::syntax
