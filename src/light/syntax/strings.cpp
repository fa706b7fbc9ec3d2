// String literals: prefixes, escapes, implicit concatenation, and 3.11's
// f-strings, whose replacement fields are parsed as "(expr)" with CPython
// 3.11's position shifting (Parser/string_parser.c) reproduced.

#include <cstdio>

#include "light/syntax/parser_impl.h"
#include "light/syntax/unicode_ident.h"

namespace pytier::light::syntax {

namespace {

struct Prefix {
  bool raw = false, bytes = false, f = false, u = false;
  size_t len = 0;  // prefix characters
  size_t quotes = 1;
};

Prefix read_prefix(std::string_view s) {
  Prefix p;
  while (s[p.len] != '"' && s[p.len] != '\'') {
    switch (s[p.len] | 0x20) {
      case 'r': p.raw = true; break;
      case 'b': p.bytes = true; break;
      case 'f': p.f = true; break;
      case 'u': p.u = true; break;
    }
    p.len++;
  }
  char q = s[p.len];
  if (s.size() >= p.len + 6 && s[p.len + 1] == q && s[p.len + 2] == q) p.quotes = 3;
  return p;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

bool Parser::decode_escapes(const Token& t, std::string_view body, bool bytes, std::string& out) {
  auto codec_error = [&](size_t from, size_t to, const char* what) {
    char msg[160];
    if (bytes)
      std::snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %zu", from);
    else if (to > from + 1)
      std::snprintf(msg, sizeof msg,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                    from, to - 1, what);
    else
      std::snprintf(msg, sizeof msg,
                    "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s",
                    from, what);
    raise_furthest(msg);
    return false;
  };
  for (size_t i = 0; i < body.size(); i++) {
    char c = body[i];
    if (c != '\\' && !bytes) {
      size_t run = body.find('\\', i);
      if (run == std::string_view::npos) run = body.size();
      out.append(body.substr(i, run - i));
      i = run - 1;
      continue;
    }
    if (c != '\\') {
      if (bytes && (static_cast<unsigned char>(c) & 0x80)) {
        raise_furthest("bytes can only contain ASCII literal characters");
        return false;
      }
      out.push_back(c);
      continue;
    }
    size_t at = i;
    if (++i >= body.size()) return codec_error(at, at + 1, "\\ at end of string");
    c = body[i];
    switch (c) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = c - '0';
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; k++)
          v = v * 8 + (body[++i] - '0');
        if (bytes) out.push_back(static_cast<char>(v & 0xFF));
        else append_utf8(&out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && c != 'x') {
          out.push_back('\\');
          out.push_back(c);
          break;
        }
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        char32_t v = 0;
        for (int k = 0; k < n; k++) {
          int h = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
          if (h < 0) {
            const char* what = c == 'x' ? "truncated \\xXX escape"
                               : c == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            return codec_error(at, i + 1, what);
          }
          v = v * 16 + h;
          i++;
        }
        if (bytes) {
          out.push_back(static_cast<char>(v));
        } else {
          if (v > 0x10FFFF) return codec_error(at, i + 1, "illegal Unicode character");
          append_utf8(&out, v);
        }
        break;
      }
      case 'N': {
        if (bytes) {
          out.push_back('\\');
          out.push_back('N');
          break;
        }
        size_t close = body.find('}', i);
        if (i + 1 >= body.size() || body[i + 1] != '{' || close == std::string_view::npos)
          return codec_error(at, i + 1, "malformed \\N character escape");
        char32_t cp;
        if (!lookup_unicode_name(body.substr(i + 2, close - i - 2), &cp))
          return codec_error(at, close + 1, "unknown Unicode character name");
        append_utf8(&out, cp);
        i = close;
        break;
      }
      default:
        // Unknown escapes stay as written (3.11 only warns).
        out.push_back('\\');
        out.push_back(c);
    }
  }
  return true;
}

