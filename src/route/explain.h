#pragma once
// `pytier route`'s two ways of telling a decision: for people and for programs.

#include <string>
#include <string_view>

#include "route/decide.h"

namespace pytier::route {

// `FILE: TIER` then one indented line per reason, with its source line.
std::string explain_text(std::string_view program, const Decision& d);

// One JSON object: {"program", "tier" (null when refused), "refused", "reasons": [...]}.
std::string explain_json(std::string_view program, const Decision& d);

// The reasons alone, as a JSON array (the audit record reuses it).
std::string reasons_json(const Decision& d);

// `s` as a JSON string literal, quotes included.
std::string json_string(std::string_view s);

}  // namespace pytier::route
