#pragma once

#include <string>
#include <string_view>

#include "harness/process.h"

namespace pytier::harness {

// PASS: same stdout and exit status as the reference. DIFF: same status,
// different stdout. FAIL: crash, timeout, or a different status.
enum class Grade { kPass, kDiff, kFail };
const char* grade_name(Grade g);

// The first line where two outputs part, numbered from 1. A side that ended
// before it has no line there (`has_*` false).
struct LineDifference {
  size_t line = 0;
  std::string expected, actual;
  bool has_expected = false, has_actual = false;
};
LineDifference first_difference(std::string_view expected, std::string_view actual);

struct Verdict {
  Grade grade = Grade::kPass;
  std::string reason;          // one line for a person; empty on PASS
  LineDifference difference;   // set on DIFF
};

// Grades `tier` against `reference`, both having run the same program.
Verdict judge(const Outcome& reference, const Outcome& tier);

// How a status reads to a person: "exit 1", "killed by SIGSEGV".
std::string describe_status(int status);

// The first line of a text, cut to `width` characters, for a one-line report.
std::string first_line(std::string_view text, size_t width = 160);

struct Tally {
  int pass = 0, diff = 0, fail = 0;
  void add(Grade g);
  int total() const { return pass + diff + fail; }
};
// Exactly `full: PASS=20 DIFF=0 FAIL=0 / 20`.
std::string summary_line(std::string_view tier, const Tally& t);

}  // namespace pytier::harness
