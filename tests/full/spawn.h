#pragma once

#include <string>
#include <vector>

namespace pytier::test {

struct Outcome {
  std::string out, err;
  int wait_status = 0;  // as waitpid reports it, so that death by a signal compares too
};

// Runs argv under `env -i LANG=C.UTF-8` in `dir`, with `input` on stdin.
// `stdout_path`, when set, is opened as stdout instead of capturing it.
Outcome spawn(const std::vector<std::string>& argv, const std::string& dir, const std::string& input = "",
              const char* stdout_path = nullptr);

// A fresh directory under $TMPDIR (or /tmp) holding the named files.
std::string make_dir(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace pytier::test
