#include "harness/sides.h"

#include <unistd.h>

#include <climits>
#include <cstdlib>

namespace pytier::harness {

bool is_tier(std::string_view name) {
  for (std::string_view t : kTiers)
    if (t == name) return true;
  return false;
}

Command reference_command(const std::string& reference, const std::vector<std::string>& args, double timeout_s) {
  Command cmd{{reference}, clean_environment(), timeout_s};
  cmd.argv.insert(cmd.argv.end(), args.begin(), args.end());
  return cmd;
}

Command tier_command(const std::string& pytier, const std::string& tier, const std::vector<std::string>& args,
                     double timeout_s) {
  Command cmd{{pytier, "run", "--tier", tier}, clean_environment(), timeout_s};
  if (tier == "light") cmd.argv = {pytier.substr(0, pytier.rfind('/') + 1) + "pytier-light"};
  cmd.argv.insert(cmd.argv.end(), args.begin(), args.end());
  return cmd;
}

std::string find_on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  if (name.find('/') != std::string::npos || !path) return name;
  for (std::string_view rest = path; !rest.empty();) {
    std::string_view dir = rest.substr(0, rest.find(':'));
    rest.remove_prefix(std::min(rest.size(), dir.size() + 1));
    std::string candidate = std::string(dir.empty() ? "." : dir) + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return name;
}

std::string self_executable() {
  char path[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  return n > 0 ? std::string(path, n) : "/proc/self/exe";
}

}  // namespace pytier::harness
