"""Catalog a list of file paths with os.path: group by directory and extension, normalize, relativize."""
import os
import sys
from collections import defaultdict

PATHS = """
/srv/app/src/main.py
/srv/app/src/utils/helpers.py
/srv/app/src/utils/__init__.py
/srv/app/tests/test_main.py
/srv/app/README.md
/srv/app/docs/guide.md
/srv/app/docs/../docs/api.md
/srv/app/build/./output/app.tar.gz
/srv/app/.gitignore
/srv/app/src/data/config.json
/srv/app//src//legacy/old.py
/srv/app/scripts/deploy.sh
""".split()

ROOT = "/srv/app"
by_ext = defaultdict(list)
by_dir = defaultdict(list)
for raw in PATHS:
    path = os.path.normpath(raw)
    head, tail = os.path.split(path)
    stem, ext = os.path.splitext(tail)
    by_ext[ext or "(none)"].append(stem)
    by_dir[os.path.relpath(head, ROOT)].append(tail)
    if path != raw:
        print(f"normalized {raw!r} -> {path!r}")

for ext in sorted(by_ext):
    print(f"{ext:>8}: {', '.join(sorted(by_ext[ext]))}")
for d in sorted(by_dir):
    print(f"{d:<16} {len(by_dir[d])} file(s): {sorted(by_dir[d])}")

print(os.path.commonpath(PATHS), os.path.commonprefix(["/srv/app/src", "/srv/app/scripts"]))
print(os.path.join(ROOT, "src", "new.py"), os.path.join(ROOT, "/etc/passwd"), os.path.join("rel", "path", ""))
print([os.path.isabs(p) for p in ("/a", "a", "./a", "")], os.path.basename("/x/y/"), os.path.dirname("/x/y/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".profile"), os.path.splitext("a.b/c"))
print(os.path.relpath("/srv/app/src/utils/helpers.py", "/srv/app/tests"), os.path.normpath("a/../../b"))
here = os.path.abspath(__file__)
print(os.path.basename(here), os.path.isfile(here), os.path.isdir(os.path.dirname(here)), os.path.exists(here + ".missing"))
print(sorted(name for name in os.listdir(os.path.dirname(here)) if name == os.path.basename(here)))
print(os.sep, os.extsep, os.pardir, os.curdir, os.name, repr(os.linesep))
print(os.environ.get("LANG"), os.getenv("PYTIER_UNSET_VARIABLE", "default"), "PATH" in os.environ)
debug = os.environ.get("APP_DEBUG", "0") == "1"
os.environ["APP_DEBUG"] = "1"
print(debug, os.environ["APP_DEBUG"] == "1", os.getenv("APP_DEBUG"))
print(sys.argv[0], len(sys.argv), sys.platform, os.path.basename(sys.executable) != "")
sizes = {p: len(p) for p in PATHS}
largest = max(sizes, key=sizes.get)
print(largest, sizes[largest], sum(sizes.values()))
try:
    os.listdir(os.path.join(os.path.dirname(here), "no-such-directory"))
except FileNotFoundError as e:
    print("FileNotFoundError:", str(e).replace(os.path.dirname(here), "<dir>"))
