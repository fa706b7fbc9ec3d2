#include "route/modules.h"

#include <algorithm>
#include <iterator>

#include "light/modules/registry.h"

namespace pytier::route {
namespace {

constexpr std::string_view kStdlib[] = {
#include "stdlib_module_names.inc"
};

// Packages that exist only as C extensions (or wrap them): the Light tier can
// never load them, and CPython needs them installed.
constexpr std::string_view kCExtensionPackages[] = {
    "PIL",    "cv2",      "cython",  "h5py",  "jax",     "lxml",       "matplotlib", "numba", "numpy", "pandas",
    "psutil", "psycopg2", "pyarrow", "scipy", "sklearn", "tensorflow", "torch",      "ujson", "yaml",  "zmq",
};

constexpr std::string_view kOsModules[] = {
    "ctypes", "fcntl",        "glob",     "mmap",       "multiprocessing", "os",     "pathlib",
    "pty",    "pwd",          "resource", "select",     "selectors",       "shutil", "signal",
    "socket", "socketserver", "ssl",      "subprocess", "tempfile",
};

template <std::size_t N>
bool contains(const std::string_view (&table)[N], std::string_view name) {
  return std::find(std::begin(table), std::end(table), name) != std::end(table);
}

}  // namespace

std::string_view top_level(std::string_view name) { return name.substr(0, name.find('.')); }

bool light_provides(std::string_view name) {
  return light::modules::provides(name);
}

bool in_stdlib(std::string_view name) {
  return std::binary_search(std::begin(kStdlib), std::end(kStdlib), top_level(name));
}

bool is_c_extension_package(std::string_view name) { return contains(kCExtensionPackages, top_level(name)); }

bool is_os_module(std::string_view name) { return contains(kOsModules, top_level(name)); }

}  // namespace pytier::route
