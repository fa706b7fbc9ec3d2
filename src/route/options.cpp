#include "route/options.h"

#include <cstdlib>
#include <sstream>

namespace pytier::route {

int parse_options(const std::vector<std::string>& args, Options& options, std::string& error) {
  std::size_t i = 0;
  auto value = [&](const char* option) -> const std::string* {
    if (i + 1 < args.size()) return &args[++i];
    error = std::string(option) + " needs a value";
    return nullptr;
  };
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--prefer") {
      const std::string* v = value("--prefer");
      if (!v) return -1;
      if (*v == "light") {
        options.policy.prefer = Prefer::Light;
      } else if (*v == "full") {
        options.policy.prefer = Prefer::Full;
      } else {
        error = "--prefer takes light or full, not '" + *v + "'";
        return -1;
      }
    } else if (a == "--require") {
      const std::string* v = value("--require");
      if (!v) return -1;
      if (*v != "portable") {
        error = "--require takes portable, not '" + *v + "'";
        return -1;
      }
      options.policy.require_portable = true;
    } else if (a == "--sandbox") {
      options.policy.sandbox = true;
    } else if (a == "--record") {
      const std::string* v = value("--record");
      if (!v) return -1;
      options.record = *v;
    } else if (a == "--json") {
      options.json = true;
    } else if (a == "--") {
      return int(i + 1);
    } else {
      break;
    }
  }
  return int(i);
}

bool options_from_env(Options& options, std::string& error) {
  const char* env = std::getenv("PYTIER_AUTO");
  if (!env) return true;
  std::vector<std::string> args;
  std::istringstream words(env);
  for (std::string w; words >> w;) args.push_back(w);
  int used = parse_options(args, options, error);
  if (used < 0) return false;
  if (std::size_t(used) != args.size()) {
    error = "PYTIER_AUTO: unknown option '" + args[used] + "'";
    return false;
  }
  return true;
}

}  // namespace pytier::route
