"""A cooperative task scheduler on generators and async/await, without asyncio."""
from collections import deque
import heapq


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self


class Loop:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.seq = 0
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                t, _, name, coro = heapq.heappop(self.sleeping)
                self.now = t
                self.ready.append((name, coro, None))
            name, coro, value = self.ready.popleft()
            try:
                req = coro.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[t={self.now}] {name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"[t={self.now}] {name} crashed: {type(e).__name__}: {e}")
                continue
            if isinstance(req, Sleep):
                self.seq += 1
                heapq.heappush(self.sleeping, (self.now + req.ticks, self.seq, name, coro))
            else:
                self.ready.append((name, coro, req))


async def worker(name, jobs, delay):
    done = []
    for job in jobs:
        print(f"[{name}] start {job}")
        await Sleep(delay)
        done.append(job.upper())
    return done


async def failing():
    await Sleep(2)
    raise ValueError("bad input")


async def pipeline():
    a = await child(3)
    b = await child(a)
    return a + b


async def child(n):
    await Sleep(1)
    return n * 2


loop = Loop()
loop.spawn("w1", worker("w1", ["a", "b", "c"], 2))
loop.spawn("w2", worker("w2", ["x", "y"], 3))
loop.spawn("bad", failing())
loop.spawn("pipe", pipeline())
loop.run()
print(loop.now, sorted(loop.results), repr(loop.results["bad"]))


def ping_pong(n):
    def ping():
        for i in range(n):
            msg = yield f"ping {i}"
            print("   ping got", msg)

    def pong():
        for i in range(n):
            msg = yield f"pong {i}"
            print("   pong got", msg)

    a, b = ping(), pong()
    ma, mb = next(a), next(b)
    try:
        while True:
            ma, mb = a.send(mb), b.send(ma)
    except StopIteration:
        print("   done")


ping_pong(3)
coro = child(5)
print(type(coro).__name__, coro.__name__, coro.cr_running)
first = coro.send(None)
print(type(first).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("child returned", e.value)
c2 = worker("z", ["q"], 1)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def agen(n):
    for i in range(n):
        await Sleep(0)
        yield i * i


async def consume():
    out = [v async for v in agen(4)]
    async for v in agen(2):
        out.append(-v)
    return out


loop2 = Loop()
loop2.spawn("agen", consume())
loop2.run()
