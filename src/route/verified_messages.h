#pragma once
// Builtin exception messages the Light tier is known to print exactly as
// CPython 3.11 does. A program that prints the text of a caught exception may
// stay on the Light tier only when every exception type its handler catches
// is listed here.
//
// Add an entry only together with the test that proves it: `test` names a
// test (ctest name or gtest Suite.Case) that compares the Light tier's
// messages for that type with python3.11's and passes on main.

#include <array>
#include <string_view>

namespace pytier::route {

struct VerifiedMessages {
  std::string_view exception_type;  // e.g. "ZeroDivisionError"
  std::string_view test;            // the test that proves the messages identical
};

// Today no Light tier message is verified, so the table is empty. Entries go in as
//   std::to_array<VerifiedMessages>({{"ZeroDivisionError", "LightExceptions.ZeroDivision"}})
inline constexpr std::array<VerifiedMessages, 0> kVerifiedMessages{};

inline const VerifiedMessages* verified_messages(std::string_view exception_type) {
  for (const VerifiedMessages& v : kVerifiedMessages)
    if (v.exception_type == exception_type) return &v;
  return nullptr;
}

}  // namespace pytier::route
