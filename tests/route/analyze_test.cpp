#include "route/analyze.h"

#include <gtest/gtest.h>

#include <fstream>
#include <new>

#include "light/syntax/arena.h"
#include "scratch_dir.h"

namespace pytier::route {
namespace {

Findings of(std::string_view source) { return analyze_source(source, "<test>", ""); }

// The lines at which `source` shows `signal`.
std::vector<int> lines(std::string_view source, Signal signal) {
  std::vector<int> out;
  for (const Finding& f : of(source))
    if (f.signal == signal) out.push_back(f.line);
  return out;
}

using Lines = std::vector<int>;

// ---------------------------------------------------------------- exception text

TEST(ExceptionText, MessageUsesOfABuiltinExceptionCount) {
  EXPECT_EQ(lines("try:\n  1/0\nexcept ZeroDivisionError as e:\n  print(e)\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept ValueError as e:\n  s = str(e)\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept KeyError as e:\n  s = repr(e)\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept KeyError as e:\n  s = e.args[0]\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept OSError as e:\n  s = f'x {e}'\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept OSError as e:\n  s = format(e)\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept OSError as e:\n  s = 'bad: %s' % e\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept OSError as e:\n  s = '{}'.format(e)\n", Signal::ExceptionText), Lines{4});
  EXPECT_EQ(lines("try:\n  pass\nexcept:\n  pass\nexcept Exception as e:\n  print('x', e)\n", Signal::ExceptionText),
            Lines{6});
}

TEST(ExceptionText, LoggingAndTracebackCount) {
  EXPECT_EQ(lines("import logging\ntry:\n  pass\nexcept ValueError as e:\n  logging.error('x %s', e)\n",
                  Signal::ExceptionText),
            Lines{5});
  EXPECT_EQ(lines("try:\n  pass\nexcept ValueError as e:\n  self.logger.exception('failed')\n", Signal::ExceptionText),
            Lines{4});
  EXPECT_EQ(
      lines("import traceback\ntry:\n  pass\nexcept ValueError:\n  traceback.print_exc()\n", Signal::ExceptionText),
      (Lines{1, 5}));
}

TEST(ExceptionText, TypeNameAndOwnExceptionsDoNotCount) {
  EXPECT_EQ(lines("try:\n  pass\nexcept TypeError as e:\n  print(type(e).__name__)\n", Signal::ExceptionText), Lines{});
  EXPECT_EQ(lines("class Bad(Exception): pass\ntry:\n  pass\nexcept Bad as e:\n  print(e)\n", Signal::ExceptionText),
            Lines{});
  EXPECT_EQ(lines("try:\n  pass\nexcept ValueError as e:\n  raise\nprint(e)\n", Signal::ExceptionText), Lines{});
  EXPECT_EQ(lines("e = 1\nprint(e)\n", Signal::ExceptionText), Lines{});
}

TEST(ExceptionText, NamesTheUnverifiedTypes) {
  Findings f = of("class Mine(Exception): pass\ntry:\n  pass\nexcept (Mine, KeyError) as e:\n  print(e)\n");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].detail.find("KeyError"), std::string::npos);
  EXPECT_EQ(f[0].detail.find("Mine"), std::string::npos);
}

// ---------------------------------------------------------------- hot loops

TEST(HotLoops, LiteralIterationCounts) {
  EXPECT_EQ(lines("s = 0\nfor i in range(10**7):\n  s += i\n", Signal::PureLoop), Lines{2});
  EXPECT_EQ(lines("N = 2_000_000\ns = 0\nfor i in range(1, N, 1):\n  s += i\n", Signal::PureLoop), Lines{3});
  EXPECT_EQ(lines("for i in range(1000):\n  for j in range(1000):\n    x = i * j\n", Signal::PureLoop), Lines{2});
  EXPECT_EQ(lines("xs = [i * i for i in range(10**6)]\n", Signal::PureLoop), Lines{1});
  EXPECT_EQ(lines("for i in range(1000):\n  x = i * 2\n", Signal::PureLoop), Lines{});
  EXPECT_EQ(lines("N = 10\nN *= 10**6\nfor i in range(N):\n  x = i * 2\n", Signal::PureLoop), Lines{});
  EXPECT_EQ(lines("for i in range(10**7, 0):\n  x = i\n", Signal::PureLoop), Lines{});
}

