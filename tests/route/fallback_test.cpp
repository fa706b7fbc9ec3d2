#include "route/fallback.h"

#include <gtest/gtest.h>

namespace pytier::route {
namespace {

Attempt light(int status, std::string err, int signal = 0) {
  Attempt a;
  a.status = status;
  a.signal = signal;
  a.err = std::move(err);
  return a;
}

constexpr const char* kTraceback = "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\n";

TEST(Fallback, MissingStdlibModuleRetriesOnFull) {
  EXPECT_EQ(retry_reason(light(1, std::string(kTraceback) + "ModuleNotFoundError: No module named 'decimal'\n")),
            "ModuleNotFoundError: No module named 'decimal'");
  EXPECT_NE(retry_reason(light(1, "ModuleNotFoundError: No module named 'xml.dom'\n")), "");
}

TEST(Fallback, MissingThirdPartyModuleStands) {
  EXPECT_EQ(retry_reason(light(1, "ModuleNotFoundError: No module named 'requests'\n")), "");
}

TEST(Fallback, UnsupportedFeatureRetriesOnFull) {
  EXPECT_NE(retry_reason(light(1, std::string(kTraceback) + "NotImplementedError: pytier light: async generators\n")),
            "");
  EXPECT_EQ(retry_reason(light(1, "NotImplementedError: subclass must override\n")), "");
}

TEST(Fallback, OnlyTheLastLineAndExitStatusOneCount) {
  std::string missing = "ModuleNotFoundError: No module named 'decimal'\n";
  EXPECT_EQ(retry_reason(light(0, missing)), "");
  EXPECT_EQ(retry_reason(light(2, missing)), "");
  EXPECT_EQ(retry_reason(light(1, missing + "ValueError: later\n")), "");
}

TEST(Fallback, UncaughtExceptionRetriesOnFull) {
  EXPECT_EQ(retry_reason(light(1, std::string(kTraceback) + "TypeError: unhashable type: 'list'\n")),
            "the Light tier raised TypeError: unhashable type: 'list'");
}

TEST(Fallback, CrashRetriesOnFull) { EXPECT_NE(retry_reason(light(139, "", 11)), ""); }

TEST(Fallback, InterruptedOrKilledRunStands) {
  EXPECT_EQ(retry_reason(light(130, "", 2)), "");
  EXPECT_EQ(retry_reason(light(137, "", 9)), "");
}

TEST(Fallback, RealTracebackOfAMissingStdlibModuleIsRecognised) {
  // msvcrt is in CPython 3.11's stdlib list but absent on Linux: the Full
  // tier's own traceback ends exactly as a Light tier lacking a module must.
  const char* argv[] = {"python3.11", "-c", "print('before')\nimport msvcrt", nullptr};
  StdinCopy input;
  input.at_end = true;
  Attempt a = run_captured(Tier::Full, 3, const_cast<char**>(argv), &input);
  EXPECT_EQ(a.status, 1);
  EXPECT_EQ(a.out, "before\n");
  EXPECT_EQ(retry_reason(a), "ModuleNotFoundError: No module named 'msvcrt'");
}

TEST(Fallback, CapturedRunHoldsOutputBack) {
  // The Light tier stub of today exits 2 with a message: whatever it does,
  // nothing may reach this process's stdout.
  const char* argv[] = {"python3.11", "-c", "print(1)", nullptr};
  StdinCopy input;
  input.seen = "stdin bytes";
  input.at_end = true;
  Attempt a = run_captured(Tier::Light, 3, const_cast<char**>(argv), &input);
  EXPECT_EQ(a.tier, Tier::Light);
  EXPECT_EQ(a.signal, 0);
  EXPECT_GE(a.wall_ms, 0);
}

}  // namespace
}  // namespace pytier::route
