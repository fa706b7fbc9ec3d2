#pragma once
// The instructions' slow paths, out of the interpreter loop so that it stays
// small: each takes borrowed operands and returns a new reference (or -1/
// false) with the exception pending on error.

#include "light/objects/object.h"

namespace pytier::light::vm {

struct Frame;

// NameError "name 'x' is not defined" with its name attribute.
Value raise_name_error(Value name);
// LOAD_NAME / LOAD_GLOBAL lookups; NameError when missing.
[[nodiscard]] Value load_name(Frame* f, Value name);
[[nodiscard]] Value load_global(Dict* globals, Dict* builtins, Value name);
[[nodiscard]] Value load_class_deref(Frame* f, uint32_t slot);

// LOAD_METHOD: *self_out gets obj (new ref) when the result is an unbound
// function to be called with obj first, else null.
[[nodiscard]] Value load_method(Value obj, Value name, Value* self_out);

// Unpacks `seq` into out[0..n) in stack order (last item first).
[[nodiscard]] bool unpack_sequence(Value seq, uint32_t n, Value* out);
[[nodiscard]] bool unpack_ex(Value seq, uint32_t before, uint32_t after, Value* out);

[[nodiscard]] Value format_value(Value v, uint32_t conversion, Value spec);

// `raise`, `raise exc` and `raise exc from cause` (RAISE_VARARGS); always
// leaves an exception pending.
void do_raise(Value exc, Value cause);

// BEFORE_WITH: *exit_out gets the bound __exit__; returns __enter__().
[[nodiscard]] Value enter_context(Value mgr, Value* exit_out, bool is_async);

[[nodiscard]] Value import_name(Frame* f, Value name, Value fromlist, Value level);
// IMPORT_NAME: import_name, or the frame's builtins.__import__ when replaced.
[[nodiscard]] Value import_name_op(Frame* f, Value name, Value fromlist, Value level);
[[nodiscard]] Value import_from(Value module, Value name);
[[nodiscard]] bool import_star(Frame* f, Value module);

[[nodiscard]] Value make_function(Frame* f, Value code, uint32_t flags, Value* parts);

[[nodiscard]] bool setup_annotations(Frame* f);

// PRINT_EXPR: sys.displayhook(v).
[[nodiscard]] bool display_value(Value v);

// CALL_FUNCTION_EX's `*it` as a tuple, with CPython's error for a
// non-iterable.
[[nodiscard]] Value star_args_tuple(Value callable, Value it);

// DICT_MERGE: like update, but a repeated keyword is an error.
[[nodiscard]] bool dict_merge(Value callable, Value dict, Value other);

[[nodiscard]] Value get_awaitable(Value v, uint32_t where);

// Pattern matching: is the subject a sequence / a mapping for `case`?
bool match_sequence(Value subject);
bool match_mapping(Value subject);
// The values of `keys` (a tuple) in subject, as a tuple, or None when one is
// missing; null on error.
[[nodiscard]] Value match_keys(Value subject, Value keys);
// The attributes a class pattern extracts, as a tuple, or None when the
// subject does not match; null on error.
[[nodiscard]] Value match_class(Value subject, Value cls, uint32_t npositional, Value kwd_names);
// A dict of subject's items without `keys`.
[[nodiscard]] Value copy_dict_without_keys(Value subject, Value keys);

}  // namespace pytier::light::vm
