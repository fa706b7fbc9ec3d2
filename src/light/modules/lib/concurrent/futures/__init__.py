"""Executors for the Light tier, which has one thread: submit() runs the call at
once and hands back a finished Future, so result(), wait() and as_completed()
never block."""

import time as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class Error(Exception):
    pass


class CancelledError(Error):
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._state = 'PENDING'
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        if self._state == 'FINISHED':
            if self._exception is not None:
                return '<Future at 0x%x state=finished raised %s>' % (id(self), type(self._exception).__name__)
            return '<Future at 0x%x state=finished returned %s>' % (id(self), type(self._result).__name__)
        return '<Future at 0x%x state=%s>' % (id(self), self._state.lower())

    def cancel(self):
        if self._state in ('RUNNING', 'FINISHED'):
            return False
        if self._state == 'PENDING':
            self._state = 'CANCELLED'
            self._run_callbacks()
        return True

    def cancelled(self):
        return self._state == 'CANCELLED'

    def running(self):
        return self._state == 'RUNNING'

    def done(self):
        return self._state in ('CANCELLED', 'FINISHED')

    def _outcome(self):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state != 'FINISHED':
            raise TimeoutError()

    def result(self, timeout=None):
        self._outcome()
        if self._exception is None:
            return self._result
        raise self._exception

    def exception(self, timeout=None):
        self._outcome()
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._callbacks.append(fn)

    def _run_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            fn(self)

    def set_running_or_notify_cancel(self):
        if self._state == 'CANCELLED':
            return False
        if self._state != 'PENDING':
            raise RuntimeError('Future in unexpected state')
        self._state = 'RUNNING'
        return True

    def set_result(self, result):
        if self.done():
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result, self._state = result, 'FINISHED'
        self._run_callbacks()

    def set_exception(self, exception):
        if self.done():
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._exception, self._state = exception, 'FINISHED'
        self._run_callbacks()


class Executor:
    _shut = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shut:
            raise RuntimeError('cannot schedule new futures after shutdown')
        fut = Future()
        fut.set_running_or_notify_cancel()
        try:
            value = fn(*args, **kwargs)
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(value)
        return fut

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return (fut.result() for fut in futures)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shut = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        if initializer is not None:
            initializer(*initargs)


class ProcessPoolExecutor(ThreadPoolExecutor):
    pass


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % self


def as_completed(fs, timeout=None):
    pending = []
    for f in dict.fromkeys(fs):
        if f.done():
            yield f
        else:
            pending.append(f)
    if pending:
        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(pending)))


__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor', 'InvalidStateError']
