"""Threads for the Light tier, which has one thread.

Thread.start() runs the target to completion at once, in the calling thread, so
join() always finds it finished. Locks never block: acquiring a held lock
without a timeout (or waiting on an unset Event or an un-notified Condition)
would wait forever, so it raises RuntimeError instead of hanging.
"""

import sys as _sys

TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1
_next_ident = _MAIN_IDENT
_name_counter = 0
_live = {}
_current = None


class BrokenBarrierError(RuntimeError):
    pass


def get_ident():
    return _current.ident if _current is not None else _MAIN_IDENT


get_native_id = get_ident


def _deadlock(what):
    return RuntimeError('%s would block forever: the Light tier runs a single thread' % what)


class Lock:
    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._held:
            self._held = True
            return True
        if blocking and timeout < 0:
            raise _deadlock('acquiring a held lock')
        return False

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False

    def locked(self):
        return self._held

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        return '<%s %s object at 0x%x>' % ('locked' if self._held else 'unlocked', '_thread.lock', id(self))


allocate_lock = Lock


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count and self._owner != me:
            if blocking and timeout < 0:
                raise _deadlock('acquiring an RLock held by another thread')
            return False
        self._owner = me
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return '<%s _thread.RLock object owner=%r count=%d at 0x%x>' % (state, self._owner or 0, self._count, id(self))


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def _check_owned(self, what):
        owned = self._lock._is_owned() if hasattr(self._lock, '_is_owned') else self._lock.locked()
        if not owned:
            raise RuntimeError('cannot %s on un-acquired lock' % what)

    def wait(self, timeout=None):
        self._check_owned('wait')
        if timeout is None:
            raise _deadlock('Condition.wait() without a timeout')
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self.wait(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        self._check_owned('notify')

    def notify_all(self):
        self._check_owned('notify')

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if blocking and timeout is None:
            raise _deadlock('acquiring a semaphore at zero')
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _deadlock('Event.wait() on an unset event without a timeout')
        return False


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self.parties = parties
        self.n_waiting = 0
        self.broken = False
        self._action = action

    def wait(self, timeout=None):
        if self.parties != 1:
            raise _deadlock('Barrier.wait() with more than one party')
        if self._action is not None:
            self._action()
        return 0

    def reset(self):
        self.broken = False

    def abort(self):
        self.broken = True


class local:
    pass


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _name_counter
        assert group is None, 'group argument must be None for now'
        if name is None:
            _name_counter += 1
            name = 'Thread-%d' % _name_counter
            if target is not None and getattr(target, '__name__', None):
                name += ' (%s)' % target.__name__
        self._name = str(name)
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = False
        self._finished = False

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._finished:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        global _next_ident, _current
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        _next_ident += 1
        self._ident = _next_ident
        _live[self._ident] = self
        outer, _current = _current, self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _current = outer
            self._finished = True
            del _live[self._ident]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    def is_alive(self):
        return self._started and not self._finished

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = value

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, value):
        self.daemon = value

    def getName(self):
        return self._name

    def setName(self, value):
        self.name = value


class _MainThread(Thread):
    def __init__(self):
        self._name = 'MainThread'
        self._target = None
        self._daemonic = False
        self._ident = _MAIN_IDENT
        self._started = True
        self._finished = False


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            import time
            time.sleep(self.interval)
            if not self.finished.is_set():
                self.function(*self.args, **self.kwargs)
        self.finished.set()


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    print('Exception in thread %s:' % name, file=_sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)


__excepthook__ = excepthook
_main = _MainThread()
_live[_MAIN_IDENT] = _main


def current_thread():
    return _current if _current is not None else _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return len(_live)


activeCount = active_count


def enumerate():
    return list(_live.values())


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    return 0


__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id']
ThreadError = RuntimeError
