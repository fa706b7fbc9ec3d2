# Bank-statement reconciliation with decimal: match ledger entries to statement lines.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

CENT = Decimal("0.01")

statement = """\
2024-03-01|Opening balance|1520.40
2024-03-02|Coffee shop|-4.75
2024-03-03|Salary ACME|2850.00
2024-03-05|Rent|-1100.00
2024-03-07|Grocery store|-87.315
2024-03-09|Refund|12.10
2024-03-11|Bank fee|-2.50
2024-03-15|Transfer to savings|-500
2024-03-20|Electricity|-64.99
"""

ledger = [
    ("2024-03-02", "coffee", Decimal("-4.75")),
    ("2024-03-03", "salary", Decimal("2850")),
    ("2024-03-05", "rent", Decimal("-1100.00")),
    ("2024-03-07", "groceries", Decimal("-87.32")),
    ("2024-03-10", "refund", Decimal("12.10")),
    ("2024-03-15", "savings", Decimal("-500.00")),
    ("2024-03-21", "power", Decimal("-64.99")),
    ("2024-03-22", "phone", Decimal("-30.00")),
]

lines = []
for raw in statement.splitlines():
    date, text, amount = raw.split("|")
    lines.append((date, text, Decimal(amount)))

opening = lines.pop(0)[2]
print("opening:", opening, repr(opening))
total = sum((amt for _, _, amt in lines), Decimal(0))
print("movement:", total, "closing:", opening + total)
print("closing rounded:", (opening + total).quantize(CENT, rounding=ROUND_HALF_UP))


def day(d):
    return int(d[-2:])


matched, unmatched_stmt = [], []
remaining = list(ledger)
for date, text, amount in lines:
    rounded = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    hit = None
    for entry in remaining:
        if entry[2] == rounded and abs(day(entry[0]) - day(date)) <= 2:
            hit = entry
            break
    if hit:
        remaining.remove(hit)
        matched.append((date, text, rounded, hit[1]))
    else:
        unmatched_stmt.append((date, text, rounded))

print("\nmatched:")
for date, text, amt, label in matched:
    print(f"  {date} {text:<22}{amt:>10} <- {label}")
print("only on statement:")
for date, text, amt in unmatched_stmt:
    print(f"  {date} {text:<22}{amt:>10}")
print("only in ledger:")
for date, label, amt in remaining:
    print(f"  {date} {label:<22}{amt:>10}")

diff = sum(a for _, _, a in unmatched_stmt) - sum(a for _, _, a in remaining)
print("difference:", diff)

print(Decimal("2.675").quantize(CENT, rounding=ROUND_HALF_EVEN), Decimal("2.665").quantize(CENT, rounding=ROUND_HALF_EVEN))
print(Decimal("1") / Decimal("3"), Decimal(1) / 7 * 7)
getcontext().prec = 6
print(Decimal("1") / Decimal("3"), Decimal("123456789") * 1)
print(Decimal("1.10") + Decimal("2.20"), Decimal("3.3") == Decimal("3.30"))
print(Decimal("-0.00").is_signed(), Decimal("7.50").normalize(), Decimal("1E+2").to_integral_value())
interest = Decimal("1000.00")
for month in range(1, 4):
    interest = (interest * (1 + Decimal("0.035") / 12)).quantize(CENT)
    print(f"month {month}: {interest}")
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000123'):.2e}")
