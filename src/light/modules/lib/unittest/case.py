"""TestCase and its assertions, skipping, expected failures and sub-tests."""
import sys

__unittest = True  # frames of this module are left out of failure tracebacks

_MAX_LENGTH = 80  # a repr longer than this is shortened in failure messages
_PLACEHOLDER = 12  # the room "[N chars]" takes
_KEEP_BEGIN = 5
_KEEP_END = 5
_KEEP_COMMON = 5


class SkipTest(Exception):
    """Raise in a test (or setUp) to skip it."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def _elide(text, begin, end):
    dropped = len(text) - begin - end
    if dropped > _PLACEHOLDER:
        return f"{text[:begin]}[{dropped:d} chars]{text[len(text) - end:]}"
    return text


def _shorten_reprs(*args):
    """The reprs of args, a long shared beginning elided first, then long differing tails."""
    reprs = [safe_repr(a) for a in args]
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    shared = 0
    shortest = min(reprs, key=len)
    while shared < len(shortest) and all(r[shared] == shortest[shared] for r in reprs):
        shared += 1
    keep_common = _MAX_LENGTH - (longest - shared + _KEEP_BEGIN + _PLACEHOLDER)
    if keep_common > _KEEP_COMMON:
        head = _elide(reprs[0][:shared], _KEEP_BEGIN, keep_common)
        return tuple(head + r[shared:] for r in reprs)
    head = _elide(reprs[0][:shared], _KEEP_BEGIN, _KEEP_COMMON)
    keep_diff = _MAX_LENGTH - (_KEEP_BEGIN + _PLACEHOLDER + _KEEP_COMMON)
    return tuple(head + _elide(r[shared:], keep_diff, _KEEP_END) for r in reprs)


def _diff_lines(first_lines, second_lines):
    """ndiff's lines, or nothing where difflib is missing."""
    try:
        import difflib
    except ImportError:
        return None
    return list(difflib.ndiff(first_lines, second_lines))


def _pformat(obj):
    try:
        import pprint
    except ImportError:
        return repr(obj)
    return pprint.pformat(obj)


# ---- skipping

def skip(reason):
    """Marks a test (or a TestCase class) as skipped."""
    def mark(item):
        if not isinstance(item, type):
            test = item

            def item(*args, **kwargs):
                raise SkipTest(reason)
            item.__name__ = test.__name__
            item.__qualname__ = test.__qualname__
            item.__doc__ = test.__doc__
            item.__wrapped__ = test
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, type(skip)):
        test, reason = reason, ""
        return mark(test)
    return mark


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda item: item)


def skipUnless(condition, reason):
    return (lambda item: item) if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---- running one test

class _Run:
    """The outcome of one test run: what failed, whether it was expected to."""

    def __init__(self, result, expecting_failure):
        self.result = result
        self.expecting_failure = expecting_failure
        self.success = True
        self.expected_failure = None

    def part(self, case, subtest=None):
        """Runs a part of the test (setUp, the method, a sub-test, tearDown) as a context manager."""
        return _Part(self, case, subtest)


class _Part:
    def __init__(self, run, case, subtest):
        self.run, self.case, self.subtest = run, case, subtest

    def __enter__(self):
        self.was_ok = self.run.success
        self.run.success = True

    def __exit__(self, kind, value, tb):
        run = self.run
        if kind is None:
            if self.subtest is not None and run.success:
                run.result.addSubTest(self.case, self.subtest, None)
        elif issubclass(kind, KeyboardInterrupt):
            run.success = run.success and self.was_ok
            return False
        elif issubclass(kind, SkipTest):
            run.success = False
            _record_skip(run.result, self.subtest or self.case, str(value))
        elif issubclass(kind, _ShouldStop):
            pass
        elif run.expecting_failure:
            run.expected_failure = (kind, value, tb)
        else:
            run.success = False
            if self.subtest is not None:
                run.result.addSubTest(self.case, self.subtest, (kind, value, tb))
            else:
                _record_error(run.result, self.case, (kind, value, tb))
        run.success = run.success and self.was_ok
        return True


def _record_skip(result, test, reason):
    add = getattr(result, "addSkip", None)
    if add is None:
        import warnings
        warnings.warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add(test, reason)


def _record_error(result, test, exc_info):
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _SubTestContext:
    def __init__(self, case, message, params):
        self.case, self.message, self.params = case, message, params

    def __enter__(self):
        case = self.case
        run = case._run
        self.parent = case._subtest
        params = dict(self.parent.params) if self.parent is not None else {}
        params.update(self.params)
        case._subtest = _SubTest(case, self.message, params)
        self.part = run.part(case, case._subtest) if run is not None else None
        if self.part is not None:
            self.part.__enter__()

    def __exit__(self, kind, value, tb):
        case = self.case
        try:
            if self.part is None:
                return False
            handled = self.part.__exit__(kind, value, tb)
            if not case._run.success:
                result = case._run.result
                if getattr(result, "failfast", False):
                    raise _ShouldStop
                if case._run.expected_failure:
                    raise _ShouldStop
            return handled
        finally:
            case._subtest = self.parent


