#pragma once
// The router's options, shared by `pytier route` and `pytier run --tier auto`
// (which takes them from the PYTIER_AUTO environment variable, because its own
// command line is python3.11's).

#include <string>
#include <vector>

#include "route/decide.h"

namespace pytier::route {

struct Options {
  Policy policy;
  bool json = false;   // `pytier route` only
  std::string record;  // append an audit line per run to this file
};

// The options that make the policy; PYTIER_AUTO also takes --record FILE.jsonl.
inline constexpr const char* kPolicyUsage = "[--prefer light|full] [--require portable] [--sandbox]";

// Consumes the options at the front of `args`; returns how many it consumed,
// or -1 with `error` set.
int parse_options(const std::vector<std::string>& args, Options& options, std::string& error);

// The options in PYTIER_AUTO, split at spaces.
[[nodiscard]] bool options_from_env(Options& options, std::string& error);

}  // namespace pytier::route