Expr* Parser::strings() {
  const Token& first = cur();
  size_t begin = p_;
  while (peek() == Tok::String) p_++;
  const Token& last = prev();
  bool any_bytes = false, any_str = false, any_f = false;
  for (size_t i = begin; i < p_; i++) {
    Prefix pre = read_prefix(text(toks_[i]));
    (pre.bytes ? any_bytes : any_str) = true;
    any_f |= pre.f;
  }
  if (any_bytes && any_str)
    return raise_furthest("cannot mix bytes and nonbytes literals");
  Pos whole = span(pos_of(first), pos_of(last));
  std::string value;
  Gather<Expr*> parts;
  for (size_t i = begin; i < p_; i++) {
    const Token& t = toks_[i];
    std::string_view s = text(t);
    Prefix pre = read_prefix(s);
    std::string_view body = s.substr(pre.len + pre.quotes, s.size() - pre.len - 2 * pre.quotes);
    if (pre.f) {
      if (!fstring(t, body, pre.raw, parts, value, first, last, 0, nullptr)) return nullptr;
    } else if (pre.raw) {
      if (pre.bytes)
        for (char c : body)
          if (static_cast<unsigned char>(c) & 0x80)
            return raise_furthest("bytes can only contain ASCII literal characters");
      value.append(body);
    } else if (!decode_escapes(t, body, pre.bytes, value)) {
      return nullptr;
    }
  }
  if (!any_f) {
    auto* c = make<Constant>(ExprKind::Constant, whole);
    c->value_kind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    c->u_prefix = read_prefix(text(first)).u;
    c->text = a_.copy(value);
    return c;
  }
  if (!value.empty()) {
    auto* c = make<Constant>(ExprKind::Constant, whole);
    c->value_kind = ConstKind::Str;
    c->text = a_.copy(value);
    parts.push(c);
  }
  auto* j = make<JoinedStr>(ExprKind::JoinedStr, whole);
  j->values = list(parts);
  return j;
}

// One f-string token's body (or a format spec's, when depth > 0): literal
// text gathers in `pending`; each replacement field flushes it to `parts`.
// *consumed tells a format spec's caller where its closing '}' is.
bool Parser::fstring(const Token& t, std::string_view body, bool raw, Gather<Expr*>& parts,
                     std::string& pending, const Token& first, const Token& last, int depth,
                     size_t* consumed) {
  size_t i = 0;
  size_t lit = 0;  // start of the literal chunk not yet decoded
  auto decode_chunk = [&](size_t end) -> bool {
    std::string_view chunk = body.substr(lit, end - lit);
    if (raw) {
      pending.append(chunk);
      return true;
    }
    return decode_escapes(t, chunk, false, pending);
  };
  while (i < body.size()) {
    char c = body[i];
    if (c == '\\' && !raw) {
      // \N{...} braces are not replacement fields.
      if (i + 2 < body.size() && body[i + 1] == 'N' && body[i + 2] == '{') {
        size_t close = body.find('}', i);
        i = close == std::string_view::npos ? body.size() : close + 1;
      } else {
        i += 2;
      }
      continue;
    }
    if (c != '{' && c != '}') {
      i++;
      continue;
    }
    if (depth == 0 && i + 1 < body.size() && body[i + 1] == c) {
      if (!decode_chunk(i + 1)) return false;
      i += 2;
      lit = i;
      continue;
    }
    if (c == '}') {
      if (depth > 0) break;  // the end of a format spec
      return raise_furthest("f-string: single '}' is not allowed"), false;
    }
    if (!decode_chunk(i)) return false;
    i++;
    Expr* field = fstring_field(t, body, i, raw, parts, pending, first, last, depth);
    if (!field) return false;
    parts.push(field);
    lit = i;
  }
  if (!decode_chunk(i)) return false;
  if (consumed) *consumed = i;
  return true;
}