_NO_MESSAGE = object()


class TestCase:
    """A group of test methods (named test*) sharing setUp and tearDown."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._run = None
        self._subtest = None
        self._testMethodDoc = "No test"
        self._cleanups = []
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError(f"no such test method in {self.__class__}: {methodName}")
        else:
            self._testMethodDoc = getattr(method, "__func__", method).__doc__
        self._type_equality = {dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
                               set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual"}

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls.__dict__.get("_class_cleanups") or setattr(cls, "_class_cleanups", [])
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def doClassCleanups(cls):
        """Runs the class cleanups, last added first, keeping what each raised."""
        raised = cls.tearDown_exceptions = []
        pending = cls.__dict__.get("_class_cleanups", [])
        for _ in range(len(pending)):
            cleanup = pending.pop()
            try:
                cleanup[0](*cleanup[1], **cleanup[2])
            except Exception:
                raised.append(sys.exc_info())

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return f"{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    def subTest(self, msg=_NO_MESSAGE, **params):
        """A context in which a failure is reported for this sub-test and the test goes on."""
        return _SubTestContext(self, msg, params)

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            start = getattr(result, "startTestRun", None)
            if start is not None:
                start()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = (getattr(self.__class__, "__unittest_skip_why__", "")
                       or getattr(method, "__unittest_skip_why__", ""))
                _record_skip(result, self, why)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            run = self._run = _Run(result, expecting)
            try:
                with run.part(self):
                    self.setUp()
                if run.success:
                    run.expecting_failure = expecting
                    with run.part(self):
                        method()
                    run.expecting_failure = False
                    with run.part(self):
                        self.tearDown()
                self.doCleanups()
                if run.success:
                    if expecting:
                        if run.expected_failure:
                            self._expected(result, run.expected_failure)
                        else:
                            self._unexpected(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                run.result = None
                run.expected_failure = None
                self._run = None
        finally:
            result.stopTest(self)
            if own_result:
                stop = getattr(result, "stopTestRun", None)
                if stop is not None:
                    stop()

    def _expected(self, result, exc_info):
        add = getattr(result, "addExpectedFailure", None)
        if add is None:
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _unexpected(self, result):
        add = getattr(result, "addUnexpectedSuccess", None)
        if add is None:
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            add(self)

    def doCleanups(self):
        run = self._run or _Run(None, False)
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with run.part(self):
                function(*args, **kwargs)
        return run.success

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure text: the standard one, the caller's msg after it (or instead, without longMessage)."""
        if msg is None:
            return standardMsg
        return f"{standardMsg} : {msg}" if self.longMessage else msg

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + f"\nDiff is {len(diff)} characters long. Set self.maxDiff to None to see it."

    # ---- truth, identity, membership

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, f"{safe_repr(expr)} is not true"))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, f"{safe_repr(expr)} is not false"))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, f"{safe_repr(expr1)} is not {safe_repr(expr2)}"))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, f"unexpectedly identical: {safe_repr(expr1)}"))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, f"{safe_repr(obj)} is not None"))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, f"{safe_repr(member)} not found in {safe_repr(container)}"))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, f"{safe_repr(member)} unexpectedly found in {safe_repr(container)}"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{safe_repr(obj)} is not an instance of {cls!r}"))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, f"{safe_repr(obj)} is an instance of {cls!r}"))

    # ---- ordering

    def _compare(self, ok, a, b, words, msg):
        if not ok:
            self.fail(self._formatMessage(msg, f"{safe_repr(a)} {words} {safe_repr(b)}"))

    def assertLess(self, a, b, msg=None):
        self._compare(a < b, a, b, "not less than", msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a <= b, a, b, "not less than or equal to", msg)

    def assertGreater(self, a, b, msg=None):
        self._compare(a > b, a, b, "not greater than", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a >= b, a, b, "not greater than or equal to", msg)

    # ---- equality

    def _equality_function(self, first, second):
        if type(first) is type(second):
            name = self._type_equality.get(type(first))
            if name is not None:
                return getattr(self, name) if isinstance(name, str) else name
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, "%s != %s" % _shorten_reprs(first, second)))

    def assertEqual(self, first, second, msg=None):
        self._equality_function(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, f"{safe_repr(first)} == {safe_repr(second)}"))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = f"{safe_repr(first)} != {safe_repr(second)} within {safe_repr(delta)} delta " \
                       f"({safe_repr(gap)} difference)"
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            standard = f"{safe_repr(first)} != {safe_repr(second)} within {places!r} places " \
                       f"({safe_repr(gap)} difference)"
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        gap = abs(first - second)
        if delta is not None:
            if not first == second and gap > delta:
                return
            standard = f"{safe_repr(first)} == {safe_repr(second)} within {safe_repr(delta)} delta " \
                       f"({safe_repr(gap)} difference)"
        else:
            places = 7 if places is None else places
            if not first == second and round(gap, places) != 0:
                return
            standard = f"{safe_repr(first)} == {safe_repr(second)} within {places!r} places"
        self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        first_lines = first.splitlines(keepends=True)
        second_lines = second.splitlines(keepends=True)
        if len(first_lines) == 1 and first.strip("\r\n") == first:
            first_lines = [first + "\n"]
            second_lines = [second + "\n"]
        standard = "%s != %s" % _shorten_reprs(first, second)
        diff = _diff_lines(first_lines, second_lines)
        if diff is not None:
            standard = self._truncateMessage(standard, "\n" + "".join(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException(f"First sequence is not a {kind}: {safe_repr(seq1)}")
            if not isinstance(seq2, seq_type):
                raise self.failureException(f"Second sequence is not a {kind}: {safe_repr(seq2)}")
        else:
            kind = "sequence"
        problem = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            problem = f"First {kind} has no length.    Non-sequence?"
        if problem is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                problem = f"Second {kind} has no length.    Non-sequence?"
        if problem is None:
            if seq1 == seq2:
                return
            problem = "%ss differ: %s != %s\n" % ((kind.capitalize(),) + _shorten_reprs(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    problem += f"\nUnable to index element {i} of first {kind}\n"
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    problem += f"\nUnable to index element {i} of second {kind}\n"
                    break
                if item1 != item2:
                    problem += f"\nFirst differing element {i}:\n{safe_repr(item1)}\n{safe_repr(item2)}\n"
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 != len2:
                longer, extra, at = ("First", len1 - len2, len2) if len1 > len2 else ("Second", len2 - len1, len1)
                source = seq1 if len1 > len2 else seq2
                problem += f"\n{longer} {kind} contains {extra} additional elements.\n"
                try:
                    # CPython says "First extra element" whichever is longer.
                    problem += f"First extra element {at}:\n{safe_repr(source[at])}\n"
                except (TypeError, IndexError, NotImplementedError):
                    problem += f"Unable to index element {at} of {longer.lower()} {kind}\n"
        diff = _diff_lines(_pformat(seq1).splitlines(), _pformat(seq2).splitlines())
        if diff is not None:
            problem = self._truncateMessage(problem, "\n" + "\n".join(diff))
        self.fail(self._formatMessage(msg, problem))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        lines = []
        for a, b, which, other in ((set1, set2, "first", "second"), (set2, set1, "second", "first")):
            try:
                extra = a.difference(b)
            except TypeError as e:
                self.fail(f"invalid type when attempting set difference: {e}")
            except AttributeError as e:
                self.fail(f"{which} argument does not support set difference: {e}")
            if extra:
                lines += [f"Items in the {which} set but not the {other}:"] + [repr(item) for item in extra]
        if lines:
            self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 == d2:
            return
        standard = "%s != %s" % _shorten_reprs(d1, d2)
        diff = _diff_lines(_pformat(d1).splitlines(), _pformat(d2).splitlines())
        if diff is not None:
            standard = self._truncateMessage(standard, "\n" + "\n".join(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        """first and second hold the same items as many times each, in any order."""
        first, second = list(first), list(second)
        differences = []
        for item in _in_order(first + second):
            a, b = first.count(item), second.count(item)
            if a != b:
                differences.append((a, b, item))
        if differences:
            lines = ["Element counts were not equal:"]
            lines.extend("First has %d, Second has %d:  %r" % d for d in differences)
            self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(
                msg, f"Regex didn't match: {expected_regex.pattern!r} not found in {text!r}"))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self.fail(self._formatMessage(msg, f"Regex matched: {text[found.start():found.end()]!r} matches "
                                               f"{unexpected_regex.pattern!r} in {text!r}"))

    # ---- exceptions

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesContext(expected_exception, self, None).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _RaisesContext(expected_exception, self, expected_regex).handle("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsContext(expected_warning, self, None).handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _WarnsContext(expected_warning, self, expected_regex).handle("assertWarnsRegex", args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context in which logger (the root by default) must log at level (INFO) or above."""
        return _LogsContext(self, logger, level, expect_logs=True)

    def assertNoLogs(self, logger=None, level=None):
        return _LogsContext(self, logger, level, expect_logs=False)


def _in_order(items):
    """Each distinct item once, in first-seen order (works for unhashable items too)."""
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _name_of(kinds):
    return getattr(kinds, "__name__", None) or str(kinds)


class _ExpectationContext:
    """What assertRaises and assertWarns share: the callable form, msg=, the failure."""

    obj_name = msg = expected_regex = None

    def __init__(self, expected, test_case, expected_regex):
        self.expected, self.test_case = expected, test_case
        if expected_regex is not None:
            import re
            self.expected_regex = re.compile(expected_regex)

    def _check_kinds(self, name, kinds):
        items = kinds if isinstance(kinds, tuple) else (kinds,)
        if not all(isinstance(k, type) and issubclass(k, self._base) for k in items):
            raise TypeError(f"{name}() arg 1 must be {self._what}")

    def handle(self, name, args, kwargs):
        """With no callable: the context manager itself; else calls it inside the context."""
        self._check_kinds(name, self.expected)
        if args:
            function = args[0]
            self.obj_name = getattr(function, "__name__", None) or str(function)
            with self:
                function(*args[1:], **kwargs)
            return None
        self.msg = kwargs.pop("msg", None)
        for unexpected in kwargs:
            raise TypeError(f"{unexpected!r} is an invalid keyword argument for this function")
        return self

    def _raise_failure(self, standard):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standard))


class _RaisesContext(_ExpectationContext):
    _base = BaseException
    _what = "an exception type or tuple of exception types"

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            name = _name_of(self.expected)
            if self.obj_name:
                self._raise_failure(f"{name} not raised by {self.obj_name}")
            self._raise_failure(f"{name} not raised")
        if not issubclass(kind, self.expected):
            return False
        self.exception = value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(value)):
            self._raise_failure(f'"{self.expected_regex.pattern}" does not match "{value}"')
        return True


class _WarnsContext(_ExpectationContext):
    _base = Warning
    _what = "a warning type or tuple of warning types"

    def __enter__(self):
        import warnings
        # Warnings already shown once must show again here.
        for registry in [getattr(m, "__warningregistry__", None) for m in list(sys.modules.values())]:
            if registry:
                registry.clear()
        catcher = self._catcher = warnings.catch_warnings(record=True)
        self.warnings = catcher.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, kind, value, tb):
        self._catcher.__exit__(kind, value, tb)
        if kind is not None:
            return False
        first = None
        for w in self.warnings:
            if not isinstance(w.message, self.expected):
                continue
            if first is None:
                first = w.message
            if self.expected_regex is not None and not self.expected_regex.search(str(w.message)):
                continue
            self.warning, self.filename, self.lineno = w.message, w.filename, w.lineno
            return
        if first is not None:
            self._raise_failure(f'"{self.expected_regex.pattern}" does not match "{first}"')
        name = _name_of(self.expected)
        if self.obj_name:
            self._raise_failure(f"{name} not triggered by {self.obj_name}")
        self._raise_failure(f"{name} not triggered")


class _LogsContext:
    """Captures what a logger emits while the context lasts (its handlers set aside)."""

    def __init__(self, test_case, logger_name, level, expect_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.expect_logs = expect_logs

    def __enter__(self):
        import logging
        named = self.logger_name
        self.logger = logger = named if isinstance(named, logging.Logger) else logging.getLogger(named)
        self.watcher = watcher = _LogRecords()
        handler = _CapturingHandler(watcher)
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return watcher if self.expect_logs else None

    def __exit__(self, kind, value, tb):
        import logging
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)
        if kind is not None:
            return False
        failure = None
        if self.expect_logs and not self.watcher.records:
            failure = (f"no logs of level {logging.getLevelName(self.level)} or higher triggered on "
                       f"{self.logger.name}")
        elif not self.expect_logs and self.watcher.records:
            failure = f"Unexpected logs found: {self.watcher.output!r}"
        if failure:
            raise self.test_case.failureException(self.test_case._formatMessage(None, failure))


class _LogRecords:
    def __init__(self):
        self.records, self.output = [], []


def _CapturingHandler(watcher):
    import logging

    class CapturingHandler(logging.Handler):
        def emit(self, record):
            watcher.records.append(record)
            watcher.output.append(self.format(record))

        def flush(self):
            pass

    return CapturingHandler()


class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append(f"[{self._message}]")
        if self.params:
            parts.append("(" + ", ".join(f"{k}={v!r}" for k, v in self.params.items()) + ")")
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional set-up and tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._testFunc, self._description = testFunc, description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None
