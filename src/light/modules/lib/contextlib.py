"""Helpers for with statements: context managers made from generators, exit stacks, suppress and redirect."""
import abc
import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing", "chdir"]


def _defines(C, *methods):
    from collections.abc import _defines
    return _defines(C, *methods)


class AbstractContextManager(abc.ABC):
    """The ABC of objects with __enter__ and __exit__."""
    __slots__ = ()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """The ABC of objects with __aenter__ and __aexit__."""
    __slots__ = ()

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """Mixin letting a context manager decorate a function, which then runs inside it."""

    def _recreate_cm(self):
        """A fresh context manager for each decorated call; this one by default."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


_EXHAUSTED = object()


def _is_thrown_exception(exc, value, stop_kinds):
    """Whether exc, escaping a generator that value was thrown into, is value coming back:
    itself, or (PEP 479) a RuntimeError wrapping value when value was a stop signal."""
    if exc is value:
        return True
    return isinstance(exc, RuntimeError) and isinstance(value, stop_kinds) and exc.__cause__ is value


class _GeneratorContextManagerBase:
    """What the context managers of @contextmanager and @asynccontextmanager share."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The generator function's docstring describes the context manager best.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """The context manager a @contextmanager function returns."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager, which entering rules out.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if next(self.gen, _EXHAUSTED) is _EXHAUSTED:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator swallowed the exception, unless it re-raised a StopIteration from the body.
            return exc is not value
        except BaseException as exc:
            if not _is_thrown_exception(exc, value, StopIteration):
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager):
    """The context manager an @asynccontextmanager function returns."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if not _is_thrown_exception(exc, value, (StopIteration, StopAsyncIteration)):
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: a generator function becomes a context manager factory;
    the code before its yield runs on entry, the code after it on exit."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async generator version of @contextmanager."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Enter as thing; call thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Enter as thing; await thing.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so the same object can be entered again while in use.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Point sys.stdout at new_target while inside."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Point sys.stderr at new_target while inside."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception types raised inside."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """Collect exit callbacks and context managers as they come, and unwind them all, last first, on exit."""

    def __init__(self):
        # (is_sync, callback) pairs, run last first.
        self._exit_callbacks = []

    def pop_all(self):
        """Move the callbacks to a new stack, which this one's exit will not run."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an __exit__-style callback, or an object's __exit__; it may suppress exceptions."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm, schedule its __exit__, and return what its __enter__ returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds) for exit; it cannot suppress exceptions."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        # Lets introspection see what was registered.
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((True, _exit_wrapper))

    def close(self):
        """Run the callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception being handled around the with-statement, which a callback's
        # new exception must not be chained to twice.
        frame_exc = sys.exc_info()[1]
        suppressed_exc = pending_raise = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc, pending_raise = True, False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _chain_to(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            # Raising resets __context__ to the exception being handled; keep the chain built above.
            exc = exc_details[1]
            fixed_ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc


def _chain_to(new_exc, old_exc, frame_exc):
    """Make old_exc the context at the end of new_exc's own chain, as nested with-statements would."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing, entering as enter_result: a stand-in for an optional one."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Change the working directory while inside (for the whole process)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
