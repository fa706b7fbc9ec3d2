# Delays are tens of milliseconds apart so that a loaded machine keeps their order.
import asyncio


async def worker(name, delays, log):
    for d in delays:
        print(name, "step", d)
        await asyncio.sleep(d)
    log.append(name)
    return name.upper()


async def fails():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    log = []
    t1 = asyncio.create_task(worker("a", [0, 0.1, 0], log))
    t2 = asyncio.create_task(worker("b", [0, 0, 0.05], log))
    print(t1.get_name(), t2.get_name(), t1.done())
    t3 = asyncio.create_task(worker("c", [0.02, 0], log), name="custom")
    print(await t1, await t2, await t3, log)
    print(t1.done(), t1.result(), t3.get_name())
    print(await asyncio.gather(worker("d", [0], log), fails(), return_exceptions=True))
    try:
        await asyncio.gather(fails(), worker("e", [0], log))
    except ValueError as e:
        print("gather raised", e)
    calls = []
    loop = asyncio.get_running_loop()
    loop.call_soon(calls.append, 1)
    loop.call_later(0.01, calls.append, 3)
    loop.call_soon(calls.append, 2)
    await asyncio.sleep(0.1)
    print(calls)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker("f", [0], log), 1))
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(slow.cancel(), slow.cancelled())
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled", slow.cancelled(), slow.done())
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, r)) for r in (1, 2)])
    print(sorted(t.result() for t in done), pending)
    for c in asyncio.as_completed([asyncio.sleep(0.2, "late"), asyncio.sleep(0.01, "early")]):
        print(await c)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback", f.result()))
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c := main()), c.close(), asyncio.iscoroutinefunction(print))


asyncio.run(main())
