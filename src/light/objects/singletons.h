#pragma once
// None, NotImplemented and Ellipsis: static, immortal, one of each.

#include "light/objects/object.h"

namespace pytier::light {

extern Type none_type;
extern Type notimplemented_type;
extern Type ellipsis_type;

extern Object none_object;
extern Object notimplemented_object;
extern Object ellipsis_object;

inline Value none() { return Value(&none_object); }
inline Value not_implemented() { return Value(&notimplemented_object); }
inline Value ellipsis() { return Value(&ellipsis_object); }
inline bool is_none(Value v) { return v == none(); }

}  // namespace pytier::light
