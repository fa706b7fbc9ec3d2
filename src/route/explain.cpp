#include "route/explain.h"

#include <cstdio>

namespace pytier::route {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  return out + "\"";
}

std::string explain_text(std::string_view program, const Decision& d) {
  std::string out(program);
  out += d.refused ? ": refused: " + d.refusal : std::string(": ") + tier_name(d.tier);
  out += '\n';
  for (const Reason& r : d.reasons) {
    char where[24] = "";
    if (r.line) std::snprintf(where, sizeof where, "line %d: ", r.line);
    out += "  ";
    out += r.counted ? "" : "(not counted) ";
    out += where;
    out += r.kind;
    out += ": ";
    out += r.text;
    out += '\n';
  }
  return out;
}

std::string reasons_json(const Decision& d) {
  std::string out = "[";
  for (const Reason& r : d.reasons) {
    if (out.size() > 1) out += ", ";
    out += "{\"kind\": " + json_string(r.kind) + ", \"line\": " + std::to_string(r.line) +
           ", \"text\": " + json_string(r.text) + ", \"counted\": " + (r.counted ? "true" : "false") + "}";
  }
  return out + "]";
}

std::string explain_json(std::string_view program, const Decision& d) {
  std::string tier = d.refused ? "null" : json_string(tier_name(d.tier));
  std::string out = "{\"program\": " + json_string(program) + ", \"tier\": " + tier;
  out += ", \"refused\": " + (d.refused ? json_string(d.refusal) : std::string("null"));
  out += ", \"reasons\": " + reasons_json(d) + "}\n";
  return out;
}

}  // namespace pytier::route
