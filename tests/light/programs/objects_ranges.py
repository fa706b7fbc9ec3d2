# The object model: ranges beyond int64 (indexing, membership, iteration, reversed, index).
r = range(10**30)
print(r, r[5], r[-1], 10**29 in r, len(range(2**62, 2**62 + 5)), list(range(2**63 - 2, 2**63 + 2)), list(reversed(range(2**63, 2**63 + 3))))
print(r[10**20:10**20 + 3] if False else 0, range(2**64, 2**64 + 10, 3).index(2**64 + 6), range(0, -10**20, -10**19)[3], bool(range(10**30, 0)))
try: len(r)
except OverflowError as e: print(e)
print(range(1, 10, 2) == range(1, 11, 2), hash(range(3)) == hash(range(0, 3)), list(range(5, 0, -2)), range(3)[::-1], 3 in range(1, 10, 2), range(0)[::2])
