"""Synchronisation between tasks: Event, Lock, Semaphore, Condition and the queues.
A waiter is a future in a FIFO; waking one means resolving the oldest still pending."""

import heapq
from collections import deque
from asyncio import CancelledError, QueueEmpty, QueueFull, get_running_loop


def _wake_first(waiters, value=True):
    for fut in waiters:
        if not fut.done():
            fut.set_result(value)
            return True
    return False


async def _wait_in(waiters):
    fut = get_running_loop().create_future()
    waiters.append(fut)
    try:
        await fut
    finally:
        waiters.remove(fut)


class _ContextLock:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, et, exc, tb):
        self.release()


class Event:
    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        extra = ', waiters:%d' % len(self._waiters) if self._waiters else ''
        return '<asyncio.locks.Event object at 0x%x [%s%s]>' % (id(self), state, extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await _wait_in(self._waiters)
        return True


class Lock(_ContextLock):
    def __init__(self):
        self._waiters = deque()
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        extra = ', waiters:%d' % len(self._waiters) if self._waiters else ''
        return '<asyncio.locks.Lock object at 0x%x [%s%s]>' % (id(self), state, extra)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(f.cancelled() for f in self._waiters):
            self._locked = True
            return True
        try:
            await _wait_in(self._waiters)
        except CancelledError:
            if not self._locked:
                _wake_first(self._waiters)
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_first(self._waiters)


class Semaphore(_ContextLock):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = deque()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked, value:%d' % self._value
        extra = ', waiters:%d' % len(self._waiters) if self._waiters else ''
        return '<asyncio.locks.%s object at 0x%x [%s%s]>' % (type(self).__name__, id(self), state, extra)

    def locked(self):
        return self._value == 0 or any(not f.cancelled() for f in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        try:
            await _wait_in(self._waiters)
        except CancelledError:
            if self._value > 0:
                _wake_first(self._waiters)
            raise
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        if self._value > 0:
            _wake_first(self._waiters)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Condition(_ContextLock):
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = deque()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _wait_in(self._waiters)
            return True
        finally:
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    pass

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        pending = [fut for fut in self._waiters if not fut.done()]
        for fut in pending[:n]:
            fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return '<%s at 0x%x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        text = 'maxsize=%r' % (self._maxsize,)
        if getattr(self, '_queue', None):
            text += ' _queue=%r' % (list(self._queue),)
        if self._getters:
            text += ' _getters[%d]' % len(self._getters)
        if self._putters:
            text += ' _putters[%d]' % len(self._putters)
        if self._unfinished_tasks:
            text += ' tasks=%d' % self._unfinished_tasks
        return text

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        while self.full():
            try:
                await _wait_in(self._putters)
            except CancelledError:
                if not self.full():
                    _wake_first(self._putters, None)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters, None)

    async def get(self):
        while self.empty():
            try:
                await _wait_in(self._getters)
            except CancelledError:
                if not self.empty():
                    _wake_first(self._getters, None)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters, None)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


__all__ = ['Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition',
           'Queue', 'PriorityQueue', 'LifoQueue']
