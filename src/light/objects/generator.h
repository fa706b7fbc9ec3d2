#pragma once
// Generators, coroutines and async generators: a suspended frame that
// send(), throw() and close() resume. The frame lives in the generator (not
// on the frame stack) so that it outlives the call that made it.

#include "light/objects/object.h"

namespace pytier::light {

namespace vm {
struct Frame;
}

extern Type generator_type;
extern Type coroutine_type;
extern Type async_generator_type;
extern Type coroutine_wrapper_type;  // what coroutine.__await__() returns
extern Type async_gen_op_type;       // what async_generator.__anext__() returns

struct Generator : Object {
  vm::Frame* frame;  // owned; null once finished
  Value name, qualname;
  Value exc_state;   // the exception being handled inside, kept while suspended
  bool running;
  bool started;
};

bool generator_check(Value v);  // any of the three kinds

// A generator of the kind code's flags ask for, owning `frame`.
[[nodiscard]] Value generator_new(vm::Frame* frame);

// Resumes with `sent` (borrowed): the yielded value (*done false), the
// returned value (*done true, the generator finishes), or null on error.
// A StopIteration raised inside becomes RuntimeError as PEP 479 says.
[[nodiscard]] Value generator_send(Generator* g, Value sent, bool* done);
// gen.throw(exc) with exc an instance or class (borrowed).
[[nodiscard]] Value generator_throw(Generator* g, Value exc, bool* done);

}  // namespace pytier::light
