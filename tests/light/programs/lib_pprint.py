# pprint on the Light VM: nested containers, strings split into implicit
# concatenation, bytes, recursion markers and dataclasses.
import pprint
from dataclasses import dataclass

config = {"servers": [{"host": f"node{i}.example.org", "port": 8000 + i, "tags": ("a", "b")}
                      for i in range(4)],
          "motd": "Welcome to the cluster. Please be kind to the other users. " * 3,
          "blob": bytes(range(40)), "limits": {"cpu": 2, "mem": 2**34}}
pprint.pprint(config)
pprint.pprint(config, width=40, indent=2, compact=True)
pprint.pp(config, depth=2)
print(pprint.pformat(config["limits"], underscore_numbers=True))
loop = [1, 2]
loop.append(loop)
print(pprint.saferepr(loop).replace(str(id(loop)), "ID"), pprint.isrecursive(loop),
      pprint.isreadable(config))


@dataclass
class Job:
    name: str
    steps: list


pprint.pprint([Job("build", ["configure", "compile", "link"] * 4), Job("x", [])], width=50)
