// `pytier run --tier full` against `env -i LANG=C.UTF-8 /usr/bin/python3.11`:
// stdout, stderr and the wait status must match byte for byte.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <filesystem>

#include "spawn.h"

namespace pytier::test {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;
using Args = std::vector<std::string>;

struct Compared {
  Outcome python, pytier;
};

// Runs `python3.11 ARGS` and `pytier run --tier full ARGS` in a directory
// holding `files` and expects the same bytes and wait status from both.
Compared compare(const Files& files, const Args& args, const std::string& input = "",
                 const char* stdout_path = nullptr) {
  std::string dir = make_dir(files);
  Args python{"/usr/bin/python3.11"}, pytier{PYTIER_BIN, "run", "--tier", "full"};
  python.insert(python.end(), args.begin(), args.end());
  pytier.insert(pytier.end(), args.begin(), args.end());
  Compared c{spawn(python, dir, input, stdout_path), spawn(pytier, dir, input, stdout_path)};
  std::filesystem::remove_all(dir);
  EXPECT_EQ(c.pytier.out, c.python.out);
  EXPECT_EQ(c.pytier.err, c.python.err);
  EXPECT_EQ(c.pytier.wait_status, c.python.wait_status);
  return c;
}

Compared compare_script(const std::string& source, const Args& args = {}, const std::string& input = "") {
  Args all{"main.py"};
  all.insert(all.end(), args.begin(), args.end());
  return compare({{"main.py", source}}, all, input);
}

int exit_code(const Outcome& o) { return WIFEXITED(o.wait_status) ? WEXITSTATUS(o.wait_status) : -1; }

TEST(FullCli, PrintsAndExitsZero) {
  Compared c = compare_script("print('hello', 6 * 7)\n");
  EXPECT_EQ(c.pytier.out, "hello 42\n");
  EXPECT_EQ(exit_code(c.pytier), 0);
}

TEST(FullCli, UncaughtExceptionTracebackWithSourceLines) {
  Compared c = compare_script(
      "def inner(x):\n"
      "    return {}[x]\n"
      "\n"
      "def outer():\n"
      "    return inner('key') + 1\n"
      "\n"
      "print('before')\n"
      "outer()\n");
  EXPECT_EQ(exit_code(c.pytier), 1);
  EXPECT_NE(c.pytier.err.find("    return {}[x]\n"), std::string::npos);
}

TEST(FullCli, ChainedExceptions) {
  compare_script(
      "class AppError(Exception):\n"
      "    pass\n"
      "def parse(s):\n"
      "    try:\n"
      "        return int(s)\n"
      "    except ValueError as e:\n"
      "        raise AppError(f'cannot parse {s!r}') from e\n"
      "try:\n"
      "    parse('x1')\n"
      "except AppError:\n"
      "    1 / 0\n");
}

TEST(FullCli, ExceptionGroupAndNotes) {
  compare_script(
      "e = ValueError('inner')\n"
      "e.add_note('a note')\n"
      "raise ExceptionGroup('many', [e, TypeError('t')])\n");
}

TEST(FullCli, SystemExitVariants) {
  const char* cases[] = {
      "import sys\nsys.exit()\n",          "import sys\nsys.exit(None)\n",
      "import sys\nsys.exit(3)\n",         "import sys\nsys.exit('fatal: bye')\n",
      "raise SystemExit([1, 'two'])\n",    "raise SystemExit(True)\n",
      "import sys\nsys.exit(256 + 4)\n",   "raise SystemExit(2, 'extra')\n",
      "exit(5)\n",                         "quit()\n",
  };
  for (const char* source : cases) {
    SCOPED_TRACE(source);
    compare_script(source);
  }
}

TEST(FullCli, ArgvAndPath) {
  Compared c = compare_script(
      "import sys, os\n"
      "print(sys.argv)\n"
      "print(sys.path[0] == os.path.dirname(os.path.realpath(__file__)), __file__ == os.path.abspath('main.py'))\n"
      "print(__name__, __doc__, __spec__, __cached__, type(__loader__).__name__)\n",
      {"one", "two words", "été"});
  EXPECT_NE(c.pytier.out.find("'two words', 'été']"), std::string::npos);
}

TEST(FullCli, ImportsSiblingModule) {
  compare({{"main.py", "import helper\nprint(helper.twice(21))\n"}, {"helper.py", "def twice(x):\n    return 2 * x\n"}},
          {"main.py"});
}

TEST(FullCli, DirectoryWithMainModule) {
  Compared c = compare({{"app/__main__.py", "import sys\nprint(__name__, sys.argv, sys.path[0].endswith('/app'))\n"}},
                       {"app", "x"});
  EXPECT_EQ(c.pytier.out, "__main__ ['app', 'x'] True\n");
  compare({{"empty/README", ""}}, {"empty"});
}

TEST(FullCli, Stdin) {
  Compared c = compare_script(
      "import sys\n"
      "total = 0\n"
      "for line in sys.stdin:\n"
      "    total += int(line)\n"
      "print('sum', total)\n"
      "print(repr(input()) if False else sys.stdin.read() == '')\n",
      {}, "1\n2\n39\n");
  EXPECT_EQ(c.pytier.out, "sum 42\nTrue\n");
}

TEST(FullCli, InputBuiltinAtEof) { compare_script("print(input('name? '))\nprint(input())\n", {}, "Ada\n"); }

TEST(FullCli, SyntaxErrors) {
  const char* cases[] = {
      "x = (1,\nprint(x)\n",
      "def f():\nreturn 1\n",
      "print('a')\nif True:\n  x = 1\n    y = 2\n",
      "f(**x, *y)\n",
      "print 'hello'\n",
      "x = 1 +\n",
      "s = '\xff'\n",
  };
  for (const char* source : cases) {
    SCOPED_TRACE(source);
    Compared c = compare_script(source);
    EXPECT_EQ(exit_code(c.pytier), 1);
  }
}

TEST(FullCli, NonAsciiAndLoneSurrogates) {
  compare_script(
      "import sys\n"
      "print('é ü ß 漢字 🐍')\n"
      "print('\\udcff'.encode('utf-8', 'surrogateescape'))\n"
      "print('lone: \\udcff')\n"
      "print('err: \\udcfe', file=sys.stderr)\n"
      "print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)\n"
      "print('\\ud800')\n");
}

TEST(FullCli, Command) {
  compare({}, {"-c", "import sys; print(sys.argv, sys.path[0] == '', __name__)", "a", "b"});
  compare({}, {"-c", "def f():\n    raise KeyError('k')\nf()"});
  compare({}, {"-c", "x = (1,"});
  compare({}, {"-c", "import sys; sys.exit('via -c')"});
  compare({}, {"-c", "print('\xff')"});  // not UTF-8
  compare({}, {"-cimport sys; print(sys.argv)", "x"});
}

TEST(FullCli, KeyboardInterruptDiesBySigint) {
  Compared c = compare_script("print('working')\nraise KeyboardInterrupt\n");
  ASSERT_TRUE(WIFSIGNALED(c.pytier.wait_status));
  EXPECT_EQ(WTERMSIG(c.pytier.wait_status), SIGINT);  // a shell reports 130
}

TEST(FullCli, SigintRaisesKeyboardInterrupt) {
  Compared c = compare_script(
      "import os, signal, time\n"
      "try:\n"
      "    os.kill(os.getpid(), signal.SIGINT)\n"
      "    time.sleep(5)\n"
      "except KeyboardInterrupt:\n"
      "    print('caught')\n"
      "os.kill(os.getpid(), signal.SIGINT)\n"
      "time.sleep(5)\n");
  EXPECT_EQ(c.pytier.out, "caught\n");
  EXPECT_TRUE(WIFSIGNALED(c.pytier.wait_status));
}

TEST(FullCli, AtexitThreadsAndFinalizers) {
  compare_script(
      "import atexit, threading, time\n"
      "class Noisy:\n"
      "    def __del__(self):\n"
      "        print('finalized', self.__class__.__name__)\n"
      "def gen():\n"
      "    try:\n"
      "        yield 1\n"
      "    finally:\n"
      "        print('generator closed')\n"
      "g = gen(); next(g)\n"
      "keep = Noisy()\n"
      "atexit.register(print, 'atexit 1')\n"
      "class Second:  # a repr without an address\n"
      "    def __repr__(self):\n"
      "        return 'Second()'\n"
      "    def __call__(self):\n"
      "        print('atexit 2')\n"
      "        raise RuntimeError('in atexit')\n"
      "atexit.register(Second())\n"
      "go = threading.Event()\n"
      "def work():\n"
      "    go.wait()\n"
      "    time.sleep(0.05)  # still running when the main module ends\n"
      "    print('thread done')\n"
      "threading.Thread(target=work).start()\n"
      "print('main done')\n"
      "go.set()\n");
}

TEST(FullCli, CoroutineNeverAwaitedWarnsAtExit) { compare_script("async def f():\n    pass\nc = f()\nprint('end')\n"); }

TEST(FullCli, BufferedFileWriterFlushedAtExit) {
  compare_script(
      "import os, sys\n"
      "f = open(sys.stdout.fileno(), 'w', closefd=False)\n"
      "f.write('written late\\n')\n"
      "print('first', flush=True)\n");
}

TEST(FullCli, IdleFilesAndUnstartedGeneratorsAtExit) {
  compare_script(
      "import io\n"
      "s = io.StringIO(); s.write('x')\n"
      "t = io.TextIOWrapper(io.BytesIO()); t.write('pending')\n"
      "with open(__file__) as closed: pass\n"
      "reading = open(__file__)\n"
      "def g():\n"
      "    try:\n"
      "        yield 1\n"
      "    finally:\n"
      "        print('never started, never closed')\n"
      "unstarted = g()\n"
      "print('end')\n");
}

TEST(FullCli, RecursionError) {
  Compared c = compare_script("def f(n):\n    return f(n + 1)\nf(0)\n");
  EXPECT_NE(c.pytier.err.find("RecursionError: maximum recursion depth exceeded"), std::string::npos);
}

TEST(FullCli, MissingFile) {
  Compared c = compare({}, {"no_such_file.py"});
  EXPECT_EQ(exit_code(c.pytier), 2);
}

TEST(FullCli, StdoutFlushFailureExits120) {
  Compared c = compare({{"main.py", "print('x' * 100)\n"}}, {"main.py"}, "", "/dev/full");
  EXPECT_EQ(exit_code(c.pytier), 120);
}

TEST(FullCli, StandardLibrary) {
  compare_script(
      "import json, re, dataclasses, collections, decimal, fractions, itertools\n"
      "@dataclasses.dataclass\n"
      "class P:\n"
      "    x: int\n"
      "    y: float = 0.5\n"
      "print(P(1), json.dumps({'a': [1, 2.5, None]}, sort_keys=True))\n"
      "print(re.findall(r'\\d+', 'a1b22c333'), collections.Counter('abracadabra').most_common(2))\n"
      "print(decimal.Decimal(1) / 7, fractions.Fraction(3, 12), list(itertools.pairwise('abc')))\n"
      "print(exit, copyright.__class__.__name__, help.__class__.__name__)\n");
}

}  // namespace
}  // namespace pytier::test
