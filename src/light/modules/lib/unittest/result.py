"""TestResult: the record of a test run."""

__unittest = True


def _stops_on_failure(method):
    def recording(self, *args, **kwargs):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kwargs)
    recording.__name__ = method.__name__
    return recording


class TestResult:
    """Which tests ran, and which failed, errored, were skipped or went unexpectedly."""
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    @_stops_on_failure
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @_stops_on_failure
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, "failfast", False):
            self.stop()
        into = self.failures if issubclass(err[0], test.failureException) else self.errors
        into.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stops_on_failure
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback of err as text, without the frames of unittest itself."""
        import traceback
        kind, value, tb = err
        while tb is not None and _in_unittest(tb):
            tb = tb.tb_next
        limit = None
        if kind is test.failureException:
            limit = 0
            step = tb
            while step is not None and not _in_unittest(step):
                limit += 1
                step = step.tb_next
        lines = traceback.TracebackException(kind, value, tb, limit=limit, capture_locals=self.tb_locals,
                                             compact=True).format()
        return "".join(lines)

    def __repr__(self):
        return (f"<{self.__class__.__module__}.{self.__class__.__qualname__} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")


def _in_unittest(tb):
    return "__unittest" in tb.tb_frame.f_globals
