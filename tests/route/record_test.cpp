#include "route/record.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "harness/sha256.h"
#include "scratch_dir.h"

namespace pytier::route {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Record, AppendsOneLinePerRunWithBothAttempts) {
  ScratchDir dir;
  std::string path = dir / "record.jsonl";
  Decision d;
  d.tier = Tier::Light;
  d.reasons.push_back({"policy", 0, "nothing calls for the Full tier", true});
  RunRecord r;
  r.program = "p.py";
  r.source = "import decimal\n";
  r.decision = &d;
  Attempt light;
  light.tier = Tier::Light;
  light.status = 1;
  light.err = "ModuleNotFoundError: No module named 'decimal'\n";
  Attempt full;
  full.tier = Tier::Full;
  full.out = "ok\n";
  r.attempts = {light, full};
  r.fallback = "ModuleNotFoundError: No module named 'decimal'";
  ASSERT_TRUE(append_record(path, r));
  ASSERT_TRUE(append_record(path, r));
  std::string text = read(path);
  ASSERT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  std::string line = text.substr(0, text.find('\n'));
  EXPECT_NE(line.find("\"program_sha256\": \"" + sha256_hex("import decimal\n") + "\""), std::string::npos);
  EXPECT_NE(line.find("\"routed\": \"light\", \"tier\": \"full\""), std::string::npos);
  EXPECT_NE(line.find("\"stdout_sha256\": \"" + sha256_hex("ok\n") + "\", \"timings_ms\""), std::string::npos);
  EXPECT_NE(line.find("\"fallback\": \"ModuleNotFoundError: No module named 'decimal'\""), std::string::npos);
  EXPECT_NE(line.find("\"attempts\": [{\"tier\": \"light\", \"status\": 1"), std::string::npos);
  EXPECT_NE(line.find("\"status\": 0, \"stdout_sha256\""), std::string::npos);
}

TEST(Record, UnwritablePathFails) {
  Decision d;
  RunRecord r;
  r.decision = &d;
  testing::internal::CaptureStderr();
  EXPECT_FALSE(append_record("/nonexistent-dir/x.jsonl", r));
  EXPECT_NE(testing::internal::GetCapturedStderr().find("cannot append"), std::string::npos);
}

}  // namespace
}  // namespace pytier::route
