"""A single-threaded asyncio for the Light tier.

The ordering follows CPython 3.11: the loop runs, per turn, the callbacks that
were ready when the turn began (FIFO), after moving in the timers whose
deadline has passed (earliest first, ties in scheduling order). Tasks advance
one step per callback; a finished future schedules its callbacks with
call_soon. Non-zero sleeps really sleep (time.monotonic / time.sleep).
"""

import heapq
import time as _time
import contextvars
from collections import deque

CancelledError = type('CancelledError', (BaseException,), {'__module__': 'asyncio.exceptions'})
InvalidStateError = type('InvalidStateError', (Exception,), {'__module__': 'asyncio.exceptions'})
TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full Queue."""


_running = None
_default_loop = None


# ---- the loop -------------------------------------------------------------

class Handle:
    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._context = context if context is not None else contextvars.copy_context()

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._context.run(self._callback, *self._args)


class TimerHandle(Handle):
    def __init__(self, when, order, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._order = order

    def when(self):
        return self._when

    def __lt__(self, other):
        return (self._when, self._order) < (other._when, other._order)


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._timer_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        self._timer_count += 1
        timer = TimerHandle(when, self._timer_count, callback, args, self, context)
        heapq.heappush(self._timers, timer)
        return timer

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name, context=context)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def run_in_executor(self, executor, func, *args):
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def call_exception_handler(self, context):
        import sys
        message = context.get('message', 'Unhandled exception in event loop')
        print(message, file=sys.stderr)

    def _turn(self):
        if self._ready or self._stopping:
            pause = 0
        elif self._timers:
            pause = max(0, self._timers[0]._when - self.time())
        else:
            pause = None
        if pause:
            _time.sleep(pause)
        now = self.time()
        while self._timers:
            first = self._timers[0]
            if first._cancelled:
                heapq.heappop(self._timers)
            elif first._when <= now:
                heapq.heappop(self._timers)
                self._ready.append(first)
            else:
                break
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_forever(self):
        global _running
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running = self
        try:
            while True:
                if not self._ready and not self._timers and not self._stopping:
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._turn()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running = None

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_of)
        try:
            self.run_forever()
        except RuntimeError:
            if not future.done():
                raise RuntimeError('Event loop stopped before Future completed.')
            raise
        finally:
            future.remove_done_callback(_stop_loop_of)
        return future.result()


def _stop_loop_of(fut):
    fut._loop.stop()


SelectorEventLoop = BaseEventLoop


def new_event_loop():
    return BaseEventLoop()


def get_running_loop():
    if _running is None:
        raise RuntimeError('no running event loop')
    return _running


def _get_running_loop():
    return _running


def get_event_loop():
    global _default_loop
    if _running is not None:
        return _running
    if _default_loop is None or _default_loop._closed:
        _default_loop = new_event_loop()
    return _default_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


# ---- futures and tasks ----------------------------------------------------

_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def _state_repr(self):
        text = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                text += ' exception=' + repr(self._exception)
            else:
                text += ' result=' + repr(self._result)
        return text

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state_repr())

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        state = self._state
        if state == _FINISHED:
            if self._exception is None:
                return self._result
            raise self._exception.with_traceback(self._exception.__traceback__)
        if state == _PENDING:
            raise InvalidStateError('Result is not ready.')
        raise self._make_cancelled_error()

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context if context is not None else contextvars.copy_context()))

    def remove_done_callback(self, fn):
        kept = [(f, c) for f, c in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn, context in callbacks:
            self._loop.call_soon(fn, self, context=context)

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        exc = exception() if isinstance(exception, type) else exception
        if type(exc) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._finish(None, exc)

    def _finish(self, result, exc):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result, self._exception = result, exc
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and hasattr(obj, 'add_done_callback')


_task_counter = 0
_all_tasks = []


def _coro_repr(coro, code):
    name = getattr(coro, '__qualname__', None) or type(coro).__name__
    where = ''
    if code is not None:
        if getattr(coro, 'cr_frame', None) is None:
            where = ' done, defined at %s:%s' % (code.co_filename, code.co_firstlineno)
        else:
            where = ' running at %s:%s' % (code.co_filename, coro.cr_frame.f_lineno)
    return '%s()%s' % (name, where)


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            _task_counter += 1
            name = 'Task-%d' % _task_counter
        self._name = str(name)
        self._coro = coro
        # Kept here because the Light VM drops cr_code once a coroutine finishes.
        self._coro_code = getattr(coro, 'cr_code', None)
        self._waiting_on = None
        self._must_cancel = False
        self._num_cancels = 0
        self._context = context if context is not None else contextvars.copy_context()
        self._loop.call_soon(self._step, context=self._context)
        _all_tasks.append(self)

    def __repr__(self):
        text = '<Task %s name=%r coro=<%s>' % (self._state.lower(), self._name, _coro_repr(self._coro, self._coro_code))
        if self._state == _FINISHED:
            if self._exception is not None:
                text += ' exception=' + repr(self._exception)
            else:
                text += ' result=' + repr(self._result)
        elif self._waiting_on is not None:
            text += ' wait_for=' + repr(self._waiting_on)
        return text + '>'

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._num_cancels += 1
        # A task parked on a future cancels that future; its wake-up then throws
        # CancelledError in. Otherwise the next step throws it.
        waiting_on = self._waiting_on
        if waiting_on is None or not waiting_on.cancel(msg=msg):
            self._must_cancel, self._cancel_message = True, msg
        return True

    def cancelling(self):
        return self._num_cancels

    def uncancel(self):
        if self._num_cancels > 0:
            self._num_cancels -= 1
        return self._num_cancels

    def _step(self, exc=None):
        global _current_task
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._waiting_on = None
        outer, _current_task = _current_task, self
        try:
            if exc is None:
                awaited = self._coro.send(None)
            else:
                awaited = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as err:
            self._cancel_message = err.args[0] if err.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as err:
            Future.set_exception(self, err)
            raise
        except BaseException as err:
            Future.set_exception(self, err)
        else:
            self._park(awaited)
        finally:
            _current_task = outer

    def _park(self, awaited):
        if awaited is None:
            self._loop.call_soon(self._step, context=self._context)
        elif getattr(awaited, '_asyncio_future_blocking', None) is not None:
            if awaited is self:
                err = RuntimeError('Task cannot await on itself: %r' % (self,))
                self._loop.call_soon(self._step, err, context=self._context)
            elif awaited._asyncio_future_blocking:
                awaited._asyncio_future_blocking = False
                awaited.add_done_callback(self._wake, context=self._context)
                self._waiting_on = awaited
                if self._must_cancel and awaited.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            else:
                err = RuntimeError('yield was used instead of yield from in task %r with %r' % (self, awaited))
                self._loop.call_soon(self._step, err, context=self._context)
        else:
            err = RuntimeError('Task got bad yield: %r' % (awaited,))
            self._loop.call_soon(self._step, err, context=self._context)

    def _wake(self, fut):
        try:
            fut.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


_current_task = None


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    return {t for t in _all_tasks if not t.done()}


def iscoroutine(obj):
    return hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, 'close') and not hasattr(obj, '__next__') \
        or type(obj).__name__ == 'coroutine'


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    while code is None and hasattr(func, 'func'):
        func = func.func
        code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80) or getattr(func, '_is_coroutine', None) is _is_coroutine


_is_coroutine = object()


def ensure_future(obj, *, loop=None):
    if isfuture(obj):
        return obj
    if iscoroutine(obj):
        return (loop or get_event_loop()).create_task(obj)
    if hasattr(obj, '__await__'):
        async def wrap():
            return await obj
        return ensure_future(wrap(), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _resolve_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


def _resolve_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def run(main, *, debug=None):
    if _running is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            left = [t for t in _all_tasks if t._loop is loop and not t.done()]
            for task in left:
                task.cancel()
            if left:
                loop.run_until_complete(gather(*left, return_exceptions=True))
        finally:
            _all_tasks[:] = [t for t in _all_tasks if t._loop is not loop]
            set_event_loop(None)
            loop.close()


from asyncio._combine import *  # noqa: E402,F401,F403
from asyncio._sync import *  # noqa: E402,F401,F403
