class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case True:
            return "true?"
        case None:
            return "none"
        case int(n) if n > 100:
            return f"big {n}"
        case int() | float() as num:
            return f"number {num}"
        case "hello":
            return "greeting"
        case str(s):
            return f"string {s!r}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"seq first={first} rest={rest}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case (a, b, c):
            return "triple"
        case _:
            return "other"
for v in [0, 1, None, 500, 7, 2.5, "hello", "bye", [1, 2], (3, 4, 5, 6), [], {"type": "circle", "r": 2},
          {"type": "sq", "w": 1, "h": 2}, Point(0, 0), Point(3, 3), Point(1, 2), {1, 2}, (1, 2, 3)]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match (1, [2, 3]):
    case (a, [b, c]):
        print(a, b, c)
