#pragma once
// The descriptors: property, classmethod, staticmethod (Python-visible), and
// the ones built-in types carry in their dicts: getset_descriptor (GetSetDef),
// member_descriptor (a __slots__ entry), wrapper_descriptor (a slot exposed
// as a dunder such as int.__add__ or object.__init__).

#include "light/objects/object.h"

namespace pytier::light {

extern Type property_type;
extern Type classmethod_type;
extern Type staticmethod_type;
extern Type getset_descriptor_type;
extern Type member_descriptor_type;
extern Type wrapper_descriptor_type;
extern Type method_wrapper_type;

struct Property : Object {
  Value fget, fset, fdel, doc, name;  // None when absent (name: null)
};

// classmethod and staticmethod share a layout.
struct FunctionWrapper : Object {
  Value callable;
  Dict* dict;
};

struct GetSetDescriptor : Object {
  const GetSetDef* def;
  Type* owner;
};

struct MemberDescriptor : Object {
  Value name;  // str
  Type* owner;
  size_t offset;  // of the Value slot in the instance
};

[[nodiscard]] Value staticmethod_new(Value callable);
[[nodiscard]] Value classmethod_new(Value callable);
[[nodiscard]] Value getset_descriptor_new(const GetSetDef* def, Type* owner);
[[nodiscard]] Value member_descriptor_new(Value name, Type* owner, size_t offset);

}  // namespace pytier::light
