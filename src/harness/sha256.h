#pragma once

#include <string>
#include <string_view>

namespace pytier {

// SHA-256 (FIPS 180-4) of `data`, as 64 lowercase hex digits: the form
// `sha256sum` prints and corpus/idioms/EXPECTED.sha256 stores.
std::string sha256_hex(std::string_view data);

}  // namespace pytier
