// Printing an uncaught exception the way CPython 3.11 does (PyErr_Display):
// the chain of causes and contexts, each traceback with its source lines and
// `^^^^` / `~~~^~~~` location markers, then "Type: message".

#include "light/vm/report.h"

#include <cstdio>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "light/objects/abstract.h"
#include "light/objects/code.h"
#include "light/objects/exceptions.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/traceback.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/names.h"
#include "light/runtime/stdio.h"
#include "light/syntax/parser.h"
#include "light/vm/import.h"
#include "light/vm/suggestions.h"

namespace pytier::light::vm {

namespace {

constexpr int kRecursiveCutoff = 3;
constexpr int kTracebackLimit = 1000;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

// What starts each line of an exception nested in a group: two spaces per
// level, then "| " (CPython's EXC_INDENT and EXC_MARGIN).
struct Margin {
  int depth = 0;
  std::string indent() const { return std::string(size_t(2 * depth), ' '); }
  std::string text() const { return indent() + (depth ? "| " : ""); }
};

// Source files read once per report.
std::unordered_map<std::string, std::vector<std::string>> file_lines;

const std::vector<std::string>& lines_of(const std::string& filename) {
  auto it = file_lines.find(filename);
  if (it != file_lines.end()) return it->second;
  std::vector<std::string>& lines = file_lines[filename];
  std::string text;
  if (!read_file(filename, &text)) return lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Code points in the first `bytes` bytes of UTF-8 `s`.
int64_t char_offset(const std::string& s, int64_t bytes) {
  if (bytes > static_cast<int64_t>(s.size())) bytes = static_cast<int64_t>(s.size());
  int64_t chars = 0;
  for (int64_t i = 0; i < bytes; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) ++chars;
  return chars;
}

struct Anchors {
  int64_t left_end = -1, right_start = -1;
  char primary = '^', secondary = '^';
};

// For a binary operation or a subscript, the operator (or the brackets) is
// marked with ^ and the operands with ~, as traceback.c's anchors do.
Anchors anchors_for(const std::string& segment) {
  Anchors a;
  syntax::Arena arena;
  syntax::SyntaxErrorInfo err;
  ast::Module* m = syntax::parse_module(arena, segment, "<string>", &err);
  if (!m || m->body.size != 1 || m->body[0]->kind != ast::StmtKind::ExprStmt) return a;
  const ast::Expr* e = static_cast<const ast::ExprStmt*>(m->body[0])->value;
  if (e->lineno != 1 || e->end_lineno != 1) return a;
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<const ast::BinOp*>(e);
    if (b->left->end_lineno != 1 || b->right->lineno != 1) return a;
    for (int64_t i = b->left->end_col_offset; i < b->right->col_offset; ++i) {
      if (is_ws(segment[i]) || segment[i] == '(' || segment[i] == ')') continue;
      a.left_end = i;
      a.right_start = i + 1;
      if (i + 1 < b->right->col_offset && !is_ws(segment[i + 1])) ++a.right_start;
      a.primary = '~';
      a.secondary = '^';
      break;
    }
  } else if (e->kind == ast::ExprKind::Subscript) {
    auto* s = static_cast<const ast::Subscript*>(e);
    a.left_end = s->value->end_col_offset;
    a.right_start = s->slice->end_col_offset + 1;
    a.primary = '~';
    a.secondary = '^';
  }
  if (a.left_end >= 0) {
    a.left_end = char_offset(segment, a.left_end);
    a.right_start = char_offset(segment, a.right_start);
  }
  return a;
}

void write_line_with_markers(std::string& out, Traceback* tb, const std::string& filename, const std::string& margin) {
  const std::vector<std::string>& lines = lines_of(filename);
  if (tb->lineno < 1 || static_cast<size_t>(tb->lineno) > lines.size()) return;
  const std::string& line = lines[tb->lineno - 1];
  size_t first = 0;
  while (first < line.size() && is_ws(line[first])) ++first;
  size_t last = line.size();
  while (last > first && (is_ws(line[last - 1]) || line[last - 1] == '\r')) --last;
  if (first == last) return;
  out += margin + "    " + line.substr(first, last - first) + "\n";

  const compiler::LineEntry* pos = tb->code->unit->line_at(tb->lasti);
  if (!pos || pos->lineno != tb->lineno || pos->col_offset < 0 || pos->end_col_offset < 0) return;
  int64_t truncation = char_offset(line, static_cast<int64_t>(first));
  int64_t start = char_offset(line, pos->col_offset);
  int64_t end;
  Anchors anchors;
  if (pos->end_lineno == pos->lineno) {
    end = char_offset(line, pos->end_col_offset);
    if (pos->end_col_offset > pos->col_offset && static_cast<size_t>(pos->end_col_offset) <= line.size()) {
      anchors = anchors_for(line.substr(pos->col_offset, pos->end_col_offset - pos->col_offset));
      if (anchors.left_end >= 0) {
        anchors.left_end += start;
        anchors.right_start += start;
      }
    }
  } else {
    end = char_offset(line, static_cast<int64_t>(last));
  }
  bool secondary = anchors.left_end >= 0;
  int64_t stripped_len = char_offset(line, static_cast<int64_t>(last)) - truncation;
  if (end - start == stripped_len && !secondary) return;
  out += margin + "    ";
  for (int64_t offset = truncation + 1; offset <= end; ++offset) {
    if (offset <= start) out += ' ';
    else if (secondary && anchors.left_end < offset && offset <= anchors.right_start) out += anchors.secondary;
    else out += anchors.primary;
  }
  out += "\n";
}

void repeated(std::string& out, int count, const std::string& margin) {
  count -= kRecursiveCutoff;
  out += margin + "  [Previous line repeated " + std::to_string(count) + " more time" + (count > 1 ? "s" : "") + "]\n";
}

// `header` comes after the indentation and `header_margin`; the entries
// after `margin`.
void write_traceback(std::string& out, Value tb_value, const std::string& header, const std::string& header_margin,
                     const std::string& margin) {
  int depth = 0;
  for (Value t = tb_value; traceback_check(t); t = t.as<Traceback>()->next) ++depth;
  Value t = tb_value;
  for (; depth > kTracebackLimit; --depth) t = t.as<Traceback>()->next;
  out += header_margin + header;
  Code* last_code = nullptr;
  int32_t last_line = -1;
  int count = 0;
  for (; traceback_check(t); t = t.as<Traceback>()->next) {
    Traceback* tb = t.as<Traceback>();
    bool same = last_code && tb->lineno == last_line && tb->lineno != -1 &&
                str_equal(last_code->filename, tb->code->filename) && str_equal(last_code->name, tb->code->name);
    if (!same) {
      if (count > kRecursiveCutoff) repeated(out, count, margin);
      last_code = tb->code;
      last_line = tb->lineno;
      count = 0;
    }
    ++count;
    if (count > kRecursiveCutoff) continue;
    std::string filename = str_to_utf8(tb->code->filename);
    out += margin + "  File \"" + filename + "\", line " + std::to_string(tb->lineno) + ", in " +
           str_to_utf8(tb->code->name) + "\n";
    write_line_with_markers(out, tb, filename, margin);
  }
  if (count > kRecursiveCutoff) repeated(out, count, margin);
}

std::string attr_text(Value obj, const char* name) {
  Value v;
  if (lookup_attr(obj, str_intern(name), &v) <= 0) {
    clear_error();
    return {};
  }
  Ref r(v);
  if (is_none(v)) return {};
  Ref s(str(v));
  if (!s) {
    clear_error();
    return {};
  }
  return str_to_utf8(s.get());
}

int64_t attr_int(Value obj, const char* name, int64_t fallback) {
  Value v;
  if (lookup_attr(obj, str_intern(name), &v) <= 0) {
    clear_error();
    return fallback;
  }
  int64_t i = fallback;
  if (!int_to_i64(v, &i)) i = fallback;
  decref(v);
  return i;
}

// The file/line/caret lines a SyntaxError prints before its message.
void write_syntax_error_location(std::string& out, Value exc, const std::string& margin) {
  std::string filename = attr_text(exc, "filename");
  if (filename.empty()) filename = "<string>";
  int64_t lineno = attr_int(exc, "lineno", 0);
  out += margin + "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
  std::string text = attr_text(exc, "text");
  if (text.empty()) return;
  int64_t offset = attr_int(exc, "offset", -1);
  int64_t end_offset = attr_int(exc, "end_offset", -1);
  int64_t end_lineno = attr_int(exc, "end_lineno", lineno);
  // Offsets count characters from 1; work in characters over the UTF-8 text.
  std::u32string chars;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    int len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0x3f >> (len - 1));
    for (int k = 1; k < len && i + k < text.size(); ++k) cp = (cp << 6) | (text[i + k] & 0x3f);
    chars.push_back(cp);
    i += len;
  }
  --offset;
  --end_offset;
  size_t begin = 0;
  while (begin < chars.size() && (chars[begin] == ' ' || chars[begin] == '\t' || chars[begin] == '\f')) {
    ++begin;
    --offset;
    --end_offset;
  }
  size_t len = chars.size() - begin;
  if (len > 0 && chars[begin + len - 1] == '\n') --len;
  if (offset > static_cast<int64_t>(len)) offset = static_cast<int64_t>(len);
  std::string shown;
  for (size_t i = begin; i < begin + len; ++i) {
    char32_t cp = chars[i];
    if (cp < 0x80) shown += static_cast<char>(cp);
    else if (cp < 0x800) shown += {static_cast<char>(0xc0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3f))};
    else if (cp < 0x10000)
      shown += {static_cast<char>(0xe0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3f)),
                static_cast<char>(0x80 | (cp & 0x3f))};
    else
      shown += {static_cast<char>(0xf0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3f)),
                static_cast<char>(0x80 | ((cp >> 6) & 0x3f)), static_cast<char>(0x80 | (cp & 0x3f))};
  }
  out += margin + "    " + shown + "\n";
  if (offset < 0) return;
  int64_t carets = 1;
  // An IndentationError marks one character, whatever its range.
  if (is_instance_of(exc, &exc::IndentationError)) end_lineno = -1;
  if (end_lineno == lineno && end_offset > offset) carets = end_offset - offset;
  else if (end_lineno > lineno) carets = static_cast<int64_t>(len) - offset;
  if (carets < 1) carets = 1;
  out += margin + "    " + std::string(static_cast<size_t>(offset), ' ') +
         std::string(static_cast<size_t>(carets), '^') + "\n";
}

