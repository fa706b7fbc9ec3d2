// parse_bench FILE...: parses every file (each in its own Arena) and prints
// the best wall time of several rounds, the bytes parsed and peak RSS.
// Driven by scripts/parse-bench.sh; not a test.

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "light/syntax/parser.h"

int main(int argc, char** argv) {
  namespace syn = pytier::light::syntax;
  std::vector<std::string> sources;
  size_t bytes = 0;
  for (int i = 1; i < argc; i++) {
    FILE* f = std::fopen(argv[i], "rb");
    if (!f) continue;
    std::string s;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) s.append(buf, n);
    std::fclose(f);
    bytes += s.size();
    sources.push_back(std::move(s));
  }
  double best = 1e30;
  int parsed = 0;
  for (int round = 0; round < 5; round++) {
    auto t0 = std::chrono::steady_clock::now();
    parsed = 0;
    for (const std::string& s : sources) {
      syn::Arena arena;
      syn::SyntaxErrorInfo err;
      parsed += syn::parse_module(arena, s, "<bench>", &err) != nullptr;
    }
    double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (t < best) best = t;
  }
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  std::printf("files %zu parsed %d bytes %zu seconds %.4f peak_rss_kb %ld\n", sources.size(), parsed, bytes, best,
              ru.ru_maxrss);
  return 0;
}
