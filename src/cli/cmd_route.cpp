#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "route/analyze.h"
#include "route/decide.h"
#include "route/explain.h"
#include "route/options.h"
#include "route/program.h"

namespace pytier::cli {
namespace {

int usage(FILE* out) {
  std::fprintf(out,
               "usage: pytier route %s [--json] FILE|DIR...|-c CODE\n"
               "Says which tier `pytier run --tier auto` picks for each program, and why.\n"
               "`pytier run --tier auto` takes the same options from the PYTIER_AUTO variable.\n",
               route::kPolicyUsage);
  return out == stderr ? 2 : 0;
}

// Directories stand for the .py files directly inside them, in name order.
std::vector<std::string> expand(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!std::filesystem::is_directory(p, ec)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> inside;
    for (std::filesystem::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".py") inside.push_back(it->path().string());
    std::sort(inside.begin(), inside.end());
    files.insert(files.end(), inside.begin(), inside.end());
  }
  return files;
}

}  // namespace

// `pytier route [OPTIONS] FILE...`: the tier auto would pick for each program,
// with every reason that counted.
int route(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  route::Options options;
  std::string error;
  int used = route::parse_options(args, options, error);
  if (used < 0) {
    std::fprintf(stderr, "pytier route: %s\n", error.c_str());
    return 2;
  }
  if (!options.record.empty()) {
    std::fputs("pytier route: --record belongs to runs (PYTIER_AUTO for pytier run --tier auto)\n", stderr);
    return 2;
  }
  std::vector<std::string> rest(args.begin() + used, args.end());
  if (rest.empty()) return usage(stderr);
  if (rest[0] == "-h" || rest[0] == "--help") return usage(stdout);
  if (rest[0] != "-c" && rest[0][0] == '-') {
    std::fprintf(stderr, "pytier route: unknown option '%s'\n", rest[0].c_str());
    return usage(stderr);
  }
  std::vector<std::string> programs = rest[0] == "-c" ? std::vector<std::string>{} : expand(rest);
  int status = 0;
  auto explain = [&](std::vector<std::string> python_argv) {
    std::vector<char*> pargv;
    for (std::string& a : python_argv) pargv.push_back(a.data());
    route::Program program = route::load_program(int(pargv.size()), pargv.data());
    route::Decision d = route::decide(route::analyze(program), options.policy);
    std::string out = options.json ? route::explain_json(program.label, d) : route::explain_text(program.label, d);
    std::fputs(out.c_str(), stdout);
    if (d.refused) status = 1;
  };
  if (rest[0] == "-c") {
    if (rest.size() < 2) return usage(stderr);
    explain({"python3.11", "-c", rest[1]});
  }
  for (const std::string& p : programs) explain({"python3.11", p});
  return status;
}

}  // namespace pytier::cli
