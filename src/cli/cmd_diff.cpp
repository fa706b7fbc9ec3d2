#include <cstdio>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "harness/diff.h"
#include "harness/options.h"
#include "harness/sides.h"

namespace pytier::cli {

// `pytier diff [--tiers full,light,auto] [--reference PY] [--timeout S]
// [--jobs N] [--json FILE] PATH...`: see harness/diff.h.
int diff(int argc, char** argv) {
  harness::DiffOptions options;
  options.pytier = harness::self_executable();
  options.jobs = std::max(1u, std::thread::hardware_concurrency());
  harness::ArgReader args("pytier diff", argc, argv);
  while (!args.done() && !args.failed()) {
    std::string value;
    if (args.option("--tiers", value)) {
      args.tiers(value, options.tiers);
    } else if (args.option("--reference", value)) {
      options.reference = harness::find_on_path(value);
    } else if (args.option("--timeout", value)) {
      args.number(value, 0.001, options.timeout_s);
    } else if (args.option("--jobs", value)) {
      args.count(value, 1, options.jobs);
    } else if (args.option("--json", value)) {
      options.json_path = value;
    } else if (args.peek().starts_with("-")) {
      args.error("unknown option '" + std::string(args.next()) + "'");
    } else {
      options.paths.emplace_back(args.next());
    }
  }
  if (!args.failed() && options.paths.empty()) args.error("no PATH given");
  if (args.failed()) {
    std::fputs("usage: pytier diff [--tiers full,light,auto] [--reference PY] [--timeout S] [--jobs N] [--json FILE] PATH...\n",
               stderr);
    return 2;
  }
  return harness::run_diff(options);
}

}  // namespace pytier::cli
