#include "light/compiler/assemble.h"

#include <algorithm>
#include <cmath>

namespace pytier::light::compiler {

using namespace vm;

namespace {

// One entry of the stack of active exception handlers, shared between the
// instructions it covers (a persistent linked list).
struct Handler {
  uint32_t label;
  uint32_t depth;  // the stack depth the handler unwinds to
  int32_t parent;  // index into the handler list, -1: none
};

struct Flow {
  std::vector<int32_t> depth;    // per instruction, -1: unreachable
  std::vector<int32_t> handler;  // per instruction, -1: none
  std::vector<Handler> handlers;
  int32_t max_depth = 0;
};

bool is_pseudo(Opcode op) { return opcode_operands[op] == Operand::Pseudo; }
bool has_target(Opcode op) { return opcode_operands[op] == Operand::Jump || is_pseudo(op); }

// Follows every path from the entry, recording each instruction's stack
// depth and innermost exception handler.
Flow analyze_flow(const InstrList& list) {
  size_t n = list.instrs.size();
  Flow flow;
  flow.depth.assign(n, -1);
  flow.handler.assign(n, -1);
  struct State {
    uint32_t at;
    int32_t depth, handler;
  };
  std::vector<State> work{{0, 0, -1}};
  auto push = [&](uint32_t at, int32_t depth, int32_t handler) {
    if (at < n && flow.depth[at] < 0) work.push_back({at, depth, handler});
  };
  while (!work.empty()) {
    State s = work.back();
    work.pop_back();
    for (uint32_t i = s.at; i < n && flow.depth[i] < 0; ++i) {
      const Instr& in = list.instrs[i];
      flow.depth[i] = s.depth;
      flow.handler[i] = s.handler;
      flow.max_depth = std::max(flow.max_depth, s.depth);
      if (in.op == SETUP_FINALLY || in.op == SETUP_CLEANUP || in.op == SETUP_WITH) {
        int32_t unwind = in.op == SETUP_WITH ? s.depth - 1 : s.depth;
        flow.handlers.push_back({in.arg, static_cast<uint32_t>(unwind), s.handler});
        push(list.labels[in.arg], unwind + 1, s.handler);
        flow.max_depth = std::max(flow.max_depth, unwind + 1);
        s.handler = static_cast<int32_t>(flow.handlers.size() - 1);
        continue;
      }
      if (in.op == POP_BLOCK) {
        if (s.handler >= 0) s.handler = flow.handlers[s.handler].parent;
        continue;
      }
      int after_pops = s.depth - opcode_pops(in.op, in.arg);
      int branch = opcode_branch_pushes(in.op);
      if (branch >= 0) push(list.labels[in.arg], after_pops + branch, s.handler);
      if (opcode_is_terminal(in.op)) break;
      s.depth = after_pops + opcode_pushes(in.op, in.arg);
    }
  }
  return flow;
}

bool same_pos(const ast::Pos& a, const ast::Pos& b) {
  return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col_offset == b.col_offset &&
         a.end_col_offset == b.end_col_offset;
}

}  // namespace

void assemble(const InstrList& list, CodeUnit& unit) {
  size_t n = list.instrs.size();
  Flow flow = analyze_flow(list);

  // Word offset of each instruction; a pseudo-instruction takes no room.
  std::vector<uint32_t> offset(n + 1);
  uint32_t at = 0;
  for (size_t i = 0; i < n; ++i) {
    offset[i] = at;
    Opcode op = list.instrs[i].op;
    if (!is_pseudo(op)) at += 1 + opcode_caches[op];
  }
  offset[n] = at;
  auto label_offset = [&](uint32_t label) { return offset[list.labels[label]]; };

  unit.code.clear();
  unit.code.reserve(at);
  unit.exception_table.clear();
  unit.line_table.clear();
  for (size_t i = 0; i < n; ++i) {
    const Instr& in = list.instrs[i];
    if (is_pseudo(in.op)) continue;
    uint32_t arg = has_target(in.op) ? label_offset(in.arg) : in.arg;
    unit.code.push_back(encode(in.op, arg));
    unit.code.insert(unit.code.end(), opcode_caches[in.op], 0);

    uint32_t end = static_cast<uint32_t>(unit.code.size());
    if (int32_t h = flow.handler[i]; h >= 0) {
      uint32_t target = label_offset(flow.handlers[h].label);
      uint32_t depth = flow.handlers[h].depth;
      auto& table = unit.exception_table;
      if (!table.empty() && table.back().end == offset[i] && table.back().target == target &&
          table.back().depth == depth)
        table.back().end = end;
      else
        table.push_back({offset[i], end, target, depth});
    }
    auto& lines = unit.line_table;
    const ast::Pos& p = in.pos;
    if (lines.empty() || !same_pos(ast::Pos{lines.back().lineno, lines.back().col_offset,
                                            lines.back().end_lineno, lines.back().end_col_offset},
                                   p))
      lines.push_back({offset[i], p.lineno, p.end_lineno, p.col_offset, p.end_col_offset});
  }
  unit.stacksize = static_cast<uint32_t>(flow.max_depth);
}

const LineEntry* CodeUnit::line_at(uint32_t offset) const {
  auto it = std::upper_bound(line_table.begin(), line_table.end(), offset,
                             [](uint32_t off, const LineEntry& e) { return off < e.offset; });
  return it == line_table.begin() ? nullptr : &*(it - 1);
}

bool Constant::operator==(const Constant& o) const {
  if (kind != o.kind || text != o.text || base != o.base || negative != o.negative) return false;
  if (kind == Kind::Float || kind == Kind::Complex) {
    // 0.0 and -0.0 are different constants; so are NaNs of any payload.
    return number == o.number && std::signbit(number) == std::signbit(o.number);
  }
  if (kind == Kind::Code) return code == o.code;
  return items == o.items;
}

}  // namespace pytier::light::compiler
