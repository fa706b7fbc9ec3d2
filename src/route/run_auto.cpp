#include "route/run_auto.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>

#include "full/full_main.h"
#include "route/analyze.h"
#include "route/decide.h"
#include "route/explain.h"
#include "route/fallback.h"
#include "route/options.h"
#include "route/program.h"
#include "route/record.h"

namespace pytier::route {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Hands a held-back run's output to the user. A reader that went away early
// gets what python3.11 gives it: a BrokenPipeError report and status 120,
// not death by SIGPIPE.
int deliver(const Attempt& a) {
  struct sigaction ignore = {}, saved;
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &saved);
  bool broken = !write_all(1, a.out) && errno == EPIPE;
  ::sigaction(SIGPIPE, &saved, nullptr);
  write_all(2, a.err);
  if (broken) {
    write_all(2, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                 "BrokenPipeError: [Errno 32] Broken pipe\n");
    return 120;
  }
  return a.status;
}

// Ends this process as the run that produced the output ended, when a signal
// killed it: python3.11 itself would have died of that signal.
void die_like(const RunRecord& record) {
  if (record.attempts.empty()) return;
  const Attempt& last = record.attempts.back();
  if (last.tier == Tier::Light && !record.fallback.empty()) return;  // discarded: Full ran in this process
  int sig = last.signal;
  if (!sig) return;
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// Without an audit record to write, the Full tier runs in this process and
// streams its output; with one, it runs captured so that its stdout is hashed.
int run_full(int argc, char** argv, StdinCopy* input, RunRecord& record, bool capture) {
  if (capture) {
    record.attempts.push_back(run_captured(Tier::Full, argc, argv, input));
    return deliver(record.attempts.back());
  }
  if (input && !replay_stdin(*input)) {
    std::fputs("pytier: cannot hand stdin to the Full tier\n", stderr);
    return 2;
  }
  return full::main(argc, argv);
}

int run_decided(const Policy& policy, int argc, char** argv, RunRecord& record, bool capture_full) {
  if (record.decision->tier == Tier::Full) return run_full(argc, argv, nullptr, record, capture_full);
  // What the Light run reads of stdin is kept, so that a Full retry reads the same.
  StdinCopy input;
  record.attempts.push_back(run_captured(Tier::Light, argc, argv, &input));
  const Attempt& light = record.attempts.back();
  bool may_retry = policy.full_available && !policy.require_portable;
  record.fallback = may_retry ? retry_reason(light) : "";
  if (record.fallback.empty()) return deliver(light);
  return run_full(argc, argv, &input, record, capture_full);
}

}  // namespace

int run_auto(int argc, char** argv) {
  Clock::time_point start = Clock::now();
  Options options;
  std::string error;
  if (!options_from_env(options, error)) {
    std::fprintf(stderr, "pytier: %s\n", error.c_str());
    return 2;
  }
  Program program = load_program(argc, argv);
  Decision decision = decide(analyze(program), options.policy);
  RunRecord record;
  record.program = program.label;
  record.source = program.source;
  record.decision = &decision;
  record.analysis_ms = ms_since(start);

  int status = 2;
  if (decision.refused) {
    std::string why = explain_text(program.label, decision);
    std::fprintf(stderr, "pytier: %s", why.c_str());
  } else {
    status = run_decided(options.policy, argc, argv, record, !options.record.empty());
  }
  if (!options.record.empty()) {
    record.status = status;
    record.total_ms = ms_since(start);
    if (!append_record(options.record, record) && status == 0) status = 2;
  }
  die_like(record);
  return status;
}

}  // namespace pytier::route
