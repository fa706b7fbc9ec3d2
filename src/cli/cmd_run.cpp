#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "full/full_main.h"
#include "light/light_main.h"
#include "route/modules.h"
#include "route/run_auto.h"

namespace pytier::cli {

// `pytier run [--tier T] FILE|-c CODE [ARGS...]`: everything from FILE or -c on
// is handed to the tier exactly as python3.11 would receive it.
int run(int argc, char** argv) {
  std::string tier = "auto";
  int i = 0;
  for (; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--tier") && i + 1 < argc) {
      tier = argv[++i];
    } else if (!std::strncmp(argv[i], "--tier=", 7)) {
      tier = argv[i] + 7;
    } else {
      break;
    }
  }
  if (i == argc) {
    std::fputs("usage: pytier run [--tier full|light|auto] FILE|-c CODE [ARGS...]\n", stderr);
    return 2;
  }
  // The reference interpreter's name, which error messages such as "can't open
  // file" start with.
  std::vector<char*> args{const_cast<char*>("/usr/bin/python3.11")};
  for (; i < argc; ++i) args.push_back(argv[i]);
  args.push_back(nullptr);
  int n = static_cast<int>(args.size()) - 1;
  if (tier == "light") {
    int status = light::main(n, args.data());
    const std::string& missing = light::missing_module();
    if (!missing.empty() && (route::in_stdlib(missing) || route::is_c_extension_package(missing)))
      std::fprintf(stderr, "pytier: the Light tier has no module '%s'; this program needs the Full tier (--tier full or auto)\n",
                   missing.c_str());
    return status;
  }
  if (tier == "full") return full::main(n, args.data());
  if (tier == "auto") return route::run_auto(n, args.data());
  std::fprintf(stderr, "pytier run: unknown tier '%s' (full, light or auto)\n", tier.c_str());
  return 2;
}

}  // namespace pytier::cli
