# A self-checking invariant test of a ring buffer that ends with a failing assert (uncaught AssertionError).
class Ring:
    def __init__(self, capacity):
        self.items = [None] * capacity
        self.start = 0
        self.size = 0

    def push(self, value):
        end = (self.start + self.size) % len(self.items)
        self.items[end] = value
        if self.size == len(self.items):
            self.start = (self.start + 1) % len(self.items)
        else:
            self.size += 1

    def pop(self):
        if not self.size:
            raise IndexError("pop from empty ring")
        value = self.items[self.start]
        self.start = (self.start + 1) % len(self.items)
        self.size -= 1
        return value

    def __iter__(self):
        for i in range(self.size):
            yield self.items[(self.start + i) % len(self.items)]

    def __len__(self):
        return self.size


r = Ring(4)
for i in range(10):
    r.push(i)
    assert len(r) <= 4, "overflow"
    print(i, list(r))
print("pop:", r.pop(), r.pop(), list(r))
try:
    Ring(1).pop()
except IndexError as e:
    print("IndexError:", e)
try:
    assert list(r) == [], f"ring not empty: {list(r)}"
except AssertionError as e:
    print("AssertionError caught:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
total = sum(r)
assert total == 17, f"expected 17, got {total} from {list(r)}"
print("not reached")
