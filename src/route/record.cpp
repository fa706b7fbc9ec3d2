#include "route/record.h"

#include <cstdio>
#include <ctime>

#include "harness/sha256.h"
#include "route/explain.h"

namespace pytier::route {
namespace {

std::string ms(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string utc_now() {
  std::time_t now = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buf;
}

std::string attempt_json(const Attempt& a) {
  return "{\"tier\": " + json_string(tier_name(a.tier)) + ", \"status\": " + std::to_string(a.status) +
         ", \"wall_ms\": " + ms(a.wall_ms) + ", \"stdout_sha256\": " + json_string(sha256_hex(a.out)) + "}";
}

}  // namespace

bool append_record(const std::string& path, const RunRecord& r) {
  std::string line = "{\"time\": " + json_string(utc_now());
  line += ", \"program\": " + json_string(r.program);
  line += ", \"program_sha256\": " + json_string(sha256_hex(r.source));
  const Decision& d = *r.decision;
  line += ", \"routed\": " + (d.refused ? std::string("null") : json_string(tier_name(d.tier)));
  line += ", \"tier\": " + (r.attempts.empty() ? std::string("null") : json_string(tier_name(r.attempts.back().tier)));
  line += ", \"refused\": " + (d.refused ? json_string(d.refusal) : std::string("null"));
  line += ", \"reasons\": " + reasons_json(d);
  line += ", \"attempts\": [";
  for (std::size_t i = 0; i < r.attempts.size(); ++i) line += (i ? ", " : "") + attempt_json(r.attempts[i]);
  line += "], \"fallback\": " + (r.fallback.empty() ? std::string("null") : json_string(r.fallback));
  line += ", \"status\": " + std::to_string(r.status);
  line += ", \"stdout_sha256\": " +
          (r.attempts.empty() ? std::string("null") : json_string(sha256_hex(r.attempts.back().out)));
  line += ", \"timings_ms\": {\"analysis\": " + ms(r.analysis_ms) + ", \"total\": " + ms(r.total_ms) + "}}\n";
  std::FILE* f = std::fopen(path.c_str(), "a");
  bool ok = f && std::fputs(line.c_str(), f) >= 0;
  if (f) ok = std::fclose(f) == 0 && ok;
  if (!ok) std::fprintf(stderr, "pytier: cannot append the run record to %s\n", path.c_str());
  return ok;
}

}  // namespace pytier::route
