#include "route/explain.h"

#include <cstdio>

namespace pytier::route {

namespace {

// The length of the well-formed UTF-8 sequence at the start of `s`, or 0.
std::size_t utf8_length(std::string_view s) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = byte(0);
  std::size_t n = c < 0x80                 ? 1
                  : c >= 0xC2 && c <= 0xDF ? 2
                  : c >= 0xE0 && c <= 0xEF ? 3
                  : c >= 0xF0 && c <= 0xF4 ? 4
                                           : 0;
  if (n == 0 || n > s.size()) return 0;
  for (std::size_t i = 1; i < n; ++i)
    if ((byte(i) & 0xC0) != 0x80) return 0;
  if (n == 3 && ((c == 0xE0 && byte(1) < 0xA0) || (c == 0xED && byte(1) >= 0xA0))) return 0;  // overlong, surrogate
  if (n == 4 && ((c == 0xF0 && byte(1) < 0x90) || (c == 0xF4 && byte(1) >= 0x90))) return 0;  // overlong, > U+10FFFF
  return n;
}

}  // namespace

// Source snippets may hold any bytes; JSON must be UTF-8, so a byte that
// starts no valid sequence becomes U+FFFD.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  while (!s.empty()) {
    unsigned char c = s[0];
    std::size_t n = utf8_length(s);
    if (n > 1) {
      out.append(s.substr(0, n));
    } else if (n == 0) {
      out += "\\ufffd";
      n = 1;
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += char(c);
    }
    s.remove_prefix(n);
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
