#include "harness/json.h"

#include <gtest/gtest.h>

namespace {

using pytier::harness::JsonWriter;

TEST(Json, NestingAndCommas) {
  JsonWriter j;
  j.begin_object().key("a").value(1).key("b").begin_array().value("x").value(true).null().end_array();
  j.key("c").begin_object().end_object().end_object();
  EXPECT_EQ(j.text(), R"({"a":1,"b":["x",true,null],"c":{}})");
}

TEST(Json, EscapesAndRepairsText) {
  JsonWriter j;
  j.value(std::string_view("q\"\\\n\t\x01 \xc3\xa9 \xff \xed\xa0\x80", 15));
  EXPECT_EQ(j.text(), "\"q\\\"\\\\\\n\\t\\u0001 \xc3\xa9 \xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
}

TEST(Json, TimesHaveThreeDecimals) {
  JsonWriter j;
  j.begin_array().value(1.23456).value(0.0 / 0.0).end_array();
  EXPECT_EQ(j.text(), "[1.235,null]");
}

}  // namespace