void write_exception_line(std::string& out, Value exc, const std::string& margin) {
  Type* t = type_of(exc);
  Ref module(type_module(t));
  std::string mod = module && str_check(module.get()) ? str_to_utf8(module.get()) : std::string("<unknown>");
  if (!module) clear_error();
  Ref qual(type_qualname(t));
  std::string name = qual ? str_to_utf8(qual.get()) : t->name;
  if (!qual) clear_error();
  out += margin;
  if (mod != "builtins" && mod != "__main__") out += mod + ".";
  out += name;
  std::string message;
  bool is_syntax = is_instance_of(exc, &exc::SyntaxError);
  if (is_syntax) {
    message = attr_text(exc, "msg");
  } else {
    Ref s(str(exc));
    if (s) message = str_to_utf8(s.get());
    else {
      clear_error();
      message = "<exception str() failed>";
    }
  }
  if (!message.empty()) out += ": " + message;
  std::string suggestion = offer_suggestion(exc);
  if (!suggestion.empty()) out += ". Did you mean: '" + suggestion + "'?";
  out += "\n";
  // PEP 678 notes.
  Value notes;
  if (lookup_attr(exc, names::__notes__, &notes) > 0) {
    Ref n(notes);
    if (list_check(notes)) {
      for (int64_t i = 0; i < as_list(notes)->size; ++i) {
        Ref s(str(as_list(notes)->items[i]));
        if (!s) {
          clear_error();
          continue;
        }
        std::string note = str_to_utf8(s.get());
        for (size_t start = 0; start <= note.size();) {
          size_t nl = note.find('\n', start);
          if (nl == std::string::npos) nl = note.size();
          out += margin + note.substr(start, nl - start) + "\n";
          start = nl + 1;
        }
      }
    }
  } else {
    clear_error();
  }
}

