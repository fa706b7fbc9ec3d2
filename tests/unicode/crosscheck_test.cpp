// Every code point CPython 3.11 (Unicode 14.0) assigns, checked against it.
// Characters whose data changed in Unicode 15.0 are skipped.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "light/unicode/unicode.h"
#include "light/unicode/utf8.h"
#include "../num/reference.h"

namespace u = pytier::light::unicode;

namespace {

const char* SCRIPT = R"PY(
import unicodedata as ud, sys
out = []
for c in range(0x110000):
    ch = chr(c)
    cat = ud.category(ch)
    if cat == 'Cn':
        continue
    flags = ''.join('1' if f() else '0' for f in (ch.isalpha, ch.isdecimal, ch.isdigit,
        ch.isnumeric, ch.isspace, ch.islower, ch.isupper, ch.istitle, ch.isprintable,
        ch.isidentifier, ('a' + ch).isidentifier))
    hx = lambda s: '.'.join('%x' % ord(x) for x in s)
    num = ud.numeric(ch, None)
    out.append('%x %s %s %s %s %s %s %s %d %s %s %s %s %d %s' % (c, cat, flags,
        hx(ch.lower()), hx(ch.upper()), hx(ch.title()), hx(ch.casefold()),
        ud.bidirectional(ch), ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch),
        ud.decomposition(ch).replace(' ', '_') or '-', ud.name(ch, '-').replace(' ', '_'),
        ud.decimal(ch, -1), 'None' if num is None else '%.17g' % num))
sys.stdout.write('\n'.join(out) + '\n')
)PY";

std::string hex_seq(const std::string& utf8) {
  std::string out;
  for (char32_t c : u::decode_utf8(utf8)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%x", out.empty() ? "" : ".", static_cast<unsigned>(c));
    out += buf;
  }
  return out;
}

std::string ours(char32_t c) {
  std::string ch;
  u::append_utf8(ch, c);
  // The str predicates on a one-character string, per CPython's definitions.
  std::string flags;
  for (bool b : {u::is_alpha(c), u::is_decimal(c), u::is_digit(c), u::is_numeric(c), u::is_space(c),
                 u::is_lower(c), u::is_upper(c), u::is_title(c) || u::is_upper(c), u::is_printable(c),
                 u::is_xid_start(c) || c == '_', u::is_xid_continue(c)})
    flags += b ? '1' : '0';
  std::string name;
  if (!u::name_of(c, &name)) name.assign(1, '-');
  for (char& x : name)
    if (x == ' ') x = '_';
  std::string decomp = u::decomposition(c);
  for (char& x : decomp)
    if (x == ' ') x = '_';
  double num;
  std::string numtext = "None";
  if (u::numeric_value(c, &num)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", num);
    numtext = buf;
  }
  char head[64];
  std::snprintf(head, sizeof head, "%x %s ", static_cast<unsigned>(c), u::category(c));
  std::ostringstream os;
  os << head << flags << ' ' << hex_seq(u::lower(ch)) << ' ' << hex_seq(u::upper(ch)) << ' '
     << hex_seq(u::title(ch)) << ' ' << hex_seq(u::casefold(ch)) << ' ' << u::bidirectional(c) << ' '
     << u::combining(c) << ' ' << u::east_asian_width(c) << ' ' << (u::mirrored(c) ? 1 : 0) << ' '
     << (decomp.empty() ? "-" : decomp) << ' ' << name << ' ' << u::to_decimal(c) << ' ' << numtext;
  return os.str();
}

// Other_Lowercase gained these in Unicode 15.0.
bool changed_in_15(char32_t c) { return c == 0x10FC || (c >= 0xA7F2 && c <= 0xA7F4) || c == 0xAB69; }

}  // namespace

TEST(UnicodeCrossCheck, AllAssignedCodePoints) {
  std::istringstream ref(run_reference(SCRIPT));
  std::string line;
  int checked = 0, differing = 0;
  while (std::getline(ref, line)) {
    char32_t c = static_cast<char32_t>(std::stoul(line, nullptr, 16));
    if (changed_in_15(c)) continue;
    std::string mine = ours(c);
    ++checked;
    if (mine != line) {
      ++differing;
      if (differing <= 40) ADD_FAILURE() << "\nref:  " << line << "\nours: " << mine;
    }
  }
  // And we assign nothing more than CPython does.
  int assigned = 0;
  for (char32_t c = 0; c < 0x110000; ++c) assigned += std::string_view(u::category(c)) != "Cn";
  EXPECT_EQ(assigned, checked + 5);  // the characters changed in 15.0 were skipped above
  EXPECT_GT(checked, 100000);
  EXPECT_EQ(differing, 0);
}

