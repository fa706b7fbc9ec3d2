#include "route/program.h"

#include <sys/stat.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace pytier::route {
namespace {

Program unreadable(std::string label, std::string why) {
  Program p;
  p.label = std::move(label);
  p.why_unreadable = std::move(why);
  return p;
}

}  // namespace

Program load_program(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "-")) return unreadable("<stdin>", "the program comes from stdin");
  if (!std::strcmp(argv[1], "-c")) {
    if (argc < 3) return unreadable("-c", "-c has no code");
    Program p;
    p.label = "-c";
    p.source = argv[2];
    p.readable = true;
    return p;
  }
  if (argv[1][0] == '-') return unreadable(argv[1], std::string("interpreter option ") + argv[1] + " is not analyzed");
  struct stat st;
  if (::stat(argv[1], &st) == 0 && S_ISDIR(st.st_mode))
    return unreadable(argv[1], "a directory runs its __main__.py, which is not analyzed");
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) return unreadable(argv[1], "cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  Program p;
  p.label = argv[1];
  p.source = std::move(text).str();
  if (p.source.compare(0, 4, "PK\x03\x04") == 0)
    return unreadable(argv[1], "a zip archive runs its __main__.py, which is not analyzed");
  const char* slash = std::strrchr(argv[1], '/');
  p.dir = slash ? std::string(argv[1], slash - argv[1] + 1) : "";
  p.readable = true;
  return p;
}

}  // namespace pytier::route
