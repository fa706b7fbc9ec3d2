#pragma once
// The audit record: `--record FILE.jsonl` appends one JSON line per run.

#include <string>
#include <string_view>
#include <vector>

#include "route/decide.h"
#include "route/fallback.h"

namespace pytier::route {

struct RunRecord {
  std::string_view program;  // as named on the command line
  std::string_view source;   // its text, hashed
  const Decision* decision = nullptr;
  std::vector<Attempt> attempts;  // in order; the last one produced the output
  std::string fallback;           // why the first attempt was discarded, or ""
  int status = 0;
  double analysis_ms = 0;
  double total_ms = 0;
};

// Appends `r` to `path` as one line; false (and a message on stderr) on failure.
[[nodiscard]] bool append_record(const std::string& path, const RunRecord& r);

}  // namespace pytier::route