TEST(HotLoops, CallsAndAttributesMakeALoopDynamic) {
  EXPECT_EQ(lines("for i in range(10**7):\n  o.step(i)\n", Signal::DynamicLoop), Lines{1});
  EXPECT_EQ(lines("for i in range(10**7):\n  o.step(i)\n", Signal::PureLoop), Lines{});
  EXPECT_EQ(lines("for i in range(10**7):\n  x = abs(i) + len('ab')\n", Signal::PureLoop), Lines{1});
}

TEST(HotLoops, NestingDepth) {
  EXPECT_EQ(lines("for a in x:\n  for b in a:\n    for c in b:\n      n = n + c\n", Signal::PureLoop), Lines{3});
  EXPECT_EQ(lines("for a in x:\n  for b in a:\n    n = n + b\n", Signal::PureLoop), Lines{});
  // Small literal loops are not a dimension of the nest.
  EXPECT_EQ(lines("for a in x:\n  for b in (1, 2):\n    for c in b:\n      n = n + c\n", Signal::PureLoop), Lines{});
  EXPECT_EQ(
      lines("for a in range(200):\n  for b in 'ab':\n    for c in range(3000):\n      n = n + c\n", Signal::PureLoop),
      Lines{3});
  // A function defined in a loop does not run its loops there.
  EXPECT_EQ(
      lines("for a in x:\n  def f(b):\n    for c in b:\n      for d in c:\n        n = c + d\n", Signal::PureLoop),
      Lines{});
}

TEST(HotLoops, WhileTrueWithArithmetic) {
  EXPECT_EQ(lines("n = 0\nwhile True:\n  n += 1\n  if n > 5: break\n", Signal::PureLoop), Lines{2});
  EXPECT_EQ(lines("while True:\n  line = read()\n  if not line: break\n", Signal::PureLoop), Lines{});
  EXPECT_EQ(lines("def g():\n  n = 0\n  while True:\n    n += yield n\n", Signal::PureLoop), Lines{});
  EXPECT_EQ(lines("while n < 10:\n  n += 1\n", Signal::PureLoop), Lines{});
}

TEST(HotLoops, BranchingRecursion) {
  const char* fib = "def fib(n):\n  return n if n < 2 else fib(n - 1) + fib(n - 2)\n";
  EXPECT_EQ(lines(std::string(fib) + "print(fib(32))\n", Signal::DynamicLoop), Lines{1});
  EXPECT_EQ(lines(std::string(fib) + "print(fib(k))\n", Signal::DynamicLoop), Lines{1});
  EXPECT_EQ(lines(std::string(fib) + "print(fib(20))\n", Signal::DynamicLoop), Lines{});
  EXPECT_EQ(
      lines("@cache\ndef fib(n):\n  return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(90)\n", Signal::DynamicLoop),
      Lines{});
  EXPECT_EQ(lines("def walk(t):\n  for c in t:\n    walk(c)\nwalk(tree)\n", Signal::DynamicLoop), Lines{});
}

// ---------------------------------------------------------------- imports

TEST(Imports, ModulesTheLightTierLacks) {
  EXPECT_EQ(lines("import sys\nfrom sys import argv\n", Signal::Import), Lines{});
  EXPECT_EQ(lines("import sys\nimport sqlite3\nfrom ctypes import c_int\n", Signal::Import), (Lines{2, 3}));
  EXPECT_EQ(lines("import xml.dom.minidom\n", Signal::Import), Lines{1});
  EXPECT_EQ(lines("import requests\n", Signal::Import), Lines{1});
  EXPECT_EQ(lines("from __future__ import annotations\n", Signal::Import), Lines{});
  EXPECT_EQ(lines("def f():\n  import sqlite3\n", Signal::Import), Lines{2});
  EXPECT_EQ(lines("m = __import__('sqlite3')\n", Signal::Import), Lines{1});
}

TEST(Imports, CExtensionPackages) {
  EXPECT_EQ(lines("import numpy as np\nfrom pandas import DataFrame\nimport scipy.linalg\n", Signal::CExtension),
            (Lines{1, 2, 3}));
  EXPECT_EQ(lines("import numpy as np\n", Signal::Import), Lines{});
  EXPECT_EQ(lines("import json\n", Signal::CExtension), Lines{});
}

TEST(Imports, SiblingModulesAreAnalyzedAsPartOfTheProgram) {
  ScratchDir dir;
  std::ofstream(dir / "route_helper_np.py") << "import sys\nimport numpy\n";
  std::ofstream(dir / "route_helper_pure.py") << "def f(x):\n  return x + 1\n";
  Findings f = analyze_source("import route_helper_np\nimport route_helper_pure\n", "main.py", dir.path());
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].signal, Signal::CExtension);
  EXPECT_EQ(f[0].line, 1);
  EXPECT_NE(f[0].detail.find("route_helper_np"), std::string::npos);
}

