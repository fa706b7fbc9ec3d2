#pragma once
// function: a code object with the globals it runs in, its defaults and its
// closure. Calling one from C++ runs the VM on a fresh frame; the VM itself
// calls Python functions without recursing (vm/interpreter.cpp).

#include "light/objects/code.h"
#include "light/objects/object.h"

namespace pytier::light {

extern Type function_type;

struct Function : Object {
  Code* code;       // owned
  Dict* globals;    // owned
  Dict* builtins;   // owned: the builtins namespace found when it was made
  Value name, qualname, doc, module;  // owned
  Value defaults;     // tuple or null
  Value kwdefaults;   // dict or null
  Value closure;      // tuple of cells or null
  Value annotations;  // dict or null
  Dict* dict;         // the function's __dict__, or null
};

inline bool function_check(Value v) { return !v.is_small() && v.object()->type == &function_type; }

// A function running `code` in `globals`; __name__ and __qualname__ come from
// the code, __module__ from globals['__name__'].
[[nodiscard]] Function* function_new(Code* code, Dict* globals);
// The builtins namespace for globals: globals['__builtins__'] (a module's
// dict or a dict), else the interpreter's. Borrowed.
Dict* builtins_for(Dict* globals);
// The interpreter's builtins namespace (the builtins module's dict).
extern Dict* default_builtins;

}  // namespace pytier::light
