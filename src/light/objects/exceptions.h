#pragma once
// The built-in exception hierarchy. Every exception object shares one
// layout: args, the chaining attributes, and a few fields that the subclasses
// with extra attributes (StopIteration.value, OSError.errno, SyntaxError's
// position, NameError.name, ...) name through their getsets.

#include "light/objects/object.h"

namespace pytier::light {

// X(name, base) in an order where every base comes before its subclasses.
#define PYTIER_EXCEPTIONS(X)                                                         \
  X(BaseException, object)                                                           \
  X(BaseExceptionGroup, BaseException)                                               \
  X(GeneratorExit, BaseException)                                                    \
  X(KeyboardInterrupt, BaseException)                                                \
  X(SystemExit, BaseException)                                                       \
  X(Exception, BaseException)                                                        \
  X(ArithmeticError, Exception)                                                      \
  X(FloatingPointError, ArithmeticError)                                             \
  X(OverflowError, ArithmeticError)                                                  \
  X(ZeroDivisionError, ArithmeticError)                                              \
  X(AssertionError, Exception)                                                       \
  X(AttributeError, Exception)                                                       \
  X(BufferError, Exception)                                                          \
  X(EOFError, Exception)                                                             \
  X(ExceptionGroup, BaseExceptionGroup)                                              \
  X(ImportError, Exception)                                                          \
  X(ModuleNotFoundError, ImportError)                                                \
  X(LookupError, Exception)                                                          \
  X(IndexError, LookupError)                                                         \
  X(KeyError, LookupError)                                                           \
  X(MemoryError, Exception)                                                          \
  X(NameError, Exception)                                                            \
  X(UnboundLocalError, NameError)                                                    \
  X(OSError, Exception)                                                              \
  X(BlockingIOError, OSError)                                                        \
  X(ChildProcessError, OSError)                                                      \
  X(ConnectionError, OSError)                                                        \
  X(BrokenPipeError, ConnectionError)                                                \
  X(ConnectionAbortedError, ConnectionError)                                         \
  X(ConnectionRefusedError, ConnectionError)                                         \
  X(ConnectionResetError, ConnectionError)                                           \
  X(FileExistsError, OSError)                                                        \
  X(FileNotFoundError, OSError)                                                      \
  X(InterruptedError, OSError)                                                       \
  X(IsADirectoryError, OSError)                                                      \
  X(NotADirectoryError, OSError)                                                     \
  X(PermissionError, OSError)                                                        \
  X(ProcessLookupError, OSError)                                                     \
  X(TimeoutError, OSError)                                                           \
  X(ReferenceError, Exception)                                                       \
  X(RuntimeError, Exception)                                                         \
  X(NotImplementedError, RuntimeError)                                               \
  X(RecursionError, RuntimeError)                                                    \
  X(StopAsyncIteration, Exception)                                                   \
  X(StopIteration, Exception)                                                        \
  X(SyntaxError, Exception)                                                          \
  X(IndentationError, SyntaxError)                                                   \
  X(TabError, IndentationError)                                                      \
  X(SystemError, Exception)                                                          \
  X(TypeError, Exception)                                                            \
  X(ValueError, Exception)                                                           \
  X(UnicodeError, ValueError)                                                        \
  X(UnicodeDecodeError, UnicodeError)                                                \
  X(UnicodeEncodeError, UnicodeError)                                                \
  X(UnicodeTranslateError, UnicodeError)                                             \
  X(Warning, Exception)                                                              \
  X(BytesWarning, Warning)                                                           \
  X(DeprecationWarning, Warning)                                                     \
  X(EncodingWarning, Warning)                                                        \
  X(FutureWarning, Warning)                                                          \
  X(ImportWarning, Warning)                                                          \
  X(PendingDeprecationWarning, Warning)                                              \
  X(ResourceWarning, Warning)                                                        \
  X(RuntimeWarning, Warning)                                                         \
  X(SyntaxWarning, Warning)                                                          \
  X(UnicodeWarning, Warning)                                                         \
  X(UserWarning, Warning)

namespace exc {
#define PYTIER_DECLARE_EXC(name, base) extern Type name;
PYTIER_EXCEPTIONS(PYTIER_DECLARE_EXC)
#undef PYTIER_DECLARE_EXC
}  // namespace exc

struct BaseExceptionObject : Object {
  Dict* dict;
  Value args;  // a tuple
  Value notes;
  Value traceback;  // None or a traceback (the VM's)
  Value context;    // None or an exception
  Value cause;      // None or an exception
  bool suppress_context;
  // Subclass attributes, by position (see exceptions.cpp):
  //   StopIteration: value | SystemExit: code | NameError: name
  //   AttributeError: name, obj | ImportError: msg, name, path
  //   OSError: errno, strerror, filename, filename2, winerror(unused)
  //   SyntaxError: msg, filename, lineno, offset, text, end_lineno, end_offset
  //   UnicodeError: encoding, object, start, end, reason
  Value fields[7];
};

inline bool exception_check(Value v) { return !v.is_small() && v.object()->type->has(Type::kExceptionSubclass); }
inline BaseExceptionObject* as_exception(Value v) { return v.as<BaseExceptionObject>(); }

// An instance of type with the given arguments (borrowed).
[[nodiscard]] Value exception_new(Type* type, const Value* args, size_t nargs);
// Does exception `exc` match `cls` (a class or a tuple of classes) as in an
// except clause? -1 with TypeError when cls is not a BaseException class.
[[nodiscard]] int exception_matches(Value exc, Value cls);
// Sets __context__ (stolen; may be null for None), avoiding cycles.
void exception_set_context(Value exc, Value context);
void exception_set_cause(Value exc, Value cause);  // stolen; null: None
// Raises NameError / UnboundLocalError with `format` (one %U: the name) as
// the message and the name in its .name attribute, as the eval loop does.
Value raise_name_error(Type* type, const char* format, Value name);
// StopIteration.value of an exception (new ref; None when no args).
[[nodiscard]] Value stop_iteration_value(Value exc);

// BaseExceptionGroup's split, subgroup and derive (exception_group.cpp).
extern const MethodDef kExceptionGroupMethods[];
// One `except* type` clause against the exception in flight: *match is the
// part it handles (a naked exception wrapped in a group), *rest what is left
// for the next clauses; either may be None (new references). false on error,
// TypeError for a type except* may not name.
[[nodiscard]] bool exception_group_match(Value exc, Value type, Value* match, Value* rest);
// After the clauses: what to raise given the original exception and the list
// of what each clause raised (plus the unhandled rest), or None.
[[nodiscard]] Value prep_reraise_star(Value orig, Value excs);

}  // namespace pytier::light
