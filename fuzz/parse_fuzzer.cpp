// libFuzzer target: any bytes must parse or fail cleanly, and any tree must
// dump. Built and run by scripts/parse-fuzz.sh.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "light/syntax/dump.h"
#include "light/syntax/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace syn = pytier::light::syntax;
  std::string_view src(reinterpret_cast<const char*>(data), size);
  syn::Arena arena;
  syn::SyntaxErrorInfo err;
  if (pytier::light::ast::Module* m = syn::parse_module(arena, src, "<fuzz>", &err)) {
    std::string out;
    (void)syn::dump(*m, &out);
  }
  syn::Arena arena2;
  (void)syn::parse_expression(arena2, src, "<fuzz>", &err);
  return 0;
}
