#include "route/explain.h"

#include <gtest/gtest.h>

namespace pytier::route {
namespace {

TEST(Explain, JsonStringEscapes) {
  EXPECT_EQ(json_string("a\"b\\c\nd\x01"), "\"a\\\"b\\\\c\\nd\\u0001\"");
  EXPECT_EQ(json_string("é"), "\"é\"");
  EXPECT_EQ(json_string("\xff a \xed\xa0\x80 \xe2\x82"), "\"\\ufffd a \\ufffd\\ufffd\\ufffd \\ufffd\\ufffd\"");
}

TEST(Explain, TextNamesTierAndLines) {
  Decision d;
  d.tier = Tier::Full;
  d.reasons.push_back({"import", 3, "`import abc`: stdlib module abc is not provided by the Light tier", true});
  d.reasons.push_back({"hot-loop-arithmetic", 9, "loop", false});
  EXPECT_EQ(explain_text("x.py", d),
            "x.py: full\n"
            "  line 3: import: `import abc`: stdlib module abc is not provided by the Light tier\n"
            "  (not counted) line 9: hot-loop-arithmetic: loop\n");
}

TEST(Explain, JsonCarriesRefusal) {
  Decision d;
  d.refused = true;
  d.refusal = "no";
  EXPECT_EQ(explain_json("x.py", d), "{\"program\": \"x.py\", \"tier\": null, \"refused\": \"no\", \"reasons\": []}\n");
}

}  // namespace
}  // namespace pytier::route
