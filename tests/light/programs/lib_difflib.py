# difflib on the Light VM: a unified diff of two versions of a config, ndiff
# with intraline guides, ratios and close matches.
import difflib

before = """[server]
host = example.org
port = 8080
workers = 4
timeout = 30

[logging]
level = info
file = /var/log/app.log
""".splitlines(keepends=True)
after = """[server]
host = example.com
port = 8080
workers = 8
timeout = 30
keepalive = yes

[logging]
level = debug
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(before, after, "a/app.ini", "b/app.ini")), end="")
print("".join(difflib.context_diff(before[:4], after[:4], n=1)), end="")
print("".join(difflib.ndiff(before[1:4], after[1:4])), end="")
matcher = difflib.SequenceMatcher(None, "the quick brown fox", "the quack brown box")
print(matcher.get_opcodes(), round(matcher.ratio(), 4), matcher.get_matching_blocks()[-1])
print(difflib.get_close_matches("lenght", ["length", "height", "light", "len", "weight"]))
