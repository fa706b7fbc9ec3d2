import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)


async def consumer(q, name):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            print(name, "done")
            return
        print(name, "got", item)
        await asyncio.sleep(0)


async def locked(lock, name, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0)
        log.append(name + "-")


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke", request.get())


async def with_context(value):
    request.set(value)
    await asyncio.sleep(0)
    return request.get()


async def boom(delay):
    await asyncio.sleep(delay)
    raise KeyError(delay)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 4), consumer(q, "c1"))
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("full")
    try:
        q2.task_done(); q2.task_done()
    except ValueError as e:
        print(e)

    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked(lock, n, log) for n in "xyz"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    order = []

    async def limited(i):
        async with sem:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))
    await asyncio.gather(*(limited(i) for i in range(4)))
    print(order)

    event = asyncio.Event()
    request.set("main")
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)

    print(await asyncio.gather(with_context("a"), with_context("b")), request.get())
    ctx = contextvars.copy_context()
    print(ctx.run(lambda: (request.set("inside"), request.get())[1]), request.get(), ctx[request])
    token = request.set("temp")
    request.reset(token)
    print(request.get(), token.old_value)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout fired")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired())

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.001, "A"))
        b = tg.create_task(asyncio.sleep(0, "B"))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0))
            slow = tg.create_task(asyncio.sleep(5))
    except ExceptionGroup as eg:
        print("group", eg.exceptions, slow.cancelled())



asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(with_context("loop")))
loop.close()