bool is_group(Value exc) { return is_instance_of(exc, &exc::BaseExceptionGroup); }

// CPython's PyErr_Display state: the exceptions printed so far and the
// nesting of groups.
struct Report {
  std::string out;
  std::unordered_set<Object*> seen;
  Margin margin;
  bool need_close = false;

  void one(Value exc) {
    BaseExceptionObject* e = as_exception(exc);
    std::string text = margin.text();
    if (e->traceback && traceback_check(e->traceback)) {
      bool group = is_group(exc);
      std::string header_margin = group && margin.depth == 1 ? margin.indent() + "+ " : text;
      write_traceback(out, e->traceback,
                      group ? "Exception Group Traceback (most recent call last):\n"
                            : "Traceback (most recent call last):\n",
                      header_margin, text);
    }
    if (is_instance_of(exc, &exc::SyntaxError)) write_syntax_error_location(out, exc, text);
    write_exception_line(out, exc, text);
  }

  void chained(Value exc, const char* message) {
    bool close = need_close;
    recursive(exc);
    need_close = close;
    std::string text = margin.text();
    out += text + "\n" + text + message + text + "\n";
  }

  void cause_and_context(Value exc) {
    seen.insert(exc.object());
    BaseExceptionObject* e = as_exception(exc);
    if (e->cause && exception_check(e->cause)) {
      if (!seen.count(e->cause.object())) {
        chained(e->cause, "The above exception was the direct cause of the following exception:\n");
      }
      return;
    }
    if (e->suppress_context) return;
    if (e->context && exception_check(e->context) && !seen.count(e->context.object())) {
      chained(e->context, "During handling of the above exception, another exception occurred:\n");
    }
  }

