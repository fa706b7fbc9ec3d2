# wasm32-wasi with Debian's clang-19, lld-19, wasi-libc and libc++-19-dev-wasm32.
# Those packages install into the multiarch directories of /usr
# (/usr/include/wasm32-wasi, /usr/lib/wasm32-wasi), so /usr is the sysroot.
set(CMAKE_SYSTEM_NAME WASI)
list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR})  # for Platform/WASI.cmake
set(CMAKE_SYSTEM_PROCESSOR wasm32)
set(CMAKE_SYSTEM_VERSION 1)
set(triple wasm32-wasi)

set(CMAKE_C_COMPILER clang-19)
set(CMAKE_CXX_COMPILER clang++-19)
set(CMAKE_C_COMPILER_TARGET ${triple})
set(CMAKE_CXX_COMPILER_TARGET ${triple})
set(CMAKE_SYSROOT /usr)

# Debian's wasm32 C++ runtime is built without exceptions; wasm has no threads here.
set(CMAKE_CXX_FLAGS_INIT "-fno-exceptions")
# wasm-ld's default stack is 64 KiB, far too small for a recursive interpreter.
# Placed first in memory, an overflowing stack runs below address 0 and traps,
# instead of silently overwriting the data that would otherwise sit below it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-fuse-ld=lld -Wl,-z,stack-size=8388608 -Wl,--stack-first")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
