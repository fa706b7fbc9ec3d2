#pragma once

#include <string>
#include <vector>

namespace pytier::harness {

struct BenchOptions {
  std::vector<std::string> tiers = {"full", "light", "auto"};
  std::string reference = "/usr/bin/python3.11";
  std::string pytier;  // runs a tier as `PYTIER run --tier T FILE M`
  std::string corpus;  // holds bench/*.py
  int runs = 10;
  double timeout_s = 120;
  std::string json_path;
};

// One program with its argument M.
struct Workload {
  std::string program;
  long m;
};
extern const std::vector<Workload> kWorkloads;

// One side (the reference or a tier) on one workload. A side that failed or
// printed a wrong answer on any run keeps only `problem`: it is reported, not timed.
struct SideTimes {
  std::string name;
  std::vector<double> wall_ms;
  std::string problem;
  double median_ms() const;
};

struct WorkloadResult {
  Workload workload;
  std::string expected_sha256;  // the reference's stdout
  std::vector<SideTimes> sides;    // the reference first, then the tiers
};

// Warms each side up once, then times `runs` rounds, each running every side
// once in turn so that machine noise falls on all of them alike.
WorkloadResult time_workload(const BenchOptions& options, const Workload& w);

// A markdown table: workload, M, the reference's median, then each tier's
// median and its ratio to the reference; each n/a explained below it.
std::string format_table(const BenchOptions& options, const std::vector<WorkloadResult>& results);

std::string format_json(const BenchOptions& options, const std::vector<WorkloadResult>& results);

// Where bench/ lives when no --corpus is given: next to the build tree that
// holds `exe`, else under the current directory. Empty if neither has it.
std::string find_corpus(const std::string& exe);

// The whole `pytier bench`: returns its exit status.
int run_bench(const BenchOptions& options);

}  // namespace pytier::harness
