# Reads CSV-like ledger lines from sys.stdin.readlines(), validates them and prints balances.
import sys

balances = {}
errors = []
lines = sys.stdin.readlines()
print("read", len(lines), "lines")
for n, raw in enumerate(lines, 1):
    raw = raw.strip()
    if not raw or raw.startswith(";"):
        continue
    try:
        who, kind, amount = (part.strip() for part in raw.split(","))
        cents = round(float(amount) * 100)
        if kind == "credit":
            balances[who] = balances.get(who, 0) + cents
        elif kind == "debit":
            balances[who] = balances.get(who, 0) - cents
        else:
            raise ValueError(f"unknown kind {kind!r}")
    except ValueError as e:
        errors.append(f"line {n}: {e}")
for who in sorted(balances):
    c = balances[who]
    print(f"{who:<8}{'-' if c < 0 else ' '}{abs(c) // 100:>6}.{abs(c) % 100:02d}")
print(*errors, sep="\n")
print(sum(balances.values()) / 100)

# Interest on positive balances and a transfer plan that settles the debts.
rate = 0.015
for who in sorted(balances):
    c = balances[who]
    if c > 0:
        interest = round(c * rate)
        print(f"{who}: interest {interest / 100:.2f} -> {(c + interest) / 100:,.2f}")
creditors = sorted(((c, w) for w, c in balances.items() if c > 0), reverse=True)
debtors = sorted((c, w) for w, c in balances.items() if c < 0)
plan = []
while creditors and debtors:
    (credit, cw), (debt, dw) = creditors[0], debtors[0]
    amount = min(credit, -debt)
    plan.append((dw, cw, amount))
    credit -= amount
    debt += amount
    creditors = ([(credit, cw)] if credit else []) + creditors[1:]
    debtors = ([(debt, dw)] if debt else []) + debtors[1:]
for src, dst, amount in plan:
    print(f"{src} pays {dst} {amount / 100:.2f}")
print("unsettled:", creditors, debtors)
print("max:", max(balances, key=balances.get), "min:", min(balances, key=balances.get))
