#include "spawn.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engine/capture.h"

namespace pytier::test {

Outcome spawn(const std::vector<std::string>& argv, const std::string& dir, const std::string& input,
              const char* stdout_path) {
  engine::Capture in(input), out, err;
  pid_t pid = fork();
  if (pid == 0) {
    int out_fd = stdout_path ? open(stdout_path, O_WRONLY) : out.fd();
    if (chdir(dir.c_str()) < 0 || dup2(in.fd(), 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err.fd(), 2) < 0) _exit(127);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    char* env[] = {const_cast<char*>("LANG=C.UTF-8"), nullptr};
    execve(args[0], args.data(), env);
    _exit(127);
  }
  Outcome o;
  waitpid(pid, &o.wait_status, 0);
  o.out = out.contents();
  o.err = err.contents();
  return o;
}

std::string make_dir(const std::vector<std::pair<std::string, std::string>>& files) {
  const char* tmp = std::getenv("TMPDIR");
  std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/pytier-full-XXXXXX";
  std::string dir = mkdtemp(templ.data());
  for (const auto& [name, text] : files) {
    std::filesystem::path path = dir + "/" + name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  return dir;
}

}  // namespace pytier::test
