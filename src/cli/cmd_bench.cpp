#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "harness/bench.h"
#include "harness/options.h"
#include "harness/sides.h"

namespace pytier::cli {

// `pytier bench [--runs N] [--tiers full,light,auto] [--reference PY]
// [--corpus DIR] [--json FILE]`: see harness/bench.h.
int bench(int argc, char** argv) {
  harness::BenchOptions options;
  options.pytier = harness::self_executable();
  harness::ArgReader args("pytier bench", argc, argv);
  while (!args.done() && !args.failed()) {
    std::string value;
    if (args.option("--runs", value)) {
      args.count(value, 1, options.runs);
    } else if (args.option("--tiers", value)) {
      args.tiers(value, options.tiers);
    } else if (args.option("--reference", value)) {
      options.reference = harness::find_on_path(value);
    } else if (args.option("--corpus", value)) {
      options.corpus = value;
    } else if (args.option("--json", value)) {
      options.json_path = value;
    } else {
      args.error("unknown argument '" + std::string(args.next()) + "'");
    }
  }
  if (!args.failed() && options.corpus.empty()) {
    options.corpus = harness::find_corpus(options.pytier);
    if (options.corpus.empty()) args.error("no corpus/bench next to the build or in the current directory; use --corpus DIR");
  }
  if (args.failed()) {
    std::fputs("usage: pytier bench [--runs N] [--tiers full,light,auto] [--reference PY] [--corpus DIR] [--json FILE]\n",
               stderr);
    return 2;
  }
  return harness::run_bench(options);
}

}  // namespace pytier::cli
