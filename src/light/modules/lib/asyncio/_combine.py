"""Waiting on several awaitables: gather, wait, wait_for, as_completed, shield,
timeout and TaskGroup."""

from asyncio import (Future, CancelledError, InvalidStateError, ensure_future,
                     get_running_loop, get_event_loop, current_task, sleep)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class _GatherFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = False
        for child in self._children:
            if child.cancel(msg=msg):
                hit = True
        if hit:
            self._cancel_requested = True
        return hit


def gather(*aws, return_exceptions=False):
    if not aws:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    by_arg = {}
    children = []
    loop = None
    for aw in aws:
        if aw in by_arg:
            fut = by_arg[aw]
        else:
            fut = ensure_future(aw, loop=loop)
            loop = fut._loop
            by_arg[aw] = fut
        children.append(fut)
    outer = _GatherFuture(children, loop=loop)
    finished = 0
    unique = len(by_arg)

    def on_done(child):
        nonlocal finished
        finished += 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == unique:
            results = []
            for fut in children:
                if fut.cancelled():
                    message = fut._cancel_message
                    results.append(CancelledError('' if message is None else message))
                else:
                    exc = fut.exception()
                    results.append(fut.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(children[0]._make_cancelled_error()
                                    if not any(f.cancelled() for f in children) else CancelledError())
            else:
                outer.set_result(results)

    for fut in by_arg.values():
        fut.add_done_callback(on_done)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner._loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def _release(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut._loop.create_future()
    fut.add_done_callback(lambda f: _release(waiter))
    try:
        fut.cancel()
        await waiter
    finally:
        pass


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release, waiter)
    release = lambda f: _release(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isinstance(fs, Future) or hasattr(fs, 'cr_code'):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    loop = get_running_loop()
    fs = set(fs)
    if any(hasattr(f, 'cr_code') for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release, waiter) if timeout is not None else None
    pending_count = len(fs)

    def on_done(f):
        nonlocal pending_count
        pending_count -= 1
        if (pending_count <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _release(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isinstance(fs, Future) or hasattr(fs, 'cr_code'):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    from collections import deque
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = deque()
    waiting = deque()
    timer = None

    def on_done(f):
        if not todo:
            return
        todo.discard(f)
        finished.append(f)
        if waiting:
            _release(waiting.popleft())
        if not todo and timer is not None:
            timer.cancel()

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
        finished.append(None)
        todo.clear()
        while waiting:
            _release(waiting.popleft())

    async def next_done():
        if not finished:
            waiter = loop.create_future()
            waiting.append(waiter)
            await waiter
        f = finished.popleft()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_done()


class Timeout:
    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._timer = None
        self._task = None

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError('Timeout has not been entered')
        if self._timer is not None:
            self._timer.cancel()
        loop = get_running_loop()
        if when is None:
            self._timer = None
        elif when <= loop.time():
            self._timer = loop.call_soon(self._expire)
        else:
            self._timer = loop.call_at(when, self._expire)
        self._when = when

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        when = ' when=%s' % self._when if self._state == 'entered' else ''
        return '<Timeout [%s]%s>' % (self._state, when)

    async def __aenter__(self):
        self._state = 'entered'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc
        elif self._state == 'entered':
            self._state = 'exited'
        return None

    def _expire(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timer = None


def timeout(delay):
    return Timeout(get_running_loop().time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent = None
        self._waiter = None
        self._parent_cancel_requested = False

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append('tasks=%d' % len(self._tasks))
        if self._errors:
            parts.append('errors=%d' % len(self._errors))
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup%s>' % ''.join(' ' + p for p in parts)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has been already entered' % (self,))
        self._entered = True
        self._parent = current_task()
        if self._parent is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        self._loop = get_running_loop()
        return self

    def create_task(self, coro, *, name=None, context=None):
        problem = ('has not been entered' if not self._entered else
                   'is finished' if self._exiting and not self._tasks else
                   'is shutting down' if self._aborting else None)
        if problem is not None:
            raise RuntimeError('TaskGroup %r %s' % (self, problem))
        task = self._loop.create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._waiter is not None and not self._tasks and not self._waiter.done():
            self._waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._abort()
            if not self._parent_cancel_requested and not self._exiting:
                self._parent_cancel_requested = True
                self._parent.cancel()
            elif not self._parent_cancel_requested and self._waiter is not None:
                self._parent_cancel_requested = True
                self._parent.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate = None
        if exc is not None and not isinstance(exc, CancelledError) and isinstance(exc, Exception):
            self._errors.append(exc)
        elif et is not None and not issubclass(et, CancelledError) and not issubclass(et, Exception):
            propagate = exc
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            except CancelledError as err:
                if not self._aborting:
                    propagate = err
                    self._abort()
            self._waiter = None
        if self._parent_cancel_requested:
            self._parent_cancel_requested = False
            if self._parent.uncancel() == 0 and et is CancelledError:
                et = None
                exc = None
        if propagate is not None:
            raise propagate
        if et is CancelledError and not self._errors:
            raise exc
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
        return None


__all__ = ['gather', 'shield', 'wait_for', 'wait', 'as_completed', 'timeout', 'timeout_at',
           'Timeout', 'TaskGroup', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED']
