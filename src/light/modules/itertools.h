#pragma once
// The itertools module's types, shared by its files: itertools_infinite.cpp
// (count, cycle, repeat), itertools_terminating.cpp (the iterators that end
// with their input), itertools_grouping.cpp (groupby, tee) and
// itertools_combinatoric.cpp (product, permutations, combinations).

#include "light/objects/object.h"

namespace pytier::light::modules::itertools {

extern Type count_type, cycle_type, repeat_type;
extern Type accumulate_type, chain_type, compress_type, dropwhile_type, takewhile_type, filterfalse_type,
    islice_type, pairwise_type, starmap_type, zip_longest_type;
extern Type groupby_type, grouper_type, tee_type, tee_data_type;
extern Type product_type, permutations_type, combinations_type, cwr_type;

// Fills in a type of this module: "itertools.<name>", a self-returning
// __iter__ and the given __next__.
void define_type(Type* t, const char* name, size_t size, void (*dealloc)(Object*), NewFn new_, UnaryFn next,
                 bool subclassable = true);
// CPython refuses keywords for these types unless a subclass brings its
// own __init__ to take them: false with TypeError when kwnames has any.
[[nodiscard]] bool no_keywords(Type* type, Type* base, const char* name, Value kwnames);
// The positional count check of a type that takes exactly `count` arguments
// ("cycle expected 1 argument, got 2").
[[nodiscard]] bool expect_args(const char* name, size_t nargs, size_t count);
// r as a non-negative index ("r must be non-negative"); -1 on error.
[[nodiscard]] int64_t non_negative(Value r, const char* what);

// itertools.tee(iterable, n=2).
[[nodiscard]] Value tee(Value, const Value* args, size_t nargs, Value kwnames);

void init_infinite_types();
void init_terminating_types();
void init_grouping_types();
void init_combinatoric_types();

}  // namespace pytier::light::modules::itertools
