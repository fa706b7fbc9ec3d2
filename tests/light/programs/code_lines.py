# co_code and co_lines(): offsets in bytes, covering the code from 0 to
# len(co_code), each range on a line of the function (or None).
def f(x, y):
    a = x + y
    b = x - y
    return a * b

code = f.__code__
ranges = list(code.co_lines())
print(type(code.co_code).__name__, ranges[0][0], ranges[-1][1] == len(code.co_code))
print(all(start < end for start, end, _ in ranges))
print(all(r1[1] == r2[0] for r1, r2 in zip(ranges, ranges[1:])))
print(sorted({line for _, _, line in ranges if line is not None} - {3}))
print(all(len(p) == 4 for p in code.co_positions()))