namespace {

// Each line: the source sequence, then its NFC, NFD, NFKC and NFKD per CPython;
// sources are every code point plus the sequences of NormalizationTest.txt.
const char* NORMALIZE_SCRIPT = R"PY(
import unicodedata as ud, bz2, sys
hx = lambda s: '.'.join('%x' % ord(x) for x in s)
sources = [chr(c) for c in range(0x110000)
           if ud.category(chr(c)) not in ('Cn', 'Cs') and ud.decomposition(chr(c))]
with bz2.open('/usr/share/unicode/NormalizationTest.txt.bz2', 'rt') as f:
    for line in f:
        if line[0] in '#@':
            continue
        src = ''.join(chr(int(x, 16)) for x in line.split(';')[0].split())
        if all(ud.category(c) != 'Cn' for c in src):
            sources.append(src)
out = [' '.join([hx(s)] + [hx(ud.normalize(form, s)) for form in ('NFC', 'NFD', 'NFKC', 'NFKD')])
       for s in sources]
sys.stdout.write('\n'.join(out) + '\n')
)PY";

std::string from_hex_seq(const std::string& text) {
  std::string out;
  std::istringstream in(text);
  std::string item;
  while (std::getline(in, item, '.')) u::append_utf8(out, static_cast<char32_t>(std::stoul(item, nullptr, 16)));
  return out;
}

}  // namespace

TEST(UnicodeCrossCheck, Normalization) {
  std::istringstream ref(run_reference(NORMALIZE_SCRIPT));
  std::string line;
  int checked = 0, differing = 0;
  while (std::getline(ref, line)) {
    std::istringstream fields(line);
    std::string src;
    fields >> src;
    std::string text = from_hex_seq(src);
    std::string mine = src;
    for (u::Form form : {u::Form::NFC, u::Form::NFD, u::Form::NFKC, u::Form::NFKD})
      mine += ' ' + hex_seq(u::normalize(form, text));
    ++checked;
    if (mine != line) {
      ++differing;
      if (differing <= 20) ADD_FAILURE() << "\nref:  " << line << "\nours: " << mine;
    }
  }
  EXPECT_GT(checked, 10000);
  EXPECT_EQ(differing, 0);
}

TEST(UnicodeCrossCheck, CaseMethodsOnRandomStrings) {
  // Letters whose case rules are special: sigma, dotted I, ligatures, ß,
  // title-case digraphs, case-ignorable marks and apostrophes.
  const std::u32string alphabet = U"aAzZ \u03a3\u03c3\u03c2\u0130\u0131iI\ufb01\u00df\u01c5\u01c4\u01c6\u0345'.\u0301-1\u1e9e\u1f88";
  std::mt19937 rng(11);
  std::string script =
      "def go(s):\n"
      "    hx = lambda t: '.'.join('%x' % ord(c) for c in t) or '-'\n"
      "    print(' '.join(hx(f()) for f in (s.lower, s.upper, s.casefold, s.swapcase, s.title, s.capitalize)))\n";
  std::vector<std::string> expected;
  for (int k = 0; k < 2000; ++k) {
    std::u32string s;
    int len = rng() % 8;
    for (int j = 0; j < len; ++j) s += alphabet[rng() % alphabet.size()];
    std::string utf8 = u::encode_utf8(s);
    script += "go('";
    for (char32_t c : s) {
      char esc[16];
      std::snprintf(esc, sizeof esc, "\\U%08x", static_cast<unsigned>(c));
      script += esc;
    }
    script += "')\n";
    std::string line;
    for (auto f : {u::lower, u::upper, u::casefold, u::swapcase, u::title, u::capitalize}) {
      if (!line.empty()) line += ' ';
      std::string h = hex_seq(f(utf8));
      line += h.empty() ? "-" : h;
    }
    expected.push_back(line);
  }
  std::istringstream ref(run_reference(script));
  std::string line;
  size_t n = 0, bad = 0;
  while (std::getline(ref, line)) {
    ASSERT_LT(n, expected.size());
    if (line != expected[n] && ++bad <= 10) ADD_FAILURE() << "\nref:  " << line << "\nours: " << expected[n];
    ++n;
  }
  EXPECT_EQ(n, expected.size());
}
