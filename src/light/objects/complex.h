#pragma once
// complex: a pair of doubles.

#include "light/objects/object.h"

namespace pytier::light {

extern Type complex_type;

struct Complex : Object {
  double real;
  double imag;
};

[[nodiscard]] Value complex_from(double real, double imag);

}  // namespace pytier::light
