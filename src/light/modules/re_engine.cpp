// The _reengine module: re's matcher, a backtracking machine over the programs
// re/_compiler.py builds (a list of tuples, opcode first), walked as they are.
//
// Characters are consumed in a loop with an explicit backtrack stack, so long
// subjects never recurse; only lookarounds, atomic groups and possessive
// repeats run a nested machine, as deep as they are nested in the pattern. One
// call may take kStepBudget steps (a few seconds of the former Python engine);
// catastrophic backtracking then raises RuntimeError instead of hanging.
//
// Subjects are always str: re matches bytes as their latin-1 decoding.

#include <algorithm>
#include <vector>

#include "light/modules/registry.h"
#include "light/objects/abstract.h"
#include "light/objects/builtin_function.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/unicode/unicode.h"

namespace pytier::light::modules {

namespace {

constexpr int64_t kStepBudget = 5'000'000;
constexpr int64_t kMaxRepeat = 4294967295;
constexpr int64_t kFailed = -1;
constexpr int64_t kError = -2;  // a Python exception is pending

// Opcodes, as re/_compiler.py numbers them.
enum Op : int64_t {
  kChar, kTest, kAny, kAnyAll, kSplit, kJump, kSave, kSpan, kLoopEnter,
  kLoop, kAt, kBackref, kLook, kAtomic, kIfGroup, kMatch, kPossess,
};

// Backtrack stack entries.
enum Tag : uint8_t { kUndo, kBranch, kShorter, kLonger, kIterate };

struct Entry {
  Tag tag;
  int64_t a, b, c, d;  // kUndo: register, old value; kBranch: pc, pos;
                       // kShorter: pc, shortest end, current end, next literal or -1;
                       // kLonger: pc, current end, limit; kIterate: counter, body pc, pos
  Value unit;          // kLonger: the repeated unit (borrowed from the program)
};

struct Machine {
  const Str* text;
  int64_t end;
  int64_t left = kStepBudget;  // steps left for the whole call
};

using Regs = std::vector<int64_t>;

Value item(Value tuple, int64_t i) { return as_tuple(tuple)->items[i]; }
int64_t num(Value tuple, int64_t i) { return item(tuple, i).small_value(); }
char32_t chr(Value tuple, int64_t i) { return item(tuple, i).as<Str>()->at(0); }
bool flag(Value tuple, int64_t i) { return item(tuple, i) == py_true(); }

// predicate(c): 1, 0, or -1 with an exception pending.
int call_test(Value predicate, char32_t c) {
  Ref ch(str_from_char(c));
  if (!ch) return -1;
  Ref result(call1(predicate, ch.get()));
  return result ? truth(result.get()) : -1;
}

// The answers of the predicates met last for ASCII characters: _compiler's
// predicates depend on the character alone, and calling one costs far more
// than matching. Each slot holds its predicate alive, so its address stays its own.
struct AsciiAnswers {
  Value predicate;        // owned; null for an empty slot
  uint64_t known[2], yes[2];
};
AsciiAnswers answers[8];
size_t next_slot;

AsciiAnswers& answers_for(Value predicate) {
  for (AsciiAnswers& a : answers) {
    if (a.predicate == predicate) return a;
  }
  AsciiAnswers& a = answers[next_slot++ % 8];
  xdecref(a.predicate);
  a = {newref(predicate), {0, 0}, {0, 0}};
  return a;
}

int test(Value predicate, char32_t c) {
  if (c >= 128) return call_test(predicate, c);
  AsciiAnswers& a = answers_for(predicate);
  uint64_t bit = uint64_t(1) << (c & 63);
  if (a.known[c >> 6] & bit) return (a.yes[c >> 6] & bit) != 0;
  int ok = call_test(predicate, c);
  if (ok < 0) return -1;
  // The call may have run code that refilled the slots: look the predicate up again.
  AsciiAnswers& now = answers_for(predicate);
  now.known[c >> 6] |= bit;
  if (ok) now.yes[c >> 6] |= bit;
  return ok;
}

int unit_matches(Value unit, char32_t c) {
  switch (num(unit, 0)) {
    case kChar: return c == chr(unit, 1);
    case kTest: return test(item(unit, 1), c);
    case kAny: return c != '\n';
    default: return 1;
  }
}

// Where the longest run of characters matching unit from pos, stopping at
// limit, ends; kError on error.
int64_t run_end(Value unit, const Str* text, int64_t pos, int64_t limit) {
  switch (num(unit, 0)) {
    case kAnyAll: return limit;
    case kAny:
      while (pos < limit && text->at(pos) != '\n') ++pos;
      return pos;
    case kChar: {
      char32_t c = chr(unit, 1);
      while (pos < limit && text->at(pos) == c) ++pos;
      return pos;
    }
  }
  Value predicate = item(unit, 1);
  for (; pos < limit; ++pos) {
    int ok = test(predicate, text->at(pos));
    if (ok < 0) return kError;
    if (!ok) break;
  }
  return pos;
}

int is_word(char32_t c, bool ascii_only) {
  if (c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 1;
  return !ascii_only && c >= 0x80 && unicode::is_alnum(c);
}

bool anchor(Value kind, const Str* text, int64_t pos, int64_t end) {
  std::string buf;
  std::string_view k = str_utf8_view(kind, &buf);
  if (k == "bos") return pos == 0;
  if (k == "eol") return pos == end || (pos == end - 1 && text->at(pos) == '\n');
  if (k == "eos") return pos == end;
  if (k == "bol_m") return pos == 0 || text->at(pos - 1) == '\n';
  if (k == "eol_m") return pos == end || text->at(pos) == '\n';
  if (end == 0) return false;
  bool ascii_only = k.ends_with("_ascii");
  bool before = pos > 0 && is_word(text->at(pos - 1), ascii_only);
  bool after = pos < end && is_word(text->at(pos), ascii_only);
  return (before != after) == k.starts_with("boundary");
}

// Whether text[a:a+n].lower() == text[b:b+n].lower(); -1 on error.
int same_folded(const Str* text, int64_t a, int64_t b, int64_t n) {
  std::u32string x, y;
  for (int64_t i = 0; i < n; ++i) {
    x.push_back(text->at(a + i));
    y.push_back(text->at(b + i));
  }
  Ref sx(str_from_codepoints(x.data(), x.size())), sy(str_from_codepoints(y.data(), y.size()));
  if (!sx || !sy) return -1;
  Value lower = str_intern("lower");
  Ref lx(call_method(sx.get(), lower, nullptr, 0));
  Ref ly(lx ? call_method(sy.get(), lower, nullptr, 0) : Value());
  if (!ly) return -1;
  return str_equal(lx.get(), ly.get());
}

int64_t run(Machine& m, Value code, int64_t pos, Regs& regs, bool full, int64_t no_empty_at);

// Adopts a nested machine's registers, recording the old values for backtracking.
void adopt(Regs& regs, const Regs& sub, std::vector<Entry>& stack) {
  for (size_t r = 0; r < regs.size(); ++r) {
    if (regs[r] != sub[r]) {
      stack.push_back({kUndo, int64_t(r), regs[r], 0, 0, Value()});
      regs[r] = sub[r];
    }
  }
}

// Where a possessive repeat leaves off, kFailed or kError: as SRE, each
// iteration is its first match.
int64_t possess(Machine& m, Value op, int64_t pos, Regs& regs, std::vector<Entry>& stack) {
  Value body = item(op, 1);
  int64_t lo = num(op, 2), hi = num(op, 3);
  int64_t count = 0, before = -1;
  while (count < hi && (count < lo || pos != before)) {
    before = pos;
    Regs sub = regs;
    int64_t stop = run(m, body, pos, sub, false, -1);
    if (stop == kError) return kError;
    if (stop < 0) return count < lo ? kFailed : pos;
    adopt(regs, sub, stack);
    pos = stop;
    ++count;
  }
  return pos;
}

// Match code at pos: the end of the match (regs then hold its captures),
// kFailed or kError. Register 0 holds the number of the group closed last;
// 2g and 2g+1 bound group g.
int64_t run(Machine& m, Value code, int64_t pos, Regs& regs, bool full, int64_t no_empty_at) {
  const Str* text = m.text;
  const int64_t end = m.end;
  const Value* ops = as_list(code)->items;
  std::vector<Entry> stack;
  int64_t pc = 0;
  while (true) {
    if (--m.left < 0) {
      raise_fmt(&exc::RuntimeError, "regular expression exceeded its budget of %lld backtracking steps",
                static_cast<long long>(kStepBudget));
      return kError;
    }
    Value op = ops[pc];
    switch (num(op, 0)) {
      case kChar:
        if (pos < end && text->at(pos) == chr(op, 1)) {
          ++pos, ++pc;
          continue;
        }
        break;
      case kTest:
        if (pos < end) {
          int ok = test(item(op, 1), text->at(pos));
          if (ok < 0) return kError;
          if (ok) {
            ++pos, ++pc;
            continue;
          }
        }
        break;
      case kSpan: {
        Value unit = item(op, 1);
        int64_t lo = num(op, 2), hi = num(op, 3);
        int64_t limit = hi == kMaxRepeat || pos + hi > end ? end : pos + hi;
        if (flag(op, 4)) {
          int64_t stop = run_end(unit, text, pos, limit);
          if (stop == kError) return kError;
          if (stop - pos >= lo) {
            if (stop - pos > lo) {
              Value follower = ops[pc + 1];
              int64_t literal = num(follower, 0) == kChar ? int64_t(chr(follower, 1)) : -1;
              stack.push_back({kShorter, pc + 1, pos + lo, stop, literal, Value()});
            }
            pos = stop;
            ++pc;
            continue;
          }
        } else {
          int64_t need = pos + lo;
          if (need <= end) {
            int64_t stop = run_end(unit, text, pos, need);
            if (stop == kError) return kError;
            if (stop == need) {
              if (need < limit) stack.push_back({kLonger, pc + 1, need, limit, 0, unit});
              pos = need;
              ++pc;
              continue;
            }
          }
        }
        break;
      }
      case kAny:
        if (pos < end && text->at(pos) != '\n') {
          ++pos, ++pc;
          continue;
        }
        break;
      case kAnyAll:
        if (pos < end) {
          ++pos, ++pc;
          continue;
        }
        break;
      case kSplit:
        stack.push_back({kBranch, num(op, 2), pos, 0, 0, Value()});
        pc = num(op, 1);
        continue;
      case kJump:
        pc = num(op, 1);
        continue;
      case kSave: {
        int64_t r = num(op, 1);
        stack.push_back({kUndo, r, regs[r], 0, 0, Value()});
        regs[r] = pos;
        if (r & 1) {
          stack.push_back({kUndo, 0, regs[0], 0, 0, Value()});
          regs[0] = r >> 1;
        }
        ++pc;
        continue;
      }
      case kLoopEnter: {
        int64_t counter = num(op, 1);
        stack.push_back({kUndo, counter, regs[counter], 0, 0, Value()});
        stack.push_back({kUndo, counter + 1, regs[counter + 1], 0, 0, Value()});
        regs[counter] = 0;
        regs[counter + 1] = -1;
        ++pc;
        continue;
      }
      case kLoop: {
        int64_t counter = num(op, 1), count = regs[counter];
        if (count < num(op, 2)) {
          stack.push_back({kUndo, counter, count, 0, 0, Value()});
          regs[counter] = count + 1;
          pc = num(op, 5);
          continue;
        }
        // Like CPython, stop after an empty optional iteration (mandatory ones do not count).
        if (count >= num(op, 3) || pos == regs[counter + 1]) {
          pc = num(op, 6);
          continue;
        }
        if (!flag(op, 4)) {
          stack.push_back({kIterate, counter, num(op, 5), pos, 0, Value()});
          pc = num(op, 6);
          continue;
        }
        stack.push_back({kBranch, num(op, 6), pos, 0, 0, Value()});
        stack.push_back({kUndo, counter, count, 0, 0, Value()});
        stack.push_back({kUndo, counter + 1, regs[counter + 1], 0, 0, Value()});
        regs[counter] = count + 1;
        regs[counter + 1] = pos;
        pc = num(op, 5);
        continue;
      }
      case kAt:
        if (anchor(item(op, 1), text, pos, end)) {
          ++pc;
          continue;
        }
        break;
      case kBackref: {
        int64_t group = num(op, 1);
        int64_t start = regs[2 * group], stop = regs[2 * group + 1];
        if (start >= 0 && stop >= 0) {
          int64_t size = stop - start;
          if (pos + size <= end) {
            int same;
            if (flag(op, 2)) {
              same = same_folded(text, start, pos, size);
              if (same < 0) return kError;
            } else {
              same = size >= 0;
              for (int64_t i = 0; same && i < size; ++i) same = text->at(start + i) == text->at(pos + i);
            }
            if (same) {
              pos += size;
              ++pc;
              continue;
            }
          }
        }
        break;
      }
      case kLook: {
        Regs sub = regs;
        int64_t begin = flag(op, 2) ? pos - num(op, 4) : pos;
        int64_t stop = begin >= 0 ? run(m, item(op, 1), begin, sub, false, -1) : kFailed;
        if (stop == kError) return kError;
        bool found = stop >= 0;
        if (found != flag(op, 3)) {
          if (found) adopt(regs, sub, stack);
          ++pc;
          continue;
        }
        break;
      }
      case kAtomic: {
        Regs sub = regs;
        int64_t stop = run(m, item(op, 1), pos, sub, false, -1);
        if (stop == kError) return kError;
        if (stop >= 0) {
          adopt(regs, sub, stack);
          pos = stop;
          ++pc;
          continue;
        }
        break;
      }
      case kPossess: {
        int64_t stop = possess(m, op, pos, regs, stack);
        if (stop == kError) return kError;
        pos = stop;
        if (pos >= 0) {
          ++pc;
          continue;
        }
        break;
      }
      case kIfGroup: {
        int64_t group = num(op, 1);
        pc = regs[2 * group] >= 0 && regs[2 * group + 1] >= 0 ? pc + 1 : num(op, 2);
        continue;
      }
      case kMatch:
        if (!(full && pos != end) && pos != no_empty_at) return pos;
        break;
    }
    // The instruction failed: resume at the newest choice left.
    while (true) {
      if (stack.empty()) return kFailed;
      Entry e = stack.back();
      stack.pop_back();
      if (e.tag == kUndo) {
        regs[e.a] = e.b;
      } else if (e.tag == kBranch) {
        pc = e.a;
        pos = e.b;
        break;
      } else if (e.tag == kShorter) {
        int64_t shortest = e.b, stop = e.c - 1;
        if (e.d >= 0) {
          while (stop >= shortest && text->at(stop) != char32_t(e.d)) --stop;
          if (stop < shortest) continue;
        }
        if (stop > shortest) stack.push_back({kShorter, e.a, shortest, stop, e.d, Value()});
        pc = e.a;
        pos = stop;
        break;
      } else if (e.tag == kLonger) {
        int64_t stop = e.b;
        int ok = unit_matches(e.unit, text->at(stop));
        if (ok < 0) return kError;
        if (ok) {
          ++stop;
          if (stop < e.c) stack.push_back({kLonger, e.a, stop, e.c, 0, e.unit});
          pc = e.a;
          pos = stop;
          break;
        }
      } else {
        int64_t counter = e.a;
        stack.push_back({kUndo, counter, regs[counter], 0, 0, Value()});
        stack.push_back({kUndo, counter + 1, regs[counter + 1], 0, 0, Value()});
        regs[counter] += 1;
        regs[counter + 1] = e.c;
        pc = e.b;
        pos = e.c;
        break;
      }
    }
  }
}

// Whether a match may start at text[at]: its first character satisfies
// first (a CHAR or TEST unit, or None for no such knowledge); -1 on error.
int may_start(Value first, const Str* text, int64_t at) {
  if (is_none(first)) return 1;
  switch (num(first, 0)) {
    case kChar: return text->at(at) == chr(first, 1);
    case kTest: return test(item(first, 1), text->at(at));
    default: return 1;
  }
}

// search(code, text, start, last, end, registers, full, no_empty_at, first):
// (start, end, registers) of the first match starting between start and
// last, or None. Each starting position has a budget of its own.
Value search(Value, const Value* args, size_t, Value) {
  Value code = args[0], text = args[1], first = args[8];
  for (int i : {2, 3, 4, 5, 7}) {
    if (!args[i].is_small()) return type_error("search() expects int positions");
  }
  if (!list_check_exact(code) || !str_check(text) || (!is_none(first) && !tuple_check_exact(first))) {
    return type_error("search() expects a program, a str and a unit");
  }
  const Str* s = text.as<Str>();
  int64_t at = args[2].small_value(), last = args[3].small_value(), end = args[4].small_value();
  bool full = args[6] == py_true();
  int64_t no_empty_at = args[7].small_value();
  Regs regs(size_t(args[5].small_value()));
  for (; at <= last; ++at) {
    if (at < end) {
      int ok = may_start(first, s, at);
      if (ok < 0) return Value();
      if (!ok) continue;
    } else if (!is_none(first) && num(first, 0) <= kTest) {
      return newref(none());
    }
    std::fill(regs.begin(), regs.end(), -1);
    Machine m{s, end};
    int64_t stop = run(m, code, at, regs, full, no_empty_at);
    if (stop == kError) return Value();
    if (stop < 0) continue;
    Ref captures(list_new(int64_t(regs.size())));
    if (!captures) return Value();
    for (size_t r = 0; r < regs.size(); ++r) as_list(captures.get())->items[r] = Value::small(regs[r]);
    return tuple_pack({Value::small(at), Value::small(stop), captures.get()});
  }
  return newref(none());
}

const MethodDef kReEngineFunctions[] = {
    {"search", search, 9, 9, 0},
    {nullptr, nullptr, 0, 0},
};

}  // namespace

Module* make_reengine() {
  Module* m = module_new("_reengine");
  if (m && !add_functions(m, kReEngineFunctions)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace pytier::light::modules
