#pragma once
// The routing policy: from what the analysis found and what the user asked
// for, the tier to run and the reasons that decided it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "route/findings.h"

namespace pytier::route {

enum class Tier : uint8_t { Light, Full };
const char* tier_name(Tier);

enum class Prefer : uint8_t { Neither, Light, Full };

// Whether this build carries the Full tier (embedded CPython). The top-level
// CMakeLists.txt builds the router only with it (not when PYTIER_LIGHT_ONLY);
// a Light-only host of the router would set this false, and auto means Light.
inline constexpr bool kFullAvailable = true;

struct Policy {
  Prefer prefer = Prefer::Neither;
  bool require_portable = false;  // run on the Light tier or not at all
  bool sandbox = false;           // refuse programs that reach the OS
  bool full_available = kFullAvailable;
};

struct Reason {
  std::string_view kind;  // a signal name, or "policy"
  int line;               // 0: about the program or the policy as a whole
  std::string text;
  bool counted;  // false: found, but not what decided
};

struct Decision {
  Tier tier = Tier::Light;
  bool refused = false;  // the policy forbids running the program at all
  std::string refusal;
  std::vector<Reason> reasons;
};

Decision decide(const Findings& findings, const Policy& policy);

}  // namespace pytier::route
