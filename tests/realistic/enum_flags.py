"""Permissions and feature toggles with enum.Flag, IntEnum, StrEnum."""
from enum import Enum, Flag, IntFlag, IntEnum, StrEnum, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


@unique
class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DELETED = "deleted"

    @property
    def visible(self):
        return self is not Status.DELETED

    @classmethod
    def parse(cls, text):
        try:
            return cls(text.lower())
        except ValueError:
            return None


users = {"root": Perm.ALL, "dev": Perm.RW, "guest": Perm.READ, "bot": Perm.EXECUTE | Perm.READ, "none": Perm(0)}
for name, perm in users.items():
    can = [p.name for p in (Perm.READ, Perm.WRITE, Perm.EXECUTE) if p in perm]
    print(f"{name:>6}: {perm!s:30} {perm!r:35} {can} {bool(perm)}")
print(Perm.RW & Perm.WRITE, Perm.ALL ^ Perm.WRITE, ~Perm.READ, Perm(3), Perm.RW.value, list(Perm))
print(Mode.R | Mode.W, int(Mode.R | Mode.X), Mode(7), Mode(6) & 4, oct(Mode.R | Mode.W | Mode.X), Mode.R + 1)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, 3]), Priority(5))
print(max(Priority), [p.name for p in Priority], Priority["LOW"], f"{Priority.HIGH}", str(Priority.LOW))
print(Color.RED, Color.GREEN.upper(), Color.RED == "red", repr(Color.GREEN), f"{Color.RED}!")
for text in ["ACTIVE", "deleted", "gone"]:
    st = Status.parse(text)
    print(text, st, st.visible if st else None)
print(Status("suspended"), Status.ACTIVE.value, Status.ACTIVE.name, Status.__members__.keys())
try:
    Status("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    class Dup(Enum):
        A = 1
        B = 1
    print(Dup.B, Dup.B is Dup.A, list(Dup))
    @unique
    class Dup2(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Status.ACTIVE = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Priority.LOW, int), type(Status.ACTIVE), Status.ACTIVE in Status, hash(Status.ACTIVE) == hash(Status.ACTIVE))
Planet = Enum("Planet", "MERCURY VENUS EARTH")
print(list(Planet), Planet.EARTH.value, Planet(2))
