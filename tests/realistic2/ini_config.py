# A hand-written INI configuration parser with sections, defaults, interpolation, typed getters and a report.
import re
import textwrap

SOURCE = """
; global defaults
[DEFAULT]
base_dir = /srv/app
log_level = info
retries = 3

[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = no
root = ${base_dir}/www

[database]
url = postgres://db.internal:5432/app
pool_size = 10
timeout = 2.5
log_level = warning   ; inline comment
dump_dir = ${base_dir}/dumps/${server:port}

[features]
flags = search, export ,beta-ui,
description = A long description that goes on and on so that the report has
    to wrap it across several lines when printing the configuration summary
    for humans to read.
"""

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"^(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*?)\s*(?:[;#].*)?$")
REF = re.compile(r"\$\{(?:(?P<section>[\w-]+):)?(?P<key>[\w.-]+)\}")
BOOLEANS = {"1": True, "yes": True, "true": True, "on": True, "0": False, "no": False, "false": False, "off": False}


class ConfigError(Exception):
    pass


class Config:
    def __init__(self, text):
        self.sections = {"DEFAULT": {}}
        current, last_key = None, None
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith((";", "#")):
                continue
            if line[0].isspace() and last_key:
                self.sections[current][last_key] += " " + line.strip()
                continue
            if m := SECTION.match(line):
                current = m["name"]
                self.sections.setdefault(current, {})
            elif (m := OPTION.match(line)) and current:
                last_key = m["key"].lower()
                self.sections[current][last_key] = m["value"]
            else:
                raise ConfigError(f"line {number}: cannot parse {line!r}")

    def get(self, section, key, depth=0):
        if depth > 10:
            raise ConfigError(f"interpolation too deep for {section}:{key}")
        values = {**self.sections["DEFAULT"], **self.sections[section]}
        if key not in values:
            raise ConfigError(f"no option {key!r} in section {section!r}")
        return REF.sub(lambda m: self.get(m["section"] or section, m["key"], depth + 1), values[key])

    def getint(self, section, key):
        return int(self.get(section, key))

    def getfloat(self, section, key):
        return float(self.get(section, key))

    def getboolean(self, section, key):
        value = self.get(section, key).lower()
        if value not in BOOLEANS:
            raise ValueError(f"Not a boolean: {value}")
        return BOOLEANS[value]

    def getlist(self, section, key):
        return [item.strip() for item in self.get(section, key).split(",") if item.strip()]

    def options(self, section):
        return sorted({**self.sections["DEFAULT"], **self.sections[section]})


cfg = Config(SOURCE)
print("sections:", [s for s in cfg.sections if s != "DEFAULT"])
for section in ("server", "database"):
    print(f"[{section}]")
    for key in cfg.options(section):
        print(f"  {key:<10} = {cfg.get(section, key)}")
print(cfg.getint("server", "port") + 1, cfg.getfloat("database", "timeout") * 2, cfg.getboolean("server", "debug"))
print(cfg.getlist("features", "flags"), cfg.getint("database", "retries"))
print(textwrap.fill(cfg.get("features", "description"), width=50, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.shorten(cfg.get("features", "description"), width=40, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""\
    first
      second
    third"""), "> "))
print(textwrap.wrap("short", 10), textwrap.wrap("a" * 25, 10))
for bad in [("server", "missing"), ("nosuch", "x")]:
    try:
        cfg.get(*bad)
    except ConfigError as e:
        print("ConfigError:", e)
    except KeyError as e:
        print("KeyError:", e)
try:
    cfg.getboolean("server", "host")
except ValueError as e:
    print("ValueError:", e)
cfg.sections["server"]["loop"] = "${loop}"
try:
    cfg.get("server", "loop")
except ConfigError as e:
    print("ConfigError:", e)
try:
    Config("[a]\njust text\n")
except ConfigError as e:
    print("ConfigError:", e)