// After the '{' at body[i-1]: expression ['='] ['!' conversion] [':' spec] '}'.
Expr* Parser::fstring_field(const Token& t, std::string_view body, size_t& i, bool raw,
                            Gather<Expr*>& parts, std::string& pending, const Token& first,
                            const Token& last, int depth) {
  auto fail_msg = [&](const char* msg) -> Expr* { return raise_furthest(msg); };
  Pos whole = span(pos_of(first), pos_of(last));
  if (depth >= 2) return fail_msg("f-string: expressions nested too deeply");
  size_t brace = i - 1;
  size_t start = i;
  char quote = 0;
  int quotes = 0;
  char stack[200];
  int nest = 0;
  for (; i < body.size(); i++) {
    char c = body[i];
    if (c == '\\') return fail_msg("f-string expression part cannot include a backslash");
    if (quote) {
      if (c != quote) continue;
      if (quotes == 1) {
        quote = 0;
      } else if (i + 2 < body.size() && body[i + 1] == c && body[i + 2] == c) {
        i += 2;
        quote = 0;
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      quotes = (i + 2 < body.size() && body[i + 1] == c && body[i + 2] == c) ? 3 : 1;
      if (quotes == 3) i += 2;
      continue;
    }
    if (c == '[' || c == '(' || c == '{') {
      if (nest >= 200) return fail_msg("f-string: too many nested parenthesis");
      stack[nest++] = c;
      continue;
    }
    if (c == '#') return fail_msg("f-string expression part cannot include '#'");
    if (nest == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
      // != == <= >= are operators, not the end of the expression.
      if (i + 1 < body.size() && body[i + 1] == '=' && c != ':' && c != '}') {
        i++;
        continue;
      }
      if (c == '<' || c == '>') continue;
      break;
    }
    if (c == ']' || c == ')' || c == '}') {
      if (nest == 0) {
        char msg[48];
        std::snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
        return fail_msg(msg);
      }
      char open = stack[--nest];
      if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
        char msg[96];
        std::snprintf(msg, sizeof msg,
                      "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        return fail_msg(msg);
      }
    }
  }
  if (quote) return fail_msg("f-string: unterminated string");
  if (nest > 0) {
    char msg[48];
    std::snprintf(msg, sizeof msg, "f-string: unmatched '%c'", stack[nest - 1]);
    return fail_msg(msg);
  }
  if (i >= body.size()) return fail_msg("f-string: expecting '}'");
  size_t end = i;
  if (body.substr(start, end - start).find_first_not_of(" \t\n\r\f\v") == std::string_view::npos)
    return fail_msg("f-string: empty expression not allowed");

  Expr* value = fstring_expression(t, body, brace, start, end);
  if (!value) return nullptr;

  int conversion = -1;
  bool debug = false;
  if (body[i] == '=') {
    i++;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' ||
                               body[i] == '\r' || body[i] == '\f' || body[i] == '\v'))
      i++;
    if (i >= body.size()) return fail_msg("f-string: expecting '}'");
    pending.append(body.substr(start, i - start));  // "expr=" is literal text
    debug = true;
  }
  if (body[i] == '!') {
    i++;
    if (i >= body.size()) return fail_msg("f-string: expecting '}'");
    char c = body[i];
    if (c != 's' && c != 'r' && c != 'a')
      return fail_msg("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c;
    i++;
  }
  Expr* spec = nullptr;
  if (i < body.size() && body[i] == ':') {
    i++;
    Gather<Expr*> spec_parts;
    std::string spec_pending;
    size_t used = 0;
    if (!fstring(t, body.substr(i), raw, spec_parts, spec_pending, first, last, depth + 1, &used))
      return nullptr;
    i += used;
    if (!spec_pending.empty()) {
      // 3.11 places the spec's trailing literal, and the spec, on its own token.
      auto* k = make<Constant>(ExprKind::Constant, pos_of(t));
      k->value_kind = ConstKind::Str;
      k->text = a_.copy(spec_pending);
      spec_parts.push(k);
    }
    auto* j = make<JoinedStr>(ExprKind::JoinedStr, pos_of(t));
    j->values = list(spec_parts);
    spec = j;
  }
  if (i >= body.size() || body[i] != '}') return fail_msg("f-string: expecting '}'");
  i++;
  if (debug && conversion == -1 && !spec) conversion = 'r';
  if (!pending.empty()) {
    auto* k = make<Constant>(ExprKind::Constant, whole);
    k->value_kind = ConstKind::Str;
    k->text = a_.copy(pending);
    parts.push(k);
    pending.clear();
  }
  auto* f = make<FormattedValue>(ExprKind::FormattedValue, whole);
  f->value = value;
  f->conversion = conversion;
  f->format_spec = spec;
  return f;
}

