"""TestLoader: finds the tests in classes, modules and dotted names."""
import functools
import sys

from .case import TestCase, FunctionTestCase
from .suite import TestSuite

__unittest = True


def _three_way(a, b):
    return (a > b) - (a < b)


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one testCaseClass instance per test method (or its runTest when it has none)."""
        if not issubclass(testCaseClass, TestSuite):
            names = self.getTestCaseNames(testCaseClass) or \
                (["runTest"] if hasattr(testCaseClass, "runTest") else [])
            return self.suiteClass([testCaseClass(name) for name in names])
        raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")

    def getTestCaseNames(self, testCaseClass):
        def wanted(name):
            if not name.startswith(self.testMethodPrefix) or not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            import fnmatch
            full = f"{testCaseClass.__module__}.{testCaseClass.__qualname__}.{name}"
            return any(fnmatch.fnmatchcase(full, p) for p in self.testNamePatterns)
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = [self.loadTestsFromTestCase(obj) for obj in (getattr(module, n) for n in dir(module))
                 if isinstance(obj, type) and issubclass(obj, TestCase)]
        suite = self.suiteClass(tests)
        load_tests = getattr(module, "load_tests", None)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module = __import__(".".join(remaining))
                    break
                except ImportError:
                    remaining.pop()
                    if not remaining:
                        raise
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test if isinstance(test, TestSuite) else self.suiteClass([test])
            raise TypeError(f"calling {obj} returned {test}, not a test")
        raise TypeError(f"don't know how to make test from: {obj}")

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()
