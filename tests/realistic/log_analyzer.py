"""Analyzes web server log lines with re and collections.Counter."""
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - - [10/Mar/2024:13:55:40 +0000] "GET /about.html HTTP/1.1" 200 1500
10.0.0.5 - - [10/Mar/2024:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 87
10.0.0.5 - - [10/Mar/2024:13:56:03 +0000] "POST /api/login HTTP/1.1" 200 120
192.168.1.10 - - [10/Mar/2024:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0
172.16.0.2 - - [10/Mar/2024:14:01:00 +0000] "GET /missing HTTP/1.1" 404 512
this line is garbage and should be skipped
10.0.0.5 - - [10/Mar/2024:14:02:30 +0000] "GET /api/items?page=2 HTTP/1.1" 200 9876
192.168.1.12 - - [10/Mar/2024:14:03:45 +0000] "DELETE /api/items/7 HTTP/1.1" 500 42
172.16.0.2 - - [10/Mar/2024:14:05:10 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.10 - - [10/Mar/2024:15:10:00 +0000] "GET /index.html HTTP/1.0" 200 2326
10.0.0.9 - - [10/Mar/2024:15:12:09 +0000] "PUT /api/items/3 HTTP/1.1" 201 64
"""

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<day>\d+)/(?P<mon>\w+)/(?P<year>\d{4}):'
    r'(?P<hour>\d\d):(?P<min>\d\d):(?P<sec>\d\d) [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+)'
)

records = []
skipped = 0
for line in LOG.splitlines():
    m = LINE_RE.match(line)
    if not m:
        skipped += 1
        continue
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["size"] = int(rec["size"])
    records.append(rec)

print(f"parsed {len(records)} records, skipped {skipped}")
by_ip = Counter(r["ip"] for r in records)
print(by_ip.most_common(3))
status = Counter(r["status"] // 100 * 100 for r in records)
print(sorted(status.items()))
methods = Counter(r["method"] for r in records)
print(methods)
print(methods + Counter({"GET": 1, "PATCH": 2}))
print(methods - Counter({"GET": 10}))
per_hour = defaultdict(int)
for r in records:
    per_hour[r["hour"]] += r["size"]
for hour in sorted(per_hour):
    print(f"{hour}h {per_hour[hour]:>7,} bytes {'#' * (per_hour[hour] // 1000)}")

paths = Counter(re.sub(r"\?.*$", "", r["path"]) for r in records)
for path, n in sorted(paths.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {n} {path}")
api_ids = [int(x) for x in re.findall(r"/api/items/(\d+)", LOG)]
print("api ids", api_ids, sum(api_ids))
errors = [r for r in records if r["status"] >= 400]
for r in errors:
    print("error", r["status"], r["method"], r["path"], "from", r["ip"])
print(re.split(r"[/?=]", "/api/items?page=2"))
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\4.\3.\2.\1", "ip 10.0.0.5 end"))
print(re.sub(r"\d", lambda m: str(9 - int(m.group())), "a1b2c3"))
print(LINE_RE.search(LOG).span(), LINE_RE.search(LOG).group("ip", "status"))
print([m.group(0) for m in re.finditer(r"\b[A-Z]{3,6}\b", LOG)][:8])
c = Counter("mississippi")
print(c, c["s"], c["z"], list(c.elements())[:6], c.total())
print(sorted(c), +c, dict(c.most_common(2)))
