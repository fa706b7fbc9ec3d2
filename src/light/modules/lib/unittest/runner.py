"""TextTestRunner and the TextTestResult it prints as it goes."""
import sys
import time

from .result import TestResult

__unittest = True


class _LineWriter:
    """A stream with writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ("stream", "__getstate__"):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, line=None):
        if line:
            self.write(line)
        self.write("\n")


class TextTestResult(TestResult):
    """Prints a character per test (verbosity 1) or a line per test (2), then the failures."""
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions, self.durations = stream, descriptions, durations
        self.dots, self.showAll = verbosity == 1, verbosity >= 2
        self._newline = True  # whether the line of the running test is finished

    def getDescription(self, test):
        doc = test.shortDescription()
        if self.descriptions and doc:
            return f"{test}\n{doc}"
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        from .case import _SubTest
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _report(self, test, word, char):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._report(subtest, "FAIL" if failed else "ERROR", "F" if failed else "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, "unexpected success", "u")

    def printErrors(self):
        """The errors, then the failures, then the unexpected successes, each under a rule."""
        if self.showAll or self.dots:
            self.stream.write("\n")
        for flavour, found in (("ERROR", self.errors), ("FAIL", self.failures)):
            self.printErrorList(flavour, found)
        if self.unexpectedSuccesses:
            text = [self.separator1] + [f"UNEXPECTED SUCCESS: {self.getDescription(t)}"
                                        for t in self.unexpectedSuccesses]
            self.stream.write("\n".join(text) + "\n")
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            heading = f"{flavour}: {self.getDescription(test)}"
            self.stream.write(f"{self.separator1}\n{heading}\n{self.separator2}\n{text}\n")
        self.stream.flush()


class TextTestRunner:
    """Runs a test or suite, printing its progress and a summary to a stream (stderr by default)."""
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _LineWriter(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity, self.warnings = descriptions, verbosity, warnings
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.resultclass = resultclass or self.resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        started = time.perf_counter()
        start = getattr(result, "startTestRun", None)
        if start is not None:
            start()
        try:
            test(result)
        finally:
            stop = getattr(result, "stopTestRun", None)
            if stop is not None:
                stop()
        taken = time.perf_counter() - started
        result.printErrors()
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        count = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (count, "s" if count != 1 else "", taken))
        self.stream.writeln()
        notes = []
        if result.wasSuccessful():
            self.stream.write("OK")
        else:
            self.stream.write("FAILED")
            if result.failures:
                notes.append(f"failures={len(result.failures)}")
            if result.errors:
                notes.append(f"errors={len(result.errors)}")
        for label, items in (("skipped", result.skipped), ("expected failures", result.expectedFailures),
                             ("unexpected successes", result.unexpectedSuccesses)):
            if items:
                notes.append(f"{label}={len(items)}")
        if notes:
            self.stream.writeln(" (" + ", ".join(notes) + ")")
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result
