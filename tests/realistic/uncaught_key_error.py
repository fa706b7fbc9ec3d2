"""A nested config lookup that ends in an uncaught KeyError from a helper."""
import sys

CONFIG = {"db": {"host": "localhost", "port": 5432}, "cache": {"ttl": 60}}


def get(path):
    node = CONFIG
    for part in path.split("."):
        node = node[part]
    return node


for path in ["db.host", "db.port", "cache.ttl"]:
    print(path, "=", get(path))
print("checking optional settings", file=sys.stderr)
settings = [get(p) for p in ["db.host", "cache.size"]]
print("unreachable", settings)
