"""Deep recursion: RecursionError handling, setrecursionlimit and iterative rewrites."""
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def flatten_iter(nested):
    stack = [iter(nested)]
    out = []
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out


print(sys.getrecursionlimit(), depth(500), ackermann(2, 3))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive", depth(10))

nested = [1, [2, [3, [4, [5]]]], 6, [[7, 8], 9]]
print(flatten(nested), flatten_iter(nested))
deep = current = []
for i in range(3000):
    nxt = [i]
    current.append(nxt)
    current = nxt
try:
    flatten(deep)
except RecursionError:
    print("recursive flatten failed on depth 3000")
print(len(flatten_iter(deep)), flatten_iter(deep)[:5])

sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4000))
sys.setrecursionlimit(1000)


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return f"Node({self.child!r})"


chain = None
for _ in range(5):
    chain = Node(chain)
print(chain)
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(100), mutual_odd(7))
try:
    mutual_even(10 ** 5)
except RecursionError as e:
    print("RecursionError again:", str(e)[:30])


def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n


print(sum(gen_depth(200)))
