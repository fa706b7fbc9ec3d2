"""A text adventure driven by a scripted list of commands."""

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a room of books", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "attic": {"desc": "a cramped attic", "exits": {"down": "library"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in ROOMS.items()}

    def do(self, line):
        words = line.split()
        if not words:
            return "say something"
        verb, *rest = words
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}"
        self.moves += 1
        return handler(*rest)

    def cmd_look(self):
        r = self.rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = " ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see {items}. Exits: {exits}."

    def cmd_go(self, direction=None):
        if direction is None:
            return "go where?"
        exits = self.rooms[self.room]["exits"]
        if direction not in exits:
            return f"no exit {direction}"
        target = exits[direction]
        if self.rooms[target].get("locked"):
            if "key" in self.inventory:
                self.rooms[target]["locked"] = False
                self.room = target
                return f"You unlock the way and enter the {target}."
            return "It is locked."
        if target == "cellar" and "lamp" not in self.inventory:
            return "Too dark to go there."
        self.room = target
        return f"You go {direction} to the {target}."

    def cmd_take(self, *names):
        out = []
        for name in names:
            items = self.rooms[self.room]["items"]
            if name in items:
                items.remove(name)
                self.inventory.append(name)
                out.append(f"taken {name}")
                if name == "treasure":
                    self.state = "won"
            else:
                out.append(f"no {name} here")
        return "; ".join(out)

    def cmd_drop(self, name):
        try:
            self.inventory.remove(name)
        except ValueError:
            return f"you have no {name}"
        self.rooms[self.room]["items"].append(name)
        return f"dropped {name}"

    def cmd_inv(self):
        return "carrying: " + (", ".join(sorted(self.inventory)) if self.inventory else "nothing")


script = """
look
go north
take book key
inv
go up
look
go down
go south
go east
go down
take lamp
go west
take lamp
go east
look
go down
dance
take treasure
drop book
look

inv
""".strip("\n").split("\n")

game = Game()
for line in script:
    print(f"> {line}")
    print(game.do(line))
    if game.state != "playing":
        print(f"*** You {game.state} in {game.moves} moves ***")
        break
print(game.inventory, game.room)
