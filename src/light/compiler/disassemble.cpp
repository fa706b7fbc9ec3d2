#include "light/compiler/disassemble.h"

#include <cstdio>

#include "light/vm/opcodes.h"

namespace pytier::light::compiler {

using namespace vm;

namespace {

std::string constant_text(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::None: return "None";
    case Constant::Kind::True: return "True";
    case Constant::Kind::False: return "False";
    case Constant::Kind::Ellipsis: return "Ellipsis";
    case Constant::Kind::Int: return (c.negative ? "-" : "") + c.text;
    case Constant::Kind::Float: return std::to_string(c.number);
    case Constant::Kind::Complex: return std::to_string(c.number) + "j";
    case Constant::Kind::Str: return "'" + c.text + "'";
    case Constant::Kind::Bytes: return "b'" + c.text + "'";
    case Constant::Kind::Code: return "<code " + c.code->name + ">";
    case Constant::Kind::Tuple: {
      std::string s = "(";
      for (size_t i = 0; i < c.items.size(); ++i) s += (i ? ", " : "") + constant_text(c.items[i]);
      return s + (c.items.size() == 1 ? ",)" : ")");
    }
  }
  return "?";
}

void listing(const CodeUnit& unit, std::string& out) {
  out += "code " + unit.qualname + " (" + unit.name + ") args=" + std::to_string(unit.argcount) +
         " stack=" + std::to_string(unit.stacksize) + " flags=" + std::to_string(unit.flags) + "\n";
  for (size_t i = 0; i < unit.code.size();) {
    uint32_t word = unit.code[i];
    Opcode op = opcode_of(word);
    uint32_t arg = operand_of(word);
    const LineEntry* line = unit.line_at(static_cast<uint32_t>(i));
    char head[64];
    std::snprintf(head, sizeof head, "%4d %5zu %-22s", line ? line->lineno : -1, i, opcode_names[op]);
    out += head;
    switch (opcode_operands[op]) {
      case Operand::None: break;
      case Operand::Const: out += std::to_string(arg) + " (" + constant_text(unit.consts[arg]) + ")"; break;
      case Operand::Name: out += std::to_string(arg) + " (" + unit.names[arg] + ")"; break;
      case Operand::Global: out += std::to_string(arg) + " (" + unit.names[arg >> 1] + (arg & 1 ? " + NULL" : "") + ")"; break;
      case Operand::Local: out += std::to_string(arg) + " (" + unit.localsplus_names[arg] + ")"; break;
      default: out += std::to_string(arg); break;
    }
    out += "\n";
    i += 1 + opcode_caches[op];
  }
  for (const ExceptionEntry& e : unit.exception_table)
    out += "  except " + std::to_string(e.start) + " to " + std::to_string(e.end) + " -> " +
           std::to_string(e.target) + " [" + std::to_string(e.depth) + "]\n";
  for (const Constant& c : unit.consts)
    if (c.kind == Constant::Kind::Code) listing(*c.code, out);
}

}  // namespace

std::string disassemble(const CodeUnit& unit) {
  std::string out;
  listing(unit, out);
  return out;
}

}  // namespace pytier::light::compiler
