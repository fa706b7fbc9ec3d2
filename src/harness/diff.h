#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "harness/process.h"
#include "harness/verdict.h"

namespace pytier::harness {

struct DiffOptions {
  std::vector<std::string> tiers = {"full", "light", "auto"};
  std::string reference = "/usr/bin/python3.11";
  std::string pytier;  // runs a tier as `PYTIER run --tier T FILE`
  double timeout_s = 30;
  int jobs = 1;
  std::string json_path;        // empty: no JSON record
  std::vector<std::string> paths;  // directories of .py programs, or single files
};

struct ProgramResult {
  std::string path;
  Outcome reference;
  std::vector<Outcome> tiers;  // in the order of DiffOptions::tiers
  std::vector<Verdict> verdicts;
};

// The programs named by `paths`: a directory's *.py files sorted by name, a
// file as itself. False, with a message on stderr, if a path is neither.
[[nodiscard]] bool collect_programs(const std::vector<std::string>& paths, std::vector<std::string>& programs);

// Runs every program under the reference and each tier, `jobs` programs at a time.
std::vector<ProgramResult> compare_tiers(const DiffOptions& options, const std::vector<std::string>& programs);

// Per tier, in the order of DiffOptions::tiers.
std::vector<Tally> tally(const DiffOptions& options, const std::vector<ProgramResult>& results);

// The table, the per-tier summary lines and the final count, as `pytier diff` prints them.
std::string format_report(const DiffOptions& options, const std::vector<ProgramResult>& results);

std::string format_json(const DiffOptions& options, const std::vector<ProgramResult>& results);

bool all_passed(const std::vector<ProgramResult>& results);

// The whole `pytier diff`: returns its exit status.
int run_diff(const DiffOptions& options);

}  // namespace pytier::harness
