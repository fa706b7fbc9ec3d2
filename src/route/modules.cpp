#include "route/modules.h"

#include <algorithm>
#include <iterator>

namespace pytier::route {
namespace {

// THE LIGHT TIER'S MODULE LIST. Keep it equal to what `pytier-light` can
// import today; it goes away when the Light tier exports its own registry of
// built-in modules (src/light/modules/), which the router must then read
// instead, so that the two can never drift apart.
constexpr std::string_view kLightModules[] = {"builtins", "sys"};

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

bool light_provides(std::string_view name) { return contains(kLightModules, name); }

bool in_stdlib(std::string_view name) {
  return std::binary_search(std::begin(kStdlib), std::end(kStdlib), top_level(name));
}

bool is_c_extension_package(std::string_view name) { return contains(kCExtensionPackages, top_level(name)); }

bool is_os_module(std::string_view name) { return contains(kOsModules, top_level(name)); }

}  // namespace pytier::route
