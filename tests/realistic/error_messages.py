"""A validation layer that reports the exact messages of common runtime errors."""


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(f"{label:<28} {type(e).__name__}: {e}")
    else:
        print(f"{label:<28} ok: {result!r}")


cases = [
    ("int parse", lambda: int("12x")),
    ("int parse base", lambda: int("z", 16)),
    ("float parse", lambda: float("1.2.3")),
    ("missing key", lambda: {"a": 1}["b"]),
    ("tuple key", lambda: {}[(1, 2)]),
    ("list index", lambda: [1, 2, 3][5]),
    ("str index", lambda: "abc"[10]),
    ("tuple assign", lambda: exec("t = (1, 2); t[0] = 5")),
    ("str assign", lambda: exec("s = 'abc'; s[0] = 'x'")),
    ("concat str int", lambda: "a" + 1),
    ("concat list tuple", lambda: [1] + (2,)),
    ("add int str", lambda: 1 + "a"),
    ("none subscript", lambda: None[0]),
    ("none call", lambda: None()),
    ("int len", lambda: len(5)),
    ("int iter", lambda: list(5)),
    ("unpack few", lambda: exec("a, b, c = [1, 2]")),
    ("unpack many", lambda: exec("a, b = [1, 2, 3]")),
    ("unpack star", lambda: exec("a, b, *c = [1]")),
    ("zero div", lambda: 1 / 0),
    ("zero floordiv", lambda: 1 // 0),
    ("zero mod float", lambda: 1.0 % 0),
    ("zero divmod", lambda: divmod(1, 0)),
    ("attr str", lambda: "abc".foo),
    ("attr none", lambda: None.value),
    ("attr class", lambda: Point.z),
    ("attr instance", lambda: Point(1, 2).z),
    ("init missing", lambda: Point(1)),
    ("init extra", lambda: Point(1, 2, 3)),
    ("init kw", lambda: Point(1, y=2, z=3)),
    ("unhashable list", lambda: {[1]: 2}),
    ("unhashable set member", lambda: {{1}}),
    ("list remove", lambda: [1, 2].remove(3)),
    ("list index of", lambda: [1, 2].index(3)),
    ("str index of", lambda: "abc".index("z")),
    ("pop empty", lambda: [].pop()),
    ("pop dict", lambda: {}.pop("k")),
    ("popitem", lambda: {}.popitem()),
    ("slice assign", lambda: exec("l = [1, 2, 3]; l[::2] = [1]")),
    ("compare", lambda: [1] < "a"),
    ("compare none", lambda: None > 1),
    ("sort mixed", lambda: sorted([1, "b", 2.0])),
    ("neg shift", lambda: 1 << -1),
    ("pow mod", lambda: pow(2, 3, 0)),
    ("chr range", lambda: chr(0x110000)),
    ("ord long", lambda: ord("ab")),
    ("range float", lambda: range(1.5)),
    ("bad base", lambda: int("10", 1)),
    ("str mul float", lambda: "ab" * 2.5),
    ("join ints", lambda: ",".join([1, 2])),
    ("format unknown", lambda: format(1, "q")),
    ("fstring", lambda: f"{'x':d}"),
    ("str format index", lambda: "{1}".format("a")),
    ("str format key", lambda: "{name}".format()),
    ("percent args", lambda: "%s %s" % ("a",)),
    ("percent extra", lambda: "%s" % ("a", "b")),
    ("call int", lambda: 5()),
    ("iter next", lambda: next(iter([]))),
    ("getattr none", lambda: getattr(None, "x")),
    ("setattr int", lambda: setattr(5, "x", 1)),
    ("del missing", lambda: exec("del undefined_name_xyz")),
    ("isinstance bad", lambda: isinstance(1, 2)),
    ("issubclass bad", lambda: issubclass(1, int)),
    ("super outside", lambda: exec("super()")),
    ("frozen set add", lambda: frozenset().add(1)),
    ("dict update", lambda: {}.update([1, 2])),
    ("dict from pairs", lambda: dict([(1, 2, 3)])),
    ("max empty", lambda: max([])),
    ("min none", lambda: min(1, None)),
    ("sum strings", lambda: sum(["a", "b"], "")),
    ("bytes str", lambda: b"a" + "b"),
    ("bytes int", lambda: bytes(-1)),
    ("encode", lambda: "é".encode("ascii")),
    ("recursion", lambda: (lambda f: f(f))(lambda f: f(f))),
    ("round str", lambda: round("1.5")),
    ("abs str", lambda: abs("x")),
    ("neg list", lambda: -[1]),
    ("invert float", lambda: ~1.5),
    ("hash dict", lambda: hash({})),
    ("int too big", lambda: int("9" * 5000)),
    ("float overflow", lambda: float(10 ** 400)),
    ("exp overflow", lambda: 2.0 ** 5000),
]
for label, thunk in cases:
    attempt(label, thunk)
