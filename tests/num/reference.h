// Runs python3.11 (the reference) and returns what it prints.
#pragma once
#include <unistd.h>

#include <cstdio>
#include <string>

inline std::string run_reference(const std::string& script) {
  // ctest runs tests in parallel: one script file per process.
  std::string path = testing::TempDir() + "pytier_ref_" + std::to_string(getpid()) + ".py";
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs(script.c_str(), f);
  std::fclose(f);
  std::string cmd = std::string("env -i LANG=C.UTF-8 ") + PYTIER_REFERENCE_PYTHON + " " + path;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  std::remove(path.c_str());
  return out;
}