// Parses body[start, end) as "(expr)", placed where 3.11's
// fstring_find_expr_location puts it.
Expr* Parser::fstring_expression(const Token& t, std::string_view body, size_t brace, size_t start,
                                 size_t end) {
  std::string_view parent = text(t);
  size_t brace_at = static_cast<size_t>(body.data() - parent.data()) + brace;
  int lines = 0, cols = 0;
  bool newline_after_brace = true;
  for (size_t k = brace_at + 1; k < parent.size() && parent[k] != '}' && parent[k] != '\n'; k++) {
    if (parent[k] != ' ' && parent[k] != '\t' && parent[k] != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  if (!newline_after_brace) {
    size_t k = brace_at;
    while (k > 0 && parent[k] != '\n') k--;
    cols = static_cast<int>(brace_at - k);
    if (parent[k] == '\n') cols -= 1;
  }
  for (size_t k = 0; k < brace_at; k++)
    if (parent[k] == '\n') lines++;
  int32_t line = t.lineno + lines;
  int32_t col = lines != 0 ? cols : t.col + cols;

  uint32_t from = static_cast<uint32_t>(body.data() - src_.data() + start);
  uint32_t to = static_cast<uint32_t>(body.data() - src_.data() + end);
  TokenizeResult sub;
  tokenize(src_, TokenizeFrom{from, to, line, col + 1, true, byte_offsets_}, &sub);
  sub.tokens.insert(sub.tokens.begin(), Token{Tok::LPar, 1, from, from, line, col, line, col + 1});
  if (sub.tokens.back().kind == Tok::EndMarker) {
    Token& e = sub.tokens.back();
    Token close{Tok::RPar, 1, to, to, e.lineno, e.col, e.lineno, e.col + 1};
    e.col = e.end_col = e.col + 1;
    sub.tokens.insert(sub.tokens.end() - 1, close);
  }
  Parser child(a_, src_, sub);
  child.depth_ = depth_;
  child.byte_offsets_ = byte_offsets_;
  child.fstring_col_shift_ = col;
  Expr* value = child.star_expressions();
  if (value && !child.at(Tok::EndMarker)) {
    child.fail();
    value = nullptr;
  }
  if (!value) {
    SyntaxErrorInfo e;
    child.report(&e);
    if (e.msg.rfind("f-string", 0) != 0) e.msg = "f-string: " + e.msg;
    // The source line CPython shows is that of the "(expr)" it parsed.
    std::string wrapped = "(";
    wrapped.append(body.substr(start, end - start));
    wrapped += ')';
    int index = e.lineno - line;
    size_t at = 0;
    for (int k = 0; k < index && at != std::string::npos; k++) {
      at = wrapped.find('\n', at);
      if (at != std::string::npos) at++;
    }
    if (at != std::string::npos && index >= 0) {
      size_t nl = wrapped.find('\n', at);
      e.text = wrapped.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
    }
    failed_ = has_msg_ = true;
    err_ = e;
    return nullptr;
  }
  return value;
}

}  // namespace pytier::light::syntax
