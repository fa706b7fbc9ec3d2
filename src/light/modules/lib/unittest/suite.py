"""TestSuite: tests run in order, with each class's and module's fixtures around them."""
import sys

from .case import SkipTest, strclass, _record_skip

__unittest = True


class _ErrorHolder:
    """Stands for a fixture (setUpClass, setUpModule ...) that failed, in the result."""
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.description

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _report_fixture_error(result, exc, where, owner):
    holder = _ErrorHolder(f"{where} ({owner})")
    if isinstance(exc, SkipTest):
        _record_skip(result, holder, str(exc))
    else:
        result.addError(holder, sys.exc_info())


class BaseTestSuite:
    """An ordered collection of tests, itself runnable as one."""
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self if t is not None)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (BaseTestSuite, _test_case_class())):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _test_case_class():
    from .case import TestCase
    return TestCase


class TestSuite(BaseTestSuite):
    def run(self, result, debug=False):
        outermost = not getattr(result, "_testRunEntered", False)
        if outermost:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if not isinstance(test, BaseTestSuite):
                self._leave_class(test, result)
                self._enter_module(test, result)
                self._enter_class(test, result)
                result._previousTestClass = test.__class__
                if getattr(test.__class__, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed",
                                                                                  False):
                    continue
            test(result)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._testRunEntered = False
        return result

    def _enter_class(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        cls = test.__class__
        if cls == previous or getattr(result, "_moduleSetUpFailed", False) or getattr(cls, "__unittest_skip__",
                                                                                       False):
            return
        cls._classSetupFailed = False
        set_up = getattr(cls, "setUpClass", None)
        if set_up is None:
            return
        try:
            set_up()
        except Exception as e:
            cls._classSetupFailed = True
            _report_fixture_error(result, e, "setUpClass", strclass(cls))
            cls.doClassCleanups()
            for info in getattr(cls, "tearDown_exceptions", []):
                _report_class_cleanup(result, info, cls)

    def _leave_class(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        if previous is None or test is not None and previous == test.__class__:
            return
        if getattr(previous, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False) \
                or getattr(previous, "__unittest_skip__", False):
            return
        tear_down = getattr(previous, "tearDownClass", None)
        if tear_down is not None:
            try:
                tear_down()
            except Exception as e:
                _report_fixture_error(result, e, "tearDownClass", strclass(previous))
        if hasattr(previous, "doClassCleanups"):
            previous.doClassCleanups()
            for info in previous.tearDown_exceptions:
                _report_class_cleanup(result, info, previous)

    def _module_of(self, result):
        previous = getattr(result, "_previousTestClass", None)
        return previous.__module__ if previous is not None else None

    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if name == self._module_of(result):
            return
        self._leave_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        set_up = getattr(module, "setUpModule", None)
        if set_up is None:
            return
        try:
            set_up()
        except Exception as e:
            result._moduleSetUpFailed = True
            _report_fixture_error(result, e, "setUpModule", name)

    def _leave_module(self, result):
        name = self._module_of(result)
        if name is None or getattr(result, "_moduleSetUpFailed", False):
            return
        module = sys.modules.get(name)
        tear_down = getattr(module, "tearDownModule", None)
        if tear_down is None:
            return
        try:
            tear_down()
        except Exception as e:
            _report_fixture_error(result, e, "tearDownModule", name)


def _report_class_cleanup(result, info, cls):
    holder = _ErrorHolder(f"tearDownClass ({strclass(cls)})")
    result.addError(holder, info)
