#pragma once
// "Did you mean: 'x'?" for an uncaught NameError or AttributeError, as
// CPython 3.11's suggestions.c finds it: the nearest name by a
// Levenshtein distance that charges less for a change of case.

#include <string>

#include "light/objects/object.h"

namespace pytier::light::vm {

// The suggested name, or empty when there is none (never leaves an error).
std::string offer_suggestion(Value exc);

}  // namespace pytier::light::vm
