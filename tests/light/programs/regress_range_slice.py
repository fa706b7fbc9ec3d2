for r in (range(10), range(1, 100, 5), range(100, 1, -5), range(3, 3), range(-5, 7, 3)):
    for sl in (slice(None), slice(None, None, -1), slice(2, 100, 3), slice(-100, 100, -2), slice(5, 1), slice(-3, None, 2), slice(100, -100, -7)):
        print(r[sl], list(r[sl]) == list(r)[sl])
