#include "light/syntax/parser.h"

#include <gtest/gtest.h>

#include <string>

#include "light/syntax/dump.h"

namespace pytier::light::syntax {
namespace {

// The dump of `src`, or "error: <msg> <line>:<offset>".
std::string parse(std::string_view src) {
  Arena arena;
  SyntaxErrorInfo err;
  ast::Module* m = parse_module(arena, src, "<test>", &err);
  if (!m) return "error: " + err.msg + " " + std::to_string(err.lineno) + ":" + std::to_string(err.offset);
  std::string out;
  if (!dump(*m, &out)) return "too deep";
  return out;
}

// Expected dumps are CPython 3.11's ast.dump(..., include_attributes=True).
TEST(Parser, Assignment) {
  EXPECT_EQ(parse("x = 1\n"),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
            "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])");
}

TEST(Parser, CallArguments) {
  EXPECT_EQ(parse("f(a, *b, k=1, **c)\n"),
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, "
            "end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
            "end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], "
            "keywords=[keyword(arg='k', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, "
            "end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), "
            "keyword(value=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), "
            "lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])");
}

TEST(Parser, ElifNestsIf) {
  EXPECT_EQ(parse("if a:\n    pass\nelif b:\n    pass\n"),
            "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
            "end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], "
            "orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), "
            "body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[], lineno=3, "
            "col_offset=0, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, "
            "end_col_offset=8)], type_ignores=[])");
}

TEST(Parser, FStringWithNestedSpec) {
  EXPECT_EQ(parse("x = f\"{a!r:>{w}}\"\n"),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), "
            "lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, "
            "format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, "
            "end_col_offset=17), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=13, "
            "end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=4, end_lineno=1, "
            "end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, "
            "col_offset=4, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=4, end_lineno=1, "
            "end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])");
}

TEST(Parser, MatchPatterns) {
  EXPECT_EQ(parse("match p:\n    case [1, *r] | {\"k\": _} if r:\n        pass\n"),
            "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, "
            "end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=["
            "MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), "
            "lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='r', lineno=2, "
            "col_offset=13, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=9, end_lineno=2, "
            "end_col_offset=16), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=20, end_lineno=2, "
            "end_col_offset=23)], patterns=[MatchAs(lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], "
            "lineno=2, col_offset=19, end_lineno=2, end_col_offset=27)], lineno=2, col_offset=9, end_lineno=2, "
            "end_col_offset=27), guard=Name(id='r', ctx=Load(), lineno=2, col_offset=31, end_lineno=2, "
            "end_col_offset=32), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], "
            "lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])");
}

TEST(Parser, SoftKeywordsStayNames) {
  EXPECT_EQ(parse("match = case = _ = 1\nmatch(x)\n").rfind("Module(body=[Assign(", 0), 0u);
}

TEST(Parser, Expression) {
  Arena arena;
  SyntaxErrorInfo err;
  ast::Expression* e = parse_expression(arena, "a + 1", "<test>", &err);
  ASSERT_NE(e, nullptr);
  std::string out;
  ASSERT_TRUE(dump(*e, &out));
  EXPECT_EQ(out,
            "Expression(body=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=1), op=Add(), right=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
            "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))");
}

TEST(Parser, SyntaxErrors) {
  EXPECT_EQ(parse("x = (1,\n"), "error: '(' was never closed 1:5");
  EXPECT_EQ(parse("a b c\n"), "error: invalid syntax 1:3");
  EXPECT_EQ(parse("foo() = 1\n"), "error: cannot assign to function call here. Maybe you meant '==' instead of '='? 1:1");
  EXPECT_EQ(parse("if x\n  pass\n"), "error: expected ':' 1:5");
  EXPECT_EQ(parse("print \"x\"\n"), "error: Missing parentheses in call to 'print'. Did you mean print(...)? 1:1");
  EXPECT_EQ(parse("x = [1 2]\n"), "error: invalid syntax. Perhaps you forgot a comma? 1:6");
  EXPECT_EQ(parse("def f():\nreturn 1\n"), "error: expected an indented block after function definition on line 1 2:1");
}

TEST(Parser, DeepNestingFailsCleanly) {
  Arena arena;
  SyntaxErrorInfo err;
  std::string unary(100000, '-');
  unary += "1\n";
  EXPECT_EQ(parse_module(arena, unary, "<test>", &err), nullptr);
  EXPECT_EQ(err.kind, ErrorKind::MemoryError);

  std::string sum = "x = ";
  for (int i = 0; i < 100000; i++) sum += "1+";
  sum += "1\n";
  EXPECT_EQ(parse(sum), "too deep");
}

TEST(Parser, BinaryGarbageNeverCrashes) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; i++) {
    x = x * 1103515245 + 12345;
    junk.push_back(static_cast<char>(x >> 16));
  }
  Arena arena;
  SyntaxErrorInfo err;
  EXPECT_EQ(parse_module(arena, junk, "<test>", &err), nullptr);
  EXPECT_FALSE(err.msg.empty() && err.kind != ErrorKind::MemoryError);
}

}  // namespace
}  // namespace pytier::light::syntax
