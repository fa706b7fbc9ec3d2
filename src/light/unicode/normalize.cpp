// Normalization forms NFC, NFD, NFKC, NFKD (UAX #15) and unicodedata.decomposition.
#include <algorithm>
#include <cstdio>
#include <iterator>

#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"
#include "unicode_tables.h"

namespace pytier::light::unicode {

using namespace tables;

namespace {

constexpr char32_t S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7;
constexpr int L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT;
constexpr int S_COUNT = L_COUNT * N_COUNT;

// Offset into DECOMP_DATA of c's decomposition, 0 when it has none.
unsigned decomp_entry(char32_t c) {
  if (c >= 0x110000) return 0;
  unsigned block = DECOMP_INDEX1[c >> DECOMP_SHIFT];
  return DECOMP_INDEX2[(block << DECOMP_SHIFT) + (c & ((1u << DECOMP_SHIFT) - 1))];
}

void decompose_into(std::u32string& out, char32_t c, bool compat) {
  if (c >= S_BASE && c < S_BASE + S_COUNT) {
    int s = c - S_BASE;
    out += L_BASE + s / N_COUNT;
    out += V_BASE + s % N_COUNT / T_COUNT;
    if (s % T_COUNT) out += T_BASE + s % T_COUNT;
    return;
  }
  unsigned e = decomp_entry(c);
  uint32_t head = e ? DECOMP_DATA[e] : 0;
  bool is_compat = (head >> 8) != 0;
  if (!e || (is_compat && !compat)) {
    out += c;
    return;
  }
  for (unsigned k = 1; k <= (head & 0xFF); ++k) decompose_into(out, DECOMP_DATA[e + k], compat);
}

// Canonical ordering: a stable sort of each run of non-starters by class.
void reorder(std::u32string& s) {
  for (size_t i = 0; i < s.size();) {
    if (combining(s[i]) == 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && combining(s[j]) != 0) ++j;
    std::stable_sort(s.begin() + i, s.begin() + j,
                     [](char32_t a, char32_t b) { return combining(a) < combining(b); });
    i = j;
  }
}

bool compose_pair(char32_t a, char32_t b, char32_t* out) {
  if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
    *out = S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    return true;
  }
  if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE &&
      b < T_BASE + T_COUNT) {
    *out = a + (b - T_BASE);
    return true;
  }
  auto it = std::lower_bound(std::begin(COMPOSE_PAIRS), std::end(COMPOSE_PAIRS), ComposePair{a, b, 0},
                             [](const ComposePair& x, const ComposePair& y) {
                               return x.first != y.first ? x.first < y.first : x.second < y.second;
                             });
  if (it == std::end(COMPOSE_PAIRS) || it->first != a || it->second != b) return false;
  *out = it->composite;
  return true;
}

void compose(std::u32string& s) {
  if (s.empty()) return;
  size_t starter = 0, out = 1;
  int last_class = combining(s[0]) ? 256 : 0;
  if (last_class) starter = std::u32string::npos;
  for (size_t i = 1; i < s.size(); ++i) {
    char32_t c = s[i];
    int cls = combining(c);
    char32_t composite;
    bool blocked = last_class != 0 && last_class >= cls;
    if (starter != std::u32string::npos && !blocked && compose_pair(s[starter], c, &composite)) {
      s[starter] = composite;
      continue;
    }
    if (cls == 0) starter = out;
    last_class = cls;
    s[out++] = c;
  }
  s.resize(out);
}

}  // namespace

std::string normalize(Form form, std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  bool compat = form == Form::NFKC || form == Form::NFKD;
  std::u32string s;
  for (size_t i = 0; i < utf8.size();) decompose_into(s, next_utf8(utf8, i), compat);
  reorder(s);
  if (form == Form::NFC || form == Form::NFKC) compose(s);
  return encode_utf8(s);
}

bool is_normalized(Form form, std::string_view utf8) { return normalize(form, utf8) == utf8; }

std::string nfkc(std::string_view utf8) { return normalize(Form::NFKC, utf8); }

std::string decomposition(char32_t c) {
  unsigned e = decomp_entry(c);
  if (!e) return "";
  uint32_t head = DECOMP_DATA[e];
  std::string out = DECOMP_PREFIX[head >> 8];
  for (unsigned k = 1; k <= (head & 0xFF); ++k) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(DECOMP_DATA[e + k]));
    if (!out.empty()) out += ' ';
    out += hex;
  }
  return out;
}

}  // namespace pytier::light::unicode
