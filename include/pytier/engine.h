#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

// Runs Python programs from C++, many in one process, each isolated from the
// host and from the others: every run happens in a child process forked from
// a warm parent, with its stdin, stdout and stderr on fds of its own and no
// other fds. The host's own stdio, signal handlers and fds stay as they were.
//
// A child runs in the host's current working directory. What a Full tier
// child can tell apart from a fresh python3.11: os.environ is the host's as at
// warm-up; all children share one str hash seed; and start-up's objects sit in
// the GC's permanent generation (gc.get_objects(), gc.get_freeze_count()).
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
  // The child's address space (RLIMIT_AS), which a runaway allocation then
  // hits with a clean MemoryError instead of exhausting the machine. It
  // includes the host's own mappings, which the child inherits. 0: no limit.
  size_t memory_limit_bytes = 0;
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
  std::chrono::nanoseconds wall_time{0};  // from fork to collected output; warm-up excluded
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
