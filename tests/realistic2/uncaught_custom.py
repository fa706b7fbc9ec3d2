# A program that ends with an uncaught custom exception raised deep in a call chain, with a cause.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


stock = {"apple": 5, "pear": 2, "plum": 0}


def take(item, n):
    have = stock[item]
    if have < n:
        raise OutOfStock(item, n, have)
    stock[item] = have - n
    return n


def fulfil(order):
    taken = []
    for item, n in order:
        try:
            taken.append((item, take(item, n)))
        except KeyError as e:
            raise InventoryError(f"unknown item {e}") from e
    return taken


orders = [[("apple", 2), ("pear", 1)], [("apple", 1)], [("fig", 1)], [("plum", 3)]]
for i, order in enumerate(orders):
    try:
        print(i, fulfil(order))
    except InventoryError as e:
        print(i, "failed:", e, "| cause:", repr(e.__cause__))
print("stock:", stock)
fulfil([("pear", 1), ("pear", 5)])
print("never printed")
