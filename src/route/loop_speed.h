#pragma once
// When a hot loop decides the tier. A loop moves a program to the Full tier
// only while the Light tier is measurably slower on that kind of code, as
// `pytier bench` measures it.
//
// To update: run `pytier bench --tiers light` on main, copy the "light ratio"
// column (median Light time over python3.11's) of each workload below with
// the date and commit, and keep the noise margin.
// A ratio of 0 means "not measured": the Light tier cannot run the workload
// yet, which counts as slower.

#include <string_view>

#include "route/findings.h"

namespace pytier::route {

struct LoopSpeed {
  Signal kind;                // PureLoop or DynamicLoop
  std::string_view workload;  // the `pytier bench` workload that measures it
  double light_over_cpython;  // wall-time ratio; 0: not measured
  std::string_view measured;  // when and on what
};

// `pytier bench --runs 10` on the 2-core build machine, main of 2026-11-22
// (the session-2 merges), under load from parallel builds.
inline constexpr LoopSpeed kLoopSpeed[] = {
    {Signal::PureLoop, "corpus/bench/pure_loop.py 1000000", 0.61, "2026-11-22, main after the session-2 merges"},
    {Signal::DynamicLoop, "corpus/bench/dynamic.py 100000", 0.98, "2026-11-22, main after the session-2 merges"},
};

// Differences under 5% are noise on the shared build machine.
inline constexpr double kNoiseMargin = 1.05;

// A loop nest is hot from this many estimated iterations (about 50 ms of
// pure_loop.py on CPython 3.11), or from this many large loops nested, where a
// loop is large when its count is unknown or at least kLargeLoop.
inline constexpr double kHotIterations = 1e6;
inline constexpr int kHotNestingDepth = 3;
inline constexpr double kLargeLoop = 100;

// Branching recursion is hot unless every outside call passes a literal
// first argument no larger than this (naive fib(25) is ~250k calls).
inline constexpr long kSmallRecursionArgument = 25;

inline const LoopSpeed* loop_speed(Signal kind) {
  for (const LoopSpeed& s : kLoopSpeed)
    if (s.kind == kind) return &s;
  return nullptr;
}

inline bool light_measurably_slower(const LoopSpeed& s) {
  return s.light_over_cpython == 0 || s.light_over_cpython > kNoiseMargin;
}

}  // namespace pytier::route
