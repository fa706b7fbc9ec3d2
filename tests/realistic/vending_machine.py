"""A vending machine state machine with Enum states and a transition table."""
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    COLLECTING = auto()
    DISPENSING = auto()
    OUT_OF_SERVICE = auto()


class VendingError(Exception):
    pass


COINS = {"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}
PRODUCTS = {"A1": ("chips", 75, 3), "A2": ("candy", 65, 1), "B1": ("soda", 125, 2), "B2": ("water", 100, 0)}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.stock = {code: qty for code, (_, _, qty) in PRODUCTS.items()}
        self.bank = 0
        self.transitions = []

    def _go(self, new):
        self.transitions.append((self.state.name, new.name))
        self.state = new

    def insert(self, coin):
        if self.state is State.OUT_OF_SERVICE:
            raise VendingError("machine is out of service")
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin!r}")
        self.credit += COINS[coin]
        if self.state is State.IDLE:
            self._go(State.COLLECTING)
        return self.credit

    def select(self, code):
        if self.state is not State.COLLECTING:
            raise VendingError(f"cannot select in state {self.state.name}")
        try:
            name, price, _ = PRODUCTS[code]
        except KeyError:
            raise VendingError(f"unknown product {code}") from None
        if self.stock[code] == 0:
            raise VendingError(f"{name} is sold out")
        if self.credit < price:
            raise VendingError(f"{name} costs {price}, credit is {self.credit}")
        self._go(State.DISPENSING)
        self.stock[code] -= 1
        self.bank += price
        change = self.make_change(self.credit - price)
        self.credit = 0
        self._go(State.IDLE)
        if sum(self.stock.values()) == 0:
            self._go(State.OUT_OF_SERVICE)
        return name, change

    def refund(self):
        change = self.make_change(self.credit)
        self.credit = 0
        if self.state is State.COLLECTING:
            self._go(State.IDLE)
        return change

    @staticmethod
    def make_change(amount):
        out = {}
        for coin, value in sorted(COINS.items(), key=lambda kv: -kv[1]):
            n, amount = divmod(amount, value)
            if n:
                out[coin] = n
        return out


m = Machine()
script = [("select", "A1"), ("insert", "quarter"), ("insert", "peso"), ("insert", "quarter"),
          ("select", "A1"), ("insert", "quarter"), ("select", "A1"), ("insert", "dollar"),
          ("select", "B2"), ("select", "A2"), ("insert", "dollar"), ("insert", "dime"),
          ("select", "B1"), ("insert", "dime"), ("refund", None)]
for action, arg in script:
    try:
        result = getattr(m, action)(arg) if arg is not None else getattr(m, action)()
        print(f"{action:>7} {arg or '':<8} -> {result!r:40} state={m.state.name} credit={m.credit}")
    except VendingError as e:
        print(f"{action:>7} {arg or '':<8} !! {e}")
for code in ["A1", "A1", "B1", "A1"]:
    m.insert("dollar")
    try:
        print(code, m.select(code), m.state)
    except VendingError as e:
        print(code, "!!", e, "refund", m.refund())
try:
    m.insert("dime")
except VendingError as e:
    print("!!", e)
print(m.stock, m.bank, m.state, m.state.value)
print(len(m.transitions), m.transitions[:4], m.transitions[-2:])
print([s.name for s in State], State.IDLE < State.COLLECTING if False else State.IDLE.value < State.COLLECTING.value)
