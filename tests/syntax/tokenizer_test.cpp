#include "light/syntax/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pytier::light::syntax {
namespace {

std::vector<Tok> kinds(std::string_view src, TokenizeResult* out) {
  tokenize(src, TokenizeFrom{0, static_cast<uint32_t>(src.size()), 1, 0, false}, out);
  std::vector<Tok> k;
  for (const Token& t : out->tokens) k.push_back(t.kind);
  return k;
}

TEST(Tokenizer, IndentationMakesIndentAndDedent) {
  TokenizeResult r;
  std::vector<Tok> want = {Tok::KwIf,    Tok::Name,   Tok::Colon,   Tok::Newline, Tok::Indent,
                           Tok::KwPass,  Tok::Newline, Tok::Dedent, Tok::Name,    Tok::Newline,
                           Tok::EndMarker};
  EXPECT_EQ(kinds("if x:\n    pass\n\n# c\ny\n", &r), want);
}

TEST(Tokenizer, BracketsJoinLines) {
  TokenizeResult r;
  std::vector<Tok> want = {Tok::Name, Tok::Equal, Tok::LPar,    Tok::Number,
                           Tok::Comma, Tok::Number, Tok::RPar, Tok::Newline, Tok::EndMarker};
  EXPECT_EQ(kinds("x = (1,\n     2)\n", &r), want);
}

TEST(Tokenizer, PositionsAreByteColumns) {
  TokenizeResult r;
  kinds("é = 'ü'\n", &r);
  ASSERT_GE(r.tokens.size(), 3u);
  EXPECT_EQ(r.tokens[1].col, 3);  // 'é' is two bytes
  EXPECT_EQ(r.tokens[2].col, 5);
  EXPECT_EQ(r.tokens[2].end_col, 9);
}

TEST(Tokenizer, NumbersAndStrings) {
  TokenizeResult r;
  std::vector<Tok> want = {Tok::Number, Tok::Number, Tok::Number, Tok::Number, Tok::String,
                           Tok::String, Tok::Newline, Tok::EndMarker};
  EXPECT_EQ(kinds("0x_FF 1_000.5e-3j .5 0o17 rb'\\d' f'''{x}\n'''\n", &r), want);
}

TEST(Tokenizer, TabErrorIsReported) {
  TokenizeResult r;
  kinds("if x:\n        a\n\tb\n", &r);
  ASSERT_EQ(r.tokens.back().kind, Tok::Error);
  EXPECT_EQ(r.error.kind, ErrorKind::TabError);
  EXPECT_EQ(r.error.lineno, 3);
}

TEST(Tokenizer, UnclosedBracketAtEof) {
  TokenizeResult r;
  kinds("x = [1,\n", &r);
  ASSERT_EQ(r.tokens.back().kind, Tok::Error);
  EXPECT_EQ(r.error.msg, "'[' was never closed");
  EXPECT_EQ(r.error_class, TokErrorClass::EofInBrackets);
  EXPECT_EQ(r.error.offset, 5);
}

TEST(Tokenizer, TooManyNestedParentheses) {
  TokenizeResult r;
  std::string src(100000, '(');
  kinds(src, &r);
  EXPECT_EQ(r.error.msg, "too many nested parentheses");
}

TEST(Tokenizer, BadNumbers) {
  const char* cases[][2] = {
      {"01\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"},
      {"1_\n", "invalid decimal literal"},
      {"0b2\n", "invalid digit '2' in binary literal"},
      {"0x\n", "invalid hexadecimal literal"},
      {"1abc\n", "invalid decimal literal"},
  };
  for (auto& c : cases) {
    TokenizeResult r;
    kinds(c[0], &r);
    EXPECT_EQ(r.error.msg, c[1]) << c[0];
  }
}

}  // namespace
}  // namespace pytier::light::syntax
