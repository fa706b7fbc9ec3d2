// Per-run overhead of the warm Engine: `pass` run again and again through
// Engine::run, from fork to captured output. Usage: pytier-engine-bench [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "pytier/engine.h"

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::atoi(argv[1]) : 1000;
  if (runs < 1) runs = 1;
  pytier::Engine engine;
  engine.warm_up();
  pytier::Program pass;
  pass.code = "pass";
  std::vector<double> ms;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < runs; ++i) {
    pytier::RunResult r = engine.run(pass, {pytier::Tier::Full, {}});
    if (r.ending != pytier::Ending::Exited || r.exit_status != 0) {
      std::fprintf(stderr, "run %d failed with status %d: %s", i, r.exit_status, r.stderr_bytes.c_str());
      return 1;
    }
    ms.push_back(std::chrono::duration<double, std::milli>(r.wall_time).count());
  }
  double total = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::sort(ms.begin(), ms.end());
  std::printf("%d runs of `pass` on the Full tier: median %.3f ms, p90 %.3f ms, throughput %.3f ms/run\n", runs,
              ms[ms.size() / 2], ms[ms.size() * 9 / 10], total / runs);
  return 0;
}
