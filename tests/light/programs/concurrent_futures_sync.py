from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, Future


def square(x):
    if x == 3:
        raise ValueError("three")
    return x * x


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(square, n): n for n in range(5)}
    results = {}
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            results[n] = fut.result()
        except ValueError as e:
            results[n] = "error: %s" % e
    print(sorted(results.items()))
    print(list(pool.map(square, [1, 2, 4])))
    done, not_done = wait(list(futures))
    print(len(done), len(not_done))
    f = pool.submit(square, 3)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.cancel())

with ProcessPoolExecutor() as pool:
    print(sum(pool.map(square, range(3))))
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print(e)
seen = []
f = Future()
f.add_done_callback(lambda fut: seen.append(fut.result()))
f.set_result(7)
print(seen, f.done())