// ---------------------------------------------------------------- OS access

TEST(OsAccess, FilesProcessesSockets) {
  EXPECT_EQ(lines("with open('x.txt') as f:\n  pass\n", Signal::OsAccess), Lines{1});
  EXPECT_EQ(lines("import os\nimport subprocess\nimport socket\nfrom os import path\n", Signal::OsAccess),
            (Lines{1, 2, 3, 4}));
  EXPECT_EQ(lines("import math\nprint(len('open'))\n", Signal::OsAccess), Lines{});
}

// ---------------------------------------------------------------- dynamic code

TEST(DynamicCode, NonLiteralCodeIsUnknown) {
  EXPECT_EQ(lines("x = eval(input())\n", Signal::DynamicCode), Lines{1});
  EXPECT_EQ(lines("exec(code, ns)\n", Signal::DynamicCode), Lines{1});
  EXPECT_EQ(lines("import importlib\nm = importlib.import_module(name)\n", Signal::DynamicCode), Lines{2});
  EXPECT_EQ(lines("x = eval('1 + 2')\nexec('y = 3')\n", Signal::DynamicCode), Lines{});
}

TEST(DynamicCode, LiteralCodeIsAnalyzedInPlace) {
  EXPECT_EQ(lines("x = 1\nexec('import numpy')\n", Signal::CExtension), Lines{2});
  EXPECT_EQ(lines("SRC = 'import sqlite3'\ncode = compile(SRC, 'f', 'exec')\nexec(code)\n", Signal::Import), Lines{2});
  EXPECT_EQ(lines("SRC = 'import sqlite3'\ncode = compile(SRC, 'f', 'exec')\nexec(code)\n", Signal::DynamicCode), Lines{});
  EXPECT_EQ(lines("exec('def broken(:')\n", Signal::DynamicCode), Lines{});
}

// ---------------------------------------------------------------- the whole program

TEST(Program, ShortPureProgramHasNoFindings) {
  EXPECT_TRUE(of("def greet(name):\n  return f'hello {name}'\n\nfor n in ['a', 'b']:\n  print(greet(n))\n").empty());
}

TEST(Program, SyntaxErrorIsUnanalyzed) {
  Findings f = of("x = (1,\n");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].signal, Signal::Unanalyzed);
  EXPECT_EQ(f[0].line, 1);
}

TEST(Program, DirectoriesAndZipArchivesAreUnanalyzed) {
  ScratchDir dir;
  std::ofstream(dir / "app.zip") << "PK\x03\x04 rest of a zip archive";
  for (std::string path : {dir.path(), dir / "app.zip"}) {
    const char* argv[] = {"python3.11", path.c_str()};
    Findings f = analyze(load_program(2, const_cast<char**>(argv)));
    ASSERT_EQ(f.size(), 1u) << path;
    EXPECT_EQ(f[0].signal, Signal::Unanalyzed);
    EXPECT_NE(f[0].detail.find("__main__.py"), std::string::npos);
  }
}

TEST(Program, UnreadableProgramIsUnanalyzed) {
  const char* argv[] = {"python3.11", "-m", "json.tool"};
  Findings f = analyze(load_program(3, const_cast<char**>(argv)));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].signal, Signal::Unanalyzed);
}

TEST(Program, DeepTreesAreCutOffNotOverflowed) {
  namespace ast = light::ast;
  light::syntax::Arena arena;
  ast::Expr* e = nullptr;
  for (int i = 0; i < 200000; ++i) {
    auto* c = new (arena.allocate(sizeof(ast::Constant), alignof(ast::Constant)))
        ast::Constant{ast::Expr(ast::ExprKind::Constant), ast::ConstKind::Int, false, 10, "1", 0};
    auto* b = new (arena.allocate(sizeof(ast::BinOp), alignof(ast::BinOp)))
        ast::BinOp{ast::Expr(ast::ExprKind::BinOp), e ? e : c, ast::Operator::Add, c};
    b->lineno = 1;
    e = b;
  }
  auto* stmt = new (arena.allocate(sizeof(ast::ExprStmt), alignof(ast::ExprStmt)))
      ast::ExprStmt{ast::Stmt(ast::StmtKind::ExprStmt), e};
  stmt->lineno = 1;
  ast::Module m;
  ast::Stmt* body[] = {stmt};
  m.body = arena.list<ast::Stmt*>(body, 1);
  Findings f = analyze_module(m, "1+1+...", "");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].signal, Signal::Unanalyzed);
}

}  // namespace
}  // namespace pytier::route
