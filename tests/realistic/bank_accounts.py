"""A small bank: accounts, transfers, custom exceptions and a ledger."""


class BankError(Exception):
    """Base class for everything the bank refuses."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._check()
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failures = []

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            self.failures.append(f"no such account {e}")
            return False
        except BankError as e:
            self.failures.append(f"{type(e).__name__}: {e}")
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            print(f"  transfer {src} -> {dst} of {amount} attempted")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"== {self.name} ==")
        for number, acct in sorted(self.accounts.items()):
            kind = type(acct).__name__
            print(f"{number:>6} {acct.owner:<10} {kind:<15} {acct.balance:>10.2f}")
        print(f"{'total':>6} {'':<10} {'':<15} {self.total():>10.2f}")


bank = Bank("First Python Bank")
alice = bank.open(Account, "alice", 500)
bob = bank.open(SavingsAccount, "bob", 1200, 0.035)
carol = bank.open(Account, "carol")
print(alice, bob, carol)

print(bank.transfer(alice.number, bob.number, 200))
print(bank.transfer(carol.number, alice.number, 50))
print(bank.transfer(9999, alice.number, 10))
carol.frozen = True
print(bank.transfer(carol.number, alice.number, 0))
print(bank.transfer(bob.number, carol.number, 100))

try:
    alice.deposit(-5)
except ValueError as e:
    print("refused:", e)

for month in range(1, 4):
    print("month", month, "interest", bob.add_interest())

bank.report()
print("failures:")
for f in bank.failures:
    print(" -", f)

try:
    bob.withdraw(10 ** 6)
except InsufficientFunds as e:
    print(repr(e.amount), e.account.owner, isinstance(e, BankError), e.args)

print([h for h in bob.history])
print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__)
