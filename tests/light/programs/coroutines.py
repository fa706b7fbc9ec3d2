import types
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ("sleep", self.n)
        return self.n * 10
async def child(n):
    r = await Sleep(n)
    return r + 1
async def parent():
    a = await child(1)
    b = await child(2)
    async with Ctx() as c:
        print("in ctx", c)
    total = 0
    async for v in Counter(3):
        total += v
    return a + b + total
class Ctx:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value
print("result", run(parent()))
c = child(5)
print(type(c).__name__, c.__qualname__)
c.close()
