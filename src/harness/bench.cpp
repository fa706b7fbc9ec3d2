#include "harness/bench.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "harness/json.h"
#include "harness/process.h"
#include "harness/progress.h"
#include "harness/sides.h"
#include "harness/verdict.h"

namespace pytier::harness {
namespace fs = std::filesystem;

const std::vector<Workload> kWorkloads = {
    {"startup.py", 1},
    {"pure_loop.py", 300000},
    {"pure_loop.py", 1000000},
    {"dynamic.py", 100000},
};

double SideTimes::median_ms() const {
  if (wall_ms.empty() || !problem.empty()) return 0;
  std::vector<double> sorted = wall_ms;
  std::sort(sorted.begin(), sorted.end());
  size_t n = sorted.size();
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

namespace {

// Why a run cannot be timed, or empty if it can.
std::string problem_with(const Outcome& run, const std::string& expected_sha256, const Outcome& reference) {
  if (!run.spawn_error.empty()) return "did not start: " + run.spawn_error;
  if (run.timed_out) return "timed out";
  if (run.status != 0) {
    std::string line = first_line(run.stderr_head);
    return describe_status(run.status) + (line.empty() ? "" : ": " + line);
  }
  if (run.stdout_sha256 != expected_sha256) return "wrong output: " + judge(reference, run).reason;
  return "";
}

}  // namespace

WorkloadResult time_workload(const BenchOptions& options, const Workload& w) {
  std::vector<std::string> args = {(fs::path(options.corpus) / "bench" / w.program).string(), std::to_string(w.m)};
  std::vector<Command> commands = {reference_command(options.reference, args, options.timeout_s)};
  WorkloadResult result{w, "", {{"python3.11", {}, ""}}};
  for (const std::string& tier : options.tiers) {
    commands.push_back(tier_command(options.pytier, tier, args, options.timeout_s));
    result.sides.push_back({tier, {}, ""});
  }

  Outcome reference = run(commands[0]);
  result.expected_sha256 = reference.stdout_sha256;
  result.sides[0].problem = problem_with(reference, result.expected_sha256, reference);
  if (!result.sides[0].problem.empty()) {
    // Without the reference's answer and times there is nothing to compare with.
    for (size_t s = 1; s < result.sides.size(); ++s) result.sides[s].problem = "python3.11 failed";
    return result;
  }
  Progress progress(int(commands.size()) * (options.runs + 1));
  for (int round = -1; round < options.runs; ++round) {  // round -1 is the warm-up
    for (size_t s = 0; s < commands.size(); ++s) {
      SideTimes& side = result.sides[s];
      progress.step(w.program + " " + std::to_string(w.m) + " " + side.name);
      if (!side.problem.empty()) continue;
      Outcome o = (round < 0 && s == 0) ? reference : run(commands[s]);
      side.problem = problem_with(o, result.expected_sha256, reference);
      if (!side.problem.empty()) side.wall_ms.clear();
      else if (round >= 0) side.wall_ms.push_back(o.wall_ms);
    }
  }
  return result;
}

std::string format_table(const BenchOptions& options, const std::vector<WorkloadResult>& results) {
  std::string out = "| workload | M | python3.11 ms |";
  std::string rule = "|---|--:|--:|";
  for (const std::string& tier : options.tiers) {
    out += " " + tier + " ms | " + tier + " ratio |";
    rule += "--:|--:|";
  }
  out += '\n' + rule + '\n';
  auto cell = [&out](std::string_view text) {
    out += ' ';
    out += text;
    out += " |";
  };
  auto number = [](const char* format, double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, format, v);
    return std::string(buf);
  };
  std::string notes;
  for (const WorkloadResult& r : results) {
    const SideTimes& ref = r.sides[0];
    std::string label = r.workload.program + " M=" + std::to_string(r.workload.m);
    out += '|';
    cell(r.workload.program);
    cell(std::to_string(r.workload.m));
    cell(ref.problem.empty() ? number("%.1f", ref.median_ms()) : "n/a");
    if (!ref.problem.empty()) notes += "- python3.11 on " + label + ": " + ref.problem + '\n';
    for (size_t s = 1; s < r.sides.size(); ++s) {
      const SideTimes& side = r.sides[s];
      if (!side.problem.empty() && ref.problem.empty()) notes += "- " + side.name + " on " + label + ": " + side.problem + '\n';
      bool timed = side.problem.empty() && ref.problem.empty();
      cell(timed ? number("%.1f", side.median_ms()) : "n/a");
      cell(timed ? number("%.2f", side.median_ms() / ref.median_ms()) : "n/a");
    }
    out += '\n';
  }
  if (!notes.empty()) out += "\nn/a:\n" + notes;
  return out;
}

std::string format_json(const BenchOptions& options, const std::vector<WorkloadResult>& results) {
  JsonWriter j;
  j.begin_object();
  j.key("reference").value(options.reference);
  j.key("pytier").value(options.pytier);
  j.key("corpus").value(options.corpus);
  j.key("runs").value(options.runs);
  j.key("workloads").begin_array();
  for (const WorkloadResult& r : results) {
    j.begin_object();
    j.key("program").value(r.workload.program);
    j.key("m").value(int64_t(r.workload.m));
    j.key("expected_sha256").value(r.expected_sha256);
    j.key("sides").begin_array();
    for (const SideTimes& side : r.sides) {
      j.begin_object().key("name").value(side.name);
      if (side.problem.empty()) {
        j.key("median_ms").value(side.median_ms());
        if (&side != &r.sides[0] && r.sides[0].problem.empty())
          j.key("ratio").value(side.median_ms() / r.sides[0].median_ms());
        j.key("wall_ms").begin_array();
        for (double t : side.wall_ms) j.value(t);
        j.end_array();
      } else {
        j.key("problem").value(side.problem);
      }
      j.end_object();
    }
    j.end_array().end_object();
  }
  j.end_array().end_object();
  return j.text() + '\n';
}

std::string find_corpus(const std::string& exe) {
  std::error_code ec;
  for (fs::path dir : {fs::path(exe).parent_path() / ".." / "..", fs::current_path(ec)}) {
    fs::path corpus = (dir / "corpus").lexically_normal();
    if (fs::is_directory(corpus / "bench", ec)) return corpus.string();
  }
  return "";
}

int run_bench(const BenchOptions& options) {
  std::vector<WorkloadResult> results;
  for (const Workload& w : kWorkloads) results.push_back(time_workload(options, w));
  std::string table = format_table(options, results);
  std::fwrite(table.data(), 1, table.size(), stdout);
  if (!options.json_path.empty() && !write_file(options.json_path, format_json(options, results))) {
    std::fprintf(stderr, "pytier bench: cannot write %s: %s\n", options.json_path.c_str(), std::strerror(errno));
    return 2;
  }
  return 0;
}

}  // namespace pytier::harness
