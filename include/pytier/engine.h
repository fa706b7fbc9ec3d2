#pragma once

#include <chrono>
#include <string>
#include <vector>

// Runs Python programs from C++, many in one process, each isolated from the
// host and from the others: every run happens in a child process forked from
// a warm parent, with its stdin, stdout and stderr on fds of its own.
namespace pytier {

enum class Tier { Full, Light, Auto };

// What `python3.11 FILE ARGS...` (or `python3.11 -c CODE ARGS...`) would get.
struct Program {
  std::string path;               // the script; when empty, `code` runs as with -c
  std::string code;
  std::vector<std::string> args;  // sys.argv[1:]
  std::string stdin_bytes;
};

struct RunOptions {
  Tier tier = Tier::Auto;
  std::chrono::milliseconds timeout{0};  // 0: no limit
};

enum class Ending {
  Exited,    // the program ended on its own; exit_status says how
  Signaled,  // a signal killed it: a crash, os.abort(), or KeyboardInterrupt
  TimedOut,  // still running at the timeout, so it was killed
};

struct RunResult {
  std::string stdout_bytes;
  std::string stderr_bytes;
  Ending ending = Ending::Exited;
  int exit_status = 0;  // as a shell reports it: 128 + N after signal N
  int signal = 0;       // the killing signal when ending is Signaled
  Tier tier = Tier::Full;  // the tier that ran the program
  std::string stdout_sha256;  // 64 lowercase hex digits
  std::chrono::nanoseconds wall_time{0};
};

class Engine {
 public:
  // A Full tier run needs CPython started in this process first; the first
  // such run does it (about 7 ms), or warm_up() ahead of time. Use an Engine
  // from one thread at a time.
  void warm_up();
  RunResult run(const Program& program, const RunOptions& options = {});
};

}  // namespace pytier
