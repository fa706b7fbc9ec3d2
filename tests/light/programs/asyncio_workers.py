import asyncio, contextvars
cv = contextvars.ContextVar("cv", default=0)

async def worker(name, queue, out):
    while True:
        item = await queue.get()
        cv.set(item)
        await asyncio.sleep(0.05 * (item % 3))  # tens of ms apart: order survives a loaded machine
        out.append((name, item, cv.get()))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for i in range(9):
        queue.put_nowait(i)
    out = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, out)) for i in range(3)]
    await queue.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(out)
    print(res)
    print([t.cancelled() for t in tasks], cv.get())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    async def agen():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen()])
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.02)
        ev.set()
    asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), 1))
    try:
        await asyncio.wait_for(ev.wait() if not ev.clear() else None, 0.001)
    except asyncio.TimeoutError:
        print("TO")

asyncio.run(main())
