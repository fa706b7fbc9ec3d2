#include "harness/verdict.h"

#include <string.h>

#include <cstdio>

namespace pytier::harness {

const char* grade_name(Grade g) {
  switch (g) {
    case Grade::kPass: return "PASS";
    case Grade::kDiff: return "DIFF";
    case Grade::kFail: return "FAIL";
  }
  return "?";
}

LineDifference first_difference(std::string_view expected, std::string_view actual) {
  LineDifference d;
  size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  // Back up to the start of the line holding the first differing byte.
  size_t start = expected.substr(0, at).rfind('\n');
  start = start == std::string_view::npos ? 0 : start + 1;
  for (size_t i = 0; i < start; ++i) d.line += expected[i] == '\n';
  ++d.line;
  auto line_at = [&](std::string_view text, std::string& out) {
    if (start >= text.size()) return false;
    out = std::string(text.substr(start, text.find('\n', start) - start));
    return true;
  };
  d.has_expected = line_at(expected, d.expected);
  d.has_actual = line_at(actual, d.actual);
  return d;
}

std::string describe_status(int status) {
  if (status >= 0) return "exit " + std::to_string(status);
  const char* name = sigabbrev_np(-status);
  return name ? std::string("killed by SIG") + name : "killed by signal " + std::to_string(-status);
}

std::string first_line(std::string_view text, size_t width) {
  std::string_view line = text.substr(0, text.find('\n'));
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.size() <= width) return std::string(line);
  return std::string(line.substr(0, width)) + "...";
}

namespace {

std::string with_stderr(std::string reason, const Outcome& o) {
  std::string line = first_line(o.stderr_head);
  return line.empty() ? reason : reason + ": " + line;
}

// Control characters escaped, so a stray \r or \0 shows in a one-line report.
std::string quoted_line(bool present, const std::string& line) {
  if (!present) return "<end of output>";
  std::string out = "'";
  for (unsigned char c : line.substr(0, 100)) {
    if (c >= 0x20 && c != 0x7f) {
      out += char(c);
    } else {
      char esc[8];
      std::snprintf(esc, sizeof esc, "\\x%02x", c);
      out += esc;
    }
  }
  return out + (line.size() > 100 ? "'..." : "'");
}

std::string describe_difference(const Outcome& reference, const Outcome& tier, const LineDifference& d) {
  if (reference.stdout_head == tier.stdout_head)
    return "stdout differs after its first " + std::to_string(Outcome::kKeptBytes) + " bytes";
  std::string where = "line " + std::to_string(d.line) + ": ";
  if (d.has_expected && d.has_actual && d.expected == d.actual) return where + "only the newline at its end differs";
  return where + "expected " + quoted_line(d.has_expected, d.expected) + ", got " + quoted_line(d.has_actual, d.actual);
}

}  // namespace

Verdict judge(const Outcome& reference, const Outcome& tier) {
  Verdict v;
  v.grade = Grade::kFail;
  if (!reference.spawn_error.empty()) {
    v.reason = "reference did not start: " + reference.spawn_error;
  } else if (reference.timed_out) {
    v.reason = "reference timed out";
  } else if (!tier.spawn_error.empty()) {
    v.reason = "did not start: " + tier.spawn_error;
  } else if (tier.timed_out) {
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.3g", tier.wall_ms / 1000);
    v.reason = with_stderr(std::string("timed out after ") + secs + " s", tier);
  } else if (tier.crashed() || tier.status != reference.status) {
    v.reason = with_stderr(describe_status(tier.status) + ", reference " + describe_status(reference.status), tier);
  } else if (tier.stdout_sha256 != reference.stdout_sha256) {
    v.grade = Grade::kDiff;
    v.difference = first_difference(reference.stdout_head, tier.stdout_head);
    v.reason = describe_difference(reference, tier, v.difference);
  } else {
    v.grade = Grade::kPass;
  }
  return v;
}

void Tally::add(Grade g) {
  switch (g) {
    case Grade::kPass: ++pass; break;
    case Grade::kDiff: ++diff; break;
    case Grade::kFail: ++fail; break;
  }
}

std::string summary_line(std::string_view tier, const Tally& t) {
  return std::string(tier) + ": PASS=" + std::to_string(t.pass) + " DIFF=" + std::to_string(t.diff) +
         " FAIL=" + std::to_string(t.fail) + " / " + std::to_string(t.total());
}

}  // namespace pytier::harness
