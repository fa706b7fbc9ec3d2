// cross_agree CORPUS NATIVE -- RUNNER...
// Runs every .py program in CORPUS as `NATIVE PROGRAM` and as `RUNNER... PROGRAM`
// and requires the two to print the same stdout and stderr bytes and end with
// the same status: the Light tier must behave alike on every target. Programs
// are passed by absolute path, so no target depends on its working directory.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "harness/diff.h"
#include "harness/process.h"
#include "harness/verdict.h"

namespace {

using namespace pytier::harness;

Outcome run_with(std::vector<std::string> argv, const std::string& program) {
  argv.push_back(program);
  return run({argv, clean_environment(), 120});
}

// Empty if the two runs agree, else what differs.
std::string disagreement(const Outcome& native, const Outcome& cross) {
  if (!cross.spawn_error.empty()) return "did not start: " + cross.spawn_error;
  if (cross.timed_out != native.timed_out) return cross.timed_out ? "timed out" : "native timed out";
  if (cross.status != native.status) {
    std::string line = first_line(cross.stderr_head);
    return describe_status(cross.status) + ", native " + describe_status(native.status) + (line.empty() ? "" : ": " + line);
  }
  for (auto [stream, a, b] : {std::tuple{"stdout", &native.stdout_head, &cross.stdout_head},
                              std::tuple{"stderr", &native.stderr_head, &cross.stderr_head}}) {
    if (*a == *b) continue;
    LineDifference d = first_difference(*a, *b);
    return std::string(stream) + " line " + std::to_string(d.line) + ": native '" + d.expected + "', cross '" +
           d.actual + "'";
  }
  if (cross.stdout_sha256 != native.stdout_sha256) return "stdout differs past its first bytes";
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  int sep = 1;
  while (sep < argc && std::strcmp(argv[sep], "--")) ++sep;
  if (sep != 3 || sep + 1 >= argc) {
    std::fputs("usage: cross_agree CORPUS NATIVE -- RUNNER...\n", stderr);
    return 2;
  }
  std::vector<std::string> programs;
  if (!collect_programs({argv[1]}, programs) || programs.empty()) return 2;
  std::vector<std::string> native = {argv[2]}, cross(argv + sep + 1, argv + argc);
  int disagreements = 0;
  for (const std::string& program : programs) {
    std::string path = std::filesystem::absolute(program).lexically_normal().string();
    std::string why = disagreement(run_with(native, path), run_with(cross, path));
    std::printf("%s %s%s%s\n", why.empty() ? "same" : "DIFFERENT", program.c_str(), why.empty() ? "" : ": ", why.c_str());
    disagreements += !why.empty();
  }
  std::printf("%zu programs, %d disagree\n", programs.size(), disagreements);
  return disagreements ? 1 : 0;
}
