// Character names: word-compressed UnicodeData names, NameAliases, named
// sequences, and the names CPython computes (Hangul syllables, CJK ideographs).
#include <algorithm>
#include <cstdio>
#include <iterator>

#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"
#include "unicode_tables.h"

namespace pytier::light::unicode {

using namespace tables;

namespace {

constexpr char32_t HANGUL_BASE = 0xAC00;
constexpr int JAMO_V_COUNT = 21, JAMO_T_COUNT = 28;
constexpr int HANGUL_COUNT = 19 * JAMO_V_COUNT * JAMO_T_COUNT;
constexpr std::string_view HANGUL_PREFIX = "HANGUL SYLLABLE ";
constexpr std::string_view CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

bool is_unified_ideograph(char32_t c) {
  for (const CodeRange& r : CJK_RANGES)
    if (c >= r.first && c <= r.last) return true;
  return false;
}

// Skips to item i of a length-prefixed list indexed every NAME_BLOCK items.
const unsigned char* nth_item(const char* data, const uint32_t* blocks, unsigned i) {
  auto p = reinterpret_cast<const unsigned char*>(data) + blocks[i / NAME_BLOCK];
  for (unsigned k = i % NAME_BLOCK; k > 0; --k) p += 1 + *p;
  return p;
}

// The name of entry i (names are numbered in code point order).
std::string entry_name(unsigned i) {
  const unsigned char* p = nth_item(NAME_DATA, NAME_BLOCKS, i);
  const unsigned char* end = p + 1 + *p;
  std::string out;
  for (++p; p < end;) {
    unsigned w = *p++;
    if (w & 0x80) w = ((w & 0x7F) << 8) | *p++;
    const unsigned char* word = nth_item(WORD_TEXT, WORD_BLOCKS, w);
    if (!out.empty()) out += ' ';
    out.append(reinterpret_cast<const char*>(word + 1), *word);
  }
  return out;
}

// The run of consecutive named code points holding entry i, or holding c.
char32_t entry_code(unsigned i) {
  auto run = std::upper_bound(std::begin(NAME_RUN_ENTRIES), std::end(NAME_RUN_ENTRIES), i) - 1;
  return NAME_RUN_CPS[run - std::begin(NAME_RUN_ENTRIES)] + (i - *run);
}

bool code_entry(char32_t c, unsigned* entry) {
  auto run = std::upper_bound(std::begin(NAME_RUN_CPS), std::end(NAME_RUN_CPS), static_cast<uint32_t>(c)) - 1;
  if (run < std::begin(NAME_RUN_CPS)) return false;
  size_t r = run - std::begin(NAME_RUN_CPS);
  unsigned i = NAME_RUN_ENTRIES[r] + (c - *run);
  if (i >= NAME_RUN_ENTRIES[r + 1]) return false;
  *entry = i;
  return true;
}

// Longest jamo short name in `names` that starts `s` at `pos`.
int match_jamo(std::string_view s, size_t& pos, const char* const* names, int count) {
  int best = -1;
  size_t best_len = 0;
  for (int k = 0; k < count; ++k) {
    std::string_view n = names[k];
    if ((best < 0 || n.size() > best_len) && s.substr(pos, n.size()) == n) {
      best = k;
      best_len = n.size();
    }
  }
  if (best >= 0) pos += best_len;
  return best;
}

bool lookup_hangul(std::string_view name, char32_t* out) {
  size_t pos = HANGUL_PREFIX.size();
  int l = match_jamo(name, pos, JAMO_L, std::size(JAMO_L));
  int v = match_jamo(name, pos, JAMO_V, std::size(JAMO_V));
  int t = match_jamo(name, pos, JAMO_T, std::size(JAMO_T));
  if (l < 0 || v < 0 || t < 0 || pos != name.size()) return false;
  *out = HANGUL_BASE + (l * JAMO_V_COUNT + v) * JAMO_T_COUNT + t;
  return true;
}

bool lookup_cjk(std::string_view hex, char32_t* out) {
  if (hex.size() != 4 && hex.size() != 5) return false;
  char32_t c = 0;
  for (char h : hex) {
    if (h >= '0' && h <= '9') c = c * 16 + (h - '0');
    else if (h >= 'A' && h <= 'F') c = c * 16 + (h - 'A' + 10);
    else return false;
  }
  if (!is_unified_ideograph(c)) return false;
  *out = c;
  return true;
}

std::string ascii_upper(std::string_view s) {
  std::string up(s);
  for (char& ch : up)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return up;
}

bool lookup_listed(const std::string& up, char32_t* out) {
  const uint16_t* first = NAME_BY_NAME;
  const uint16_t* last = NAME_BY_NAME + std::size(NAME_BY_NAME);
  const uint16_t* it = std::partition_point(first, last, [&](uint16_t i) { return entry_name(i) < up; });
  if (it != last && entry_name(*it) == up) {
    *out = entry_code(*it);
    return true;
  }
  auto alias = std::partition_point(std::begin(ALIASES), std::end(ALIASES),
                                    [&](const NameAlias& a) { return a.name < std::string_view(up); });
  if (alias != std::end(ALIASES) && alias->name == std::string_view(up)) {
    *out = alias->code;
    return true;
  }
  return false;
}

}  // namespace

bool name_of(char32_t c, std::string* out) {
  if (c >= HANGUL_BASE && c < HANGUL_BASE + HANGUL_COUNT) {
    int s = c - HANGUL_BASE;
    *out = HANGUL_PREFIX;
    *out += JAMO_L[s / (JAMO_V_COUNT * JAMO_T_COUNT)];
    *out += JAMO_V[s % (JAMO_V_COUNT * JAMO_T_COUNT) / JAMO_T_COUNT];
    *out += JAMO_T[s % JAMO_T_COUNT];
    return true;
  }
  if (is_unified_ideograph(c)) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "%X", static_cast<unsigned>(c));
    *out = CJK_PREFIX;
    *out += hex;
    return true;
  }
  unsigned entry;
  if (!code_entry(c, &entry)) return false;
  *out = entry_name(entry);
  return true;
}

bool lookup_name(std::string_view name, char32_t* out) {
  // CPython matches these two prefixes case-sensitively.
  if (name.substr(0, HANGUL_PREFIX.size()) == HANGUL_PREFIX) return lookup_hangul(name, out);
  if (name.substr(0, CJK_PREFIX.size()) == CJK_PREFIX) return lookup_cjk(name.substr(CJK_PREFIX.size()), out);
  return lookup_listed(ascii_upper(name), out);
}

bool lookup_name_or_sequence(std::string_view name, std::string* out_utf8) {
  char32_t c;
  if (lookup_name(name, &c)) {
    out_utf8->clear();
    append_utf8(*out_utf8, c);
    return true;
  }
  std::string up = ascii_upper(name);
  auto it = std::partition_point(std::begin(NAMED_SEQUENCES), std::end(NAMED_SEQUENCES),
                                 [&](const NamedSequence& s) { return s.name < std::string_view(up); });
  if (it == std::end(NAMED_SEQUENCES) || it->name != std::string_view(up)) return false;
  out_utf8->clear();
  for (int k = 0; k < it->length; ++k) append_utf8(*out_utf8, NAMED_SEQUENCE_DATA[it->start + k]);
  return true;
}

}  // namespace pytier::light::unicode
