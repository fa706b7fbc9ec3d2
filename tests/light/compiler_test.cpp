// The compiler on its own: scope errors with CPython's messages and
// positions, the shapes of closures and handlers, and that every corpus
// program compiles.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "light/compiler/codegen.h"
#include "light/compiler/disassemble.h"
#include "light/syntax/parser.h"

namespace pytier::light::compiler {
namespace {

struct Compiled {
  std::shared_ptr<CodeUnit> code;
  CompileError error;
  std::string listing;
};

Compiled compile(const std::string& source) {
  syntax::Arena arena;
  syntax::SyntaxErrorInfo perr;
  ast::Module* m = syntax::parse_module(arena, source, "t.py", &perr);
  Compiled out;
  if (!m) {
    out.error.message = "parse: " + perr.msg;
    return out;
  }
  out.code = compile_module(*m, "t.py", &out.error);
  if (out.code) out.listing = disassemble(*out.code);
  return out;
}

void expect_error(const std::string& source, const std::string& message, int lineno) {
  Compiled c = compile(source);
  EXPECT_FALSE(c.code) << source;
  EXPECT_EQ(c.error.message, message) << source;
  EXPECT_EQ(c.error.lineno, lineno) << source;
}

TEST(CompilerErrors, OutsideTheirBlock) {
  expect_error("for x in y:\n    pass\nreturn 5\n", "'return' outside function", 3);
  expect_error("break\n", "'break' outside loop", 1);
  expect_error("while x:\n    def f():\n        continue\n", "'continue' not properly in loop", 3);
  expect_error("yield 1\n", "'yield' outside function", 1);
  expect_error("def f():\n    await x\n", "'await' outside async function", 2);
  expect_error("async def f():\n    yield from x\n", "'yield from' inside async function", 2);
}

TEST(CompilerErrors, Declarations) {
  expect_error("def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration", 3);
  expect_error("def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3);
  expect_error("def f(x):\n  global x\n", "name 'x' is parameter and global", 2);
  expect_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
  expect_error("x = 1\ndef f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 3);
  expect_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1);
  expect_error("[i for i in (j := range(3))]\n",
               "assignment expression cannot be used in a comprehension iterable expression", 1);
  expect_error("class C:\n  [(y := 1) for x in range(3)]\n",
               "assignment expression within a comprehension cannot be used in a class body", 2);
}

TEST(CompilerScopes, ClosuresUseCellsAndFreeVariables) {
  Compiled c = compile("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
  ASSERT_TRUE(c.code) << c.error.message;
  EXPECT_NE(c.listing.find("MAKE_CELL             0 (a)"), std::string::npos) << c.listing;
  EXPECT_NE(c.listing.find("COPY_FREE_VARS        2"), std::string::npos) << c.listing;
  EXPECT_NE(c.listing.find("LOAD_DEREF"), std::string::npos) << c.listing;
}

TEST(CompilerScopes, SuperNeedsTheClassCell) {
  Compiled c = compile("class A(B):\n    def m(self):\n        return super().m()\n");
  ASSERT_TRUE(c.code) << c.error.message;
  EXPECT_NE(c.listing.find("STORE_NAME            4 (__classcell__)"), std::string::npos) << c.listing;
  EXPECT_NE(c.listing.find("LOAD_GLOBAL"), std::string::npos) << c.listing;
}

TEST(CompilerScopes, MangledPrivateNames) {
  Compiled c = compile("class C:\n    def m(self):\n        return self.__x\n");
  ASSERT_TRUE(c.code) << c.error.message;
  EXPECT_NE(c.listing.find("(_C__x)"), std::string::npos) << c.listing;
}

TEST(CompilerHandlers, TryExceptHasATableEntryPerRegion) {
  Compiled c = compile("try:\n    f()\nexcept ValueError as e:\n    g(e)\n");
  ASSERT_TRUE(c.code) << c.error.message;
  EXPECT_GE(c.code->exception_table.size(), 3u);
  EXPECT_NE(c.listing.find("CHECK_EXC_MATCH"), std::string::npos);
  EXPECT_NE(c.listing.find("PUSH_EXC_INFO"), std::string::npos);
}

TEST(CompilerCorpus, EveryIdiomAndBenchProgramCompiles) {
  namespace fs = std::filesystem;
  int count = 0;
  for (const char* dir : {"/corpus/idioms", "/corpus/bench", "/tests/light/programs"}) {
    fs::path path = fs::path(PYTIER_SOURCE_DIR) / (dir + 1);
    if (!fs::exists(path)) continue;
    for (const auto& entry : fs::directory_iterator(path)) {
      // syntax_err*.py are meant not to compile.
      if (entry.path().extension() != ".py" || entry.path().filename().string().starts_with("syntax_err")) continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      Compiled c = compile(text.str());
      EXPECT_TRUE(c.code) << entry.path() << ": " << c.error.message << " line " << c.error.lineno;
      ++count;
    }
  }
  EXPECT_GT(count, 20);
}

}  // namespace
}  // namespace pytier::light::compiler