  void recursive(Value exc) {
    cause_and_context(exc);
    if (is_group(exc)) group(exc);
    else one(exc);
  }

  // A group, then each of its exceptions in a numbered box.
  void group(Value exc) {
    if (margin.depth > kMaxGroupDepth) {
      out += margin.text() + "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
      return;
    }
    if (margin.depth == 0) ++margin.depth;
    one(exc);
    Tuple* excs = as_tuple(as_exception(exc)->fields[1]);
    int64_t count = excs->size;
    int64_t shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    need_close = false;
    for (int64_t i = 0; i < shown; ++i) {
      bool last = i == shown - 1;
      if (last) need_close = true;  // the closing line may come from a nested group
      bool truncated = i >= kMaxGroupWidth;
      out += margin.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
             (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
      ++margin.depth;
      if (!truncated) {
        recursive(excs->items[i]);
      } else {
        int64_t remaining = count - kMaxGroupWidth;
        out += margin.text() + "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") +
               "\n";
      }
      if (last && need_close) {
        out += margin.indent() + "+------------------------------------\n";
        need_close = false;
      }
      --margin.depth;
    }
    if (margin.depth == 1) --margin.depth;
  }
};

}  // namespace

void write_unraisable(Value where) {
  Ref exc(fetch());
  if (!exc || !exception_check(exc.get())) return;
  std::string out = "Exception ignored in: ";
  Ref r(repr(where));
  if (r) {
    out += str_to_utf8(r.get());
  } else {
    clear_error();
    out += "<object repr() failed>";
  }
  out += "\n";
  Value tb = as_exception(exc.get())->traceback;
  if (tb && traceback_check(tb)) write_traceback(out, tb, "Traceback (most recent call last):\n", "", "");
  write_exception_line(out, exc.get(), "");
  (void)stderr_write(out);
}

void print_exception(Value exc) {
  std::string out;
  if (!exception_check(exc)) {
    out = "TypeError: print_exception(): Exception expected for value, " + type_of(exc)->name + " found\n";
  } else {
    Report report;
    report.recursive(exc);
    out = std::move(report.out);
  }
  (void)stdout_flush();
  (void)stderr_write(out);
}

}  // namespace pytier::light::vm
