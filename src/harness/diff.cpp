#include "harness/diff.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <filesystem>
#include <thread>

#include "harness/json.h"
#include "harness/progress.h"
#include "harness/sides.h"

namespace pytier::harness {
namespace fs = std::filesystem;

bool collect_programs(const std::vector<std::string>& paths, std::vector<std::string>& programs) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
      programs.push_back(path);
    } else if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (const fs::directory_entry& e : fs::directory_iterator(path, ec))
        if (e.path().extension() == ".py" && e.is_regular_file(ec)) found.push_back((fs::path(path) / e.path().filename()).string());
      std::sort(found.begin(), found.end());
      programs.insert(programs.end(), found.begin(), found.end());
    } else {
      std::fprintf(stderr, "pytier diff: %s: no such file or directory\n", path.c_str());
      return false;
    }
  }
  return true;
}

namespace {

ProgramResult compare_one(const DiffOptions& options, const std::string& program) {
  ProgramResult r{program, run(reference_command(options.reference, {program}, options.timeout_s)), {}, {}};
  for (const std::string& tier : options.tiers) {
    r.tiers.push_back(run(tier_command(options.pytier, tier, {program}, options.timeout_s)));
    r.verdicts.push_back(judge(r.reference, r.tiers.back()));
  }
  return r;
}

}  // namespace

std::vector<ProgramResult> compare_tiers(const DiffOptions& options, const std::vector<std::string>& programs) {
  std::vector<ProgramResult> results(programs.size());
  std::atomic<size_t> next = 0;
  Progress progress(int(programs.size()));
  auto worker = [&] {
    for (size_t i; (i = next++) < programs.size();) {
      results[i] = compare_one(options, programs[i]);
      progress.step(programs[i]);
    }
  };
  std::vector<std::thread> pool;
  size_t threads = std::clamp<size_t>(options.jobs, 1, std::max<size_t>(programs.size(), 1));
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  return results;
}

std::vector<Tally> tally(const DiffOptions& options, const std::vector<ProgramResult>& results) {
  std::vector<Tally> tallies(options.tiers.size());
  for (const ProgramResult& r : results)
    for (size_t t = 0; t < tallies.size(); ++t) tallies[t].add(r.verdicts[t].grade);
  return tallies;
}

std::string format_report(const DiffOptions& options, const std::vector<ProgramResult>& results) {
  size_t name_width = std::strlen("program");
  for (const ProgramResult& r : results) name_width = std::max(name_width, r.path.size());
  auto pad = [](std::string s, size_t width) { return s.size() < width ? s + std::string(width - s.size(), ' ') : s; };
  auto row = [&](const std::string& first, auto cell) {
    std::string line = pad(first, name_width);
    for (size_t t = 0; t < options.tiers.size(); ++t) line += "  " + pad(cell(t), std::max<size_t>(options.tiers[t].size(), 5));
    while (line.back() == ' ') line.pop_back();
    return line + '\n';
  };

  std::string out = row("program", [&](size_t t) { return options.tiers[t]; });
  for (const ProgramResult& r : results) {
    out += row(r.path, [&](size_t t) { return std::string(grade_name(r.verdicts[t].grade)); });
    for (size_t t = 0; t < options.tiers.size(); ++t)
      if (r.verdicts[t].grade != Grade::kPass) out += "    " + options.tiers[t] + ": " + r.verdicts[t].reason + '\n';
  }
  int passed = 0, failed = 0;
  std::vector<Tally> tallies = tally(options, results);
  for (size_t t = 0; t < tallies.size(); ++t) {
    out += summary_line(options.tiers[t], tallies[t]) + '\n';
    passed += tallies[t].pass;
    failed += tallies[t].diff + tallies[t].fail;
  }
  out += std::to_string(passed) + " passed, " + std::to_string(failed) + " failed\n";
  return out;
}

namespace {

void write_outcome(JsonWriter& j, const Outcome& o) {
  j.key("status").value(o.status);
  j.key("timed_out").value(o.timed_out);
  if (!o.spawn_error.empty()) j.key("spawn_error").value(o.spawn_error);
  j.key("stdout_sha256").value(o.stdout_sha256);
  j.key("stdout_bytes").value(o.stdout_bytes);
  j.key("stderr_first_line").value(first_line(o.stderr_head, 1000));
  j.key("wall_ms").value(o.wall_ms);
}

}  // namespace

std::string format_json(const DiffOptions& options, const std::vector<ProgramResult>& results) {
  JsonWriter j;
  j.begin_object();
  j.key("reference").value(options.reference);
  j.key("pytier").value(options.pytier);
  j.key("timeout_s").value(options.timeout_s);
  j.key("jobs").value(options.jobs);
  j.key("tiers").begin_array();
  for (const std::string& t : options.tiers) j.value(t);
  j.end_array();
  j.key("programs").begin_array();
  for (const ProgramResult& r : results) {
    j.begin_object().key("path").value(r.path);
    j.key("reference").begin_object();
    write_outcome(j, r.reference);
    j.end_object();
    j.key("tiers").begin_object();
    for (size_t t = 0; t < options.tiers.size(); ++t) {
      const Verdict& v = r.verdicts[t];
      j.key(options.tiers[t]).begin_object();
      j.key("grade").value(grade_name(v.grade));
      j.key("reason").value(v.reason);
      write_outcome(j, r.tiers[t]);
      if (v.grade == Grade::kDiff) {
        const LineDifference& d = v.difference;
        j.key("first_difference").begin_object().key("line").value(d.line);
        j.key("expected");
        d.has_expected ? j.value(d.expected) : j.null();
        j.key("actual");
        d.has_actual ? j.value(d.actual) : j.null();
        j.end_object();
      }
      j.end_object();
    }
    j.end_object().end_object();
  }
  j.end_array();
  int passed = 0, failed = 0;
  std::vector<Tally> tallies = tally(options, results);
  j.key("summary").begin_object();
  for (size_t t = 0; t < tallies.size(); ++t) {
    const Tally& s = tallies[t];
    j.key(options.tiers[t]).begin_object();
    j.key("pass").value(s.pass).key("diff").value(s.diff).key("fail").value(s.fail).key("total").value(s.total());
    j.end_object();
    passed += s.pass;
    failed += s.diff + s.fail;
  }
  j.end_object();
  j.key("passed").value(passed).key("failed").value(failed);
  j.end_object();
  return j.text() + '\n';
}

bool all_passed(const std::vector<ProgramResult>& results) {
  for (const ProgramResult& r : results)
    for (const Verdict& v : r.verdicts)
      if (v.grade != Grade::kPass) return false;
  return true;
}

int run_diff(const DiffOptions& options) {
  std::vector<std::string> programs;
  if (!collect_programs(options.paths, programs)) return 2;
  if (programs.empty()) {
    std::fputs("pytier diff: no .py programs found\n", stderr);
    return 2;
  }
  std::vector<ProgramResult> results = compare_tiers(options, programs);
  std::string report = format_report(options, results);
  std::fwrite(report.data(), 1, report.size(), stdout);
  if (!options.json_path.empty() && !write_file(options.json_path, format_json(options, results))) {
    std::fprintf(stderr, "pytier diff: cannot write %s: %s\n", options.json_path.c_str(), std::strerror(errno));
    return 2;
  }
  return all_passed(results) ? 0 : 1;
}

}  // namespace pytier::harness
