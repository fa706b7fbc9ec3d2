async def ticker(n):
    try:
        for i in range(n):
            yield i
            await Nothing()
    finally:
        print("ticker cleanup")
class Nothing:
    def __await__(self):
        return
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    out = []
    async for v in ticker(3):
        out.append(v)
    g = ticker(10)
    print(await g.__anext__(), await g.asend(None))
    try:
        await g.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow raised", e)
    g2 = ticker(5)
    await g2.__anext__()
    await g2.aclose()
    print([x * 2 async for x in ticker(2)])
    return out
print(run(main()))
