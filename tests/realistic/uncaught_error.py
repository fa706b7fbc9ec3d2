"""An order processor that ends in an uncaught exception (traceback on stderr, exit 1)."""


class OrderError(Exception):
    pass


class OutOfStock(OrderError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, only {have} left")


STOCK = {"pen": 10, "ink": 2, "paper": 500}


def reserve(item, qty):
    have = STOCK.get(item, 0)
    if qty > have:
        raise OutOfStock(item, qty, have)
    STOCK[item] = have - qty
    return qty


def process(order):
    lines = []
    for item, qty in order.items():
        lines.append((item, reserve(item, qty)))
    return lines


orders = [{"pen": 2, "paper": 100}, {"ink": 1}, {"pen": 3, "ink": 5}]
for n, order in enumerate(orders, 1):
    print(f"order {n}: {order}")
    try:
        print("  reserved", process(order))
    except OutOfStock as e:
        print("  refused:", e)
print("stock now", STOCK)


def checkout(order):
    total = 0
    prices = {"pen": 1.5, "paper": 0.02}
    for item, qty in order.items():
        total += prices[item] * qty
    return total


print("total", checkout({"pen": 2, "paper": 10}))
try:
    checkout({"ink": 1})
except KeyError as e:
    print("no price for", e)
    raise OrderError("checkout failed") from e
