#include <gtest/gtest.h>

#include "light/unicode/unicode.h"

namespace u = pytier::light::unicode;

TEST(Unicode, Printable) {
  EXPECT_TRUE(u::is_printable(' '));
  EXPECT_TRUE(u::is_printable('a'));
  EXPECT_FALSE(u::is_printable('\n'));
  EXPECT_FALSE(u::is_printable(0x7F));
  EXPECT_FALSE(u::is_printable(0xA0));
  EXPECT_TRUE(u::is_printable(0xE9));
  EXPECT_FALSE(u::is_printable(0xAD));
  EXPECT_FALSE(u::is_printable(0x2028));
  EXPECT_FALSE(u::is_printable(0xD800));
  EXPECT_FALSE(u::is_printable(0x378));
  EXPECT_TRUE(u::is_printable(0x1F600));
}

TEST(Unicode, Identifiers) {
  EXPECT_TRUE(u::is_xid_start('a'));
  EXPECT_FALSE(u::is_xid_start('_'));
  EXPECT_FALSE(u::is_xid_start('1'));
  EXPECT_TRUE(u::is_xid_continue('1'));
  EXPECT_TRUE(u::is_xid_continue('_'));
  EXPECT_TRUE(u::is_xid_start(0x3B1));
  EXPECT_FALSE(u::is_xid_start(0x2E2F));  // Lm, but Pattern_Syntax
  EXPECT_TRUE(u::is_xid_start(0x2118));   // Other_ID_Start
  EXPECT_EQ(u::nfkc("abc"), "abc");
  EXPECT_EQ(u::nfkc("\xef\xac\x81"), "fi");  // U+FB01
}

TEST(Unicode, LookupName) {
  char32_t c = 0;
  EXPECT_TRUE(u::lookup_name("LATIN SMALL LETTER A", &c));
  EXPECT_EQ(c, U'a');
  EXPECT_TRUE(u::lookup_name("latin small letter a", &c));
  EXPECT_EQ(c, U'a');
  EXPECT_TRUE(u::lookup_name("BYTE ORDER MARK", &c));
  EXPECT_EQ(c, 0xFEFFu);
  EXPECT_TRUE(u::lookup_name("HANGUL SYLLABLE GAG", &c));
  EXPECT_EQ(c, 0xAC01u);
  EXPECT_TRUE(u::lookup_name("CJK UNIFIED IDEOGRAPH-4E00", &c));
  EXPECT_EQ(c, 0x4E00u);
  EXPECT_FALSE(u::lookup_name("cjk unified ideograph-4e00", &c));
  EXPECT_FALSE(u::lookup_name("NO SUCH THING", &c));
  EXPECT_TRUE(u::lookup_name("SPACE", &c));
  EXPECT_EQ(c, 0x20u);
  EXPECT_TRUE(u::lookup_name("EM DASH", &c));
  EXPECT_EQ(c, 0x2014u);
  std::string name;
  EXPECT_TRUE(u::name_of(0xAC00, &name));
  EXPECT_EQ(name, "HANGUL SYLLABLE GA");
  EXPECT_TRUE(u::name_of(0x1F600, &name));
  EXPECT_EQ(name, "GRINNING FACE");
  EXPECT_FALSE(u::name_of(0x378, &name));
}

TEST(Unicode, StringLevel) {
  EXPECT_TRUE(u::is_identifier("_x1"));
  EXPECT_TRUE(u::is_identifier("\xc3\xa9t\xc3\xa9"));
  EXPECT_FALSE(u::is_identifier("1x"));
  EXPECT_FALSE(u::is_identifier(""));
  EXPECT_FALSE(u::is_identifier("a-b"));
  EXPECT_STREQ(u::unidata_version(), "14.0.0");
  EXPECT_EQ(u::lower("\xce\x9f\xce\xa3"), "\xce\xbf\xcf\x82");           // ΟΣ -> ος (final sigma)
  EXPECT_EQ(u::lower("\xce\xa3"), "\xcf\x83");                           // a lone Σ is not final
  EXPECT_EQ(u::lower("\xce\x9f\xce\xa3\xce\x9f"), "\xce\xbf\xcf\x83\xce\xbf");
  EXPECT_EQ(u::upper("stra\xc3\x9f" "e"), "STRASSE");
  EXPECT_EQ(u::casefold("Stra\xc3\x9f" "e"), "strasse");
  EXPECT_EQ(u::title("hello wORLD ﬁx"), "Hello World Fix");
  EXPECT_EQ(u::capitalize("ﬁx ABC"), "Fix abc");
  EXPECT_EQ(u::swapcase("aBc \xc3\x9f"), "AbC SS");
  std::string seq;
  EXPECT_TRUE(u::lookup_name_or_sequence("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", &seq));
  EXPECT_EQ(seq, "\xc4\x80\xcc\x80");
}

TEST(Unicode, EveryNameLooksUpItsCharacter) {
  int named = 0;
  for (char32_t c = 0; c < 0x110000; ++c) {
    std::string name;
    if (!u::name_of(c, &name)) continue;
    ++named;
    char32_t back = 0;
    ASSERT_TRUE(u::lookup_name(name, &back)) << name;
    ASSERT_EQ(back, c) << name;
  }
  EXPECT_GT(named, 130000);  // with the CJK ideographs and Hangul syllables
}

TEST(Unicode, AlgorithmicNamesAsCPython311) {
  char32_t c = 0;
  for (const char* name : {"hangul syllable GA", "HANGUL SYLLABLE ga", "cjk unified ideograph-4E00",
                           "CJK UNIFIED IDEOGRAPH-4e00", "HANGUL SYLLABLE GAGX", "HANGUL SYLLABLE ",
                           "CJK UNIFIED IDEOGRAPH-2B739", "CJK UNIFIED IDEOGRAPH-31350"})  // the last two are 15.0
    EXPECT_FALSE(u::lookup_name(name, &c)) << name;
  ASSERT_TRUE(u::lookup_name("CJK UNIFIED IDEOGRAPH-04E00", &c));
  EXPECT_EQ(c, 0x4E00u);
}
