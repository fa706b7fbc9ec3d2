# Event-sourcing store with frozen dataclasses and enum.
from dataclasses import dataclass, field, replace, asdict, FrozenInstanceError
from enum import Enum, auto, IntEnum


class Kind(Enum):
    OPENED = auto()
    DEPOSITED = auto()
    WITHDRAWN = auto()
    CLOSED = auto()


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass(frozen=True)
class Event:
    seq: int
    account: str
    kind: Kind
    amount: int = 0
    tags: tuple = ()


@dataclass
class Account:
    name: str
    balance: int = 0
    open: bool = False
    history: list = field(default_factory=list)


class Store:
    def __init__(self):
        self.events = []
        self.subscribers = []

    def append(self, account, kind, amount=0, *tags):
        event = Event(len(self.events) + 1, account, kind, amount, tags)
        self.events.append(event)
        for sub in self.subscribers:
            sub(event)
        return event

    def replay(self, upto=None):
        accounts = {}
        for e in self.events:
            if upto is not None and e.seq > upto:
                break
            acc = accounts.setdefault(e.account, Account(e.account))
            match e.kind:
                case Kind.OPENED:
                    acc.open = True
                case Kind.DEPOSITED:
                    acc.balance += e.amount
                case Kind.WITHDRAWN if e.amount <= acc.balance:
                    acc.balance -= e.amount
                case Kind.WITHDRAWN:
                    acc.history.append(f"bounced {e.amount}")
                    continue
                case Kind.CLOSED:
                    acc.open = False
            acc.history.append(e.kind.name.lower())
        return accounts


counts = {}
store = Store()
store.subscribers.append(lambda e: counts.__setitem__(e.kind, counts.get(e.kind, 0) + 1))
store.append("alice", Kind.OPENED)
store.append("alice", Kind.DEPOSITED, 100, "salary")
store.append("bob", Kind.OPENED)
store.append("bob", Kind.DEPOSITED, 50)
store.append("alice", Kind.WITHDRAWN, 30, "rent", "monthly")
store.append("bob", Kind.WITHDRAWN, 80)
store.append("bob", Kind.CLOSED)

for e in store.events:
    print(e)
for upto in (2, 5, None):
    state = store.replay(upto)
    print(f"upto {upto}:")
    for name in sorted(state):
        print("  ", state[name])

e = store.events[1]
try:
    e.amount = 5
except FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
print(replace(e, amount=999))
print(asdict(e))
print(hash(e) == hash(Event(2, "alice", Kind.DEPOSITED, 100, ("salary",))))
print(e == Event(2, "alice", Kind.DEPOSITED, 100, ("salary",)))
print({k.name: v for k, v in counts.items()})
print(list(Kind), Kind["CLOSED"], Kind(2), Kind.OPENED.value)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.HIGH}", format(Kind.OPENED))
try:
    Kind(9)
except ValueError as exc:
    print("ValueError:", exc)
print(Kind.OPENED in Kind, len(Kind), Kind.DEPOSITED is Kind["DEPOSITED"])
