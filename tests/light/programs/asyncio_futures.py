import asyncio
async def f(): 
    await asyncio.sleep(0)
    return 3
async def g():
    raise ValueError("x")
async def main():
    t = asyncio.create_task(f())
    print(repr(t).split(" coro=")[0])
    await t
    print(t)
    u = asyncio.create_task(g())
    await asyncio.sleep(0)
    print(u.exception())
    print(asyncio.current_task().get_name())
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.cancel()
    print(fut, fut.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("CE", type(e).__module__)
    try:
        await asyncio.gather(asyncio.sleep(0), g())
    except ValueError:
        print("VE")
asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
