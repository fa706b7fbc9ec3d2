#include "light/runtime/names.h"

#include "light/objects/str.h"

namespace pytier::light::names {

#define PYTIER_DEFINE_NAME(n) Value n;
PYTIER_NAMES(PYTIER_DEFINE_NAME)
#undef PYTIER_DEFINE_NAME

bool init() {
#define PYTIER_INTERN_NAME(n) \
  if (!(n = str_intern(#n))) return false;
  PYTIER_NAMES(PYTIER_INTERN_NAME)
#undef PYTIER_INTERN_NAME
  return true;
}

}  // namespace pytier::light::names
