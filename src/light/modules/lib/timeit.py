"""Timing small pieces of code: Timer, timeit(), repeat(), default_timer."""
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

dummy_src_name = "<timeit-src>"


def _indented(code, spaces):
    return code.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times stmt (text or a callable) after setup, run number times in a loop."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        # Without globals, the code sees this module's names (time, sys), as CPython's does.
        scope = _module_names if globals is None else globals
        passed = {}  # callables, handed to inner() as defaults
        body = {}
        for label, code in (("setup", setup), ("stmt", stmt)):
            if isinstance(code, str):
                compile(code, dummy_src_name, "exec")  # a syntax error points into the piece itself
                body[label] = _indented(code, 8 if label == "stmt" else 4)
            elif callable(code):
                passed["_" + label] = code
                body[label] = f"_{label}()"
            else:
                raise ValueError(f"{label} is neither a string nor callable")
        defaults = "".join(f", {name}={name}" for name in passed)
        self.src = (f"def inner(_it, _timer{defaults}):\n"
                    f"    {body['setup']}\n"
                    "    _t0 = _timer()\n"
                    "    for _i in _it:\n"
                    f"        {body['stmt']}\n"
                    "        pass\n"
                    "    _t1 = _timer()\n"
                    "    return _t1 - _t0\n")
        exec(compile(self.src, dummy_src_name, "exec"), scope, passed)
        self.inner = passed["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by number runs of the statement."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50 ... taking at least 0.2 s."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


_module_names = globals()


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
