#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "harness/process.h"

namespace pytier::harness {

// The tiers `pytier run --tier` accepts, in the order reports list them.
inline constexpr std::string_view kTiers[] = {"full", "light", "auto"};
bool is_tier(std::string_view name);

// `REFERENCE ARGS...` under the clean environment.
Command reference_command(const std::string& reference, const std::vector<std::string>& args, double timeout_s);

// `PYTIER run --tier TIER ARGS...` under the clean environment; for the
// Light tier, `pytier-light ARGS...` from beside PYTIER: the binary the Light
// tier ships as, without the Full tier's libpython to load at every start.
Command tier_command(const std::string& pytier, const std::string& tier, const std::vector<std::string>& args,
                     double timeout_s);

// `name` as execve needs it: a name without a slash is looked up on this
// process's PATH, as a shell would; anything else is returned unchanged.
std::string find_on_path(const std::string& name);

// The running executable's absolute path, so children run this very build.
std::string self_executable();

}  // namespace pytier::harness
