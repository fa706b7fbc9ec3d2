# unittest: results, the runner's report, main() and its exit status.
import io
import re
import sys
import unittest


def report(text):
    print(re.sub(r"in \d+\.\d\d\ds", "in T", text.replace(__file__, "FILE")))


class Basic(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.items = [1, 2, 3]
        self.addCleanup(self.log.append, "cleanup")

    def tearDown(self):
        self.items = None

    def test_pass(self):
        self.assertEqual(sum(self.items), 6)
        self.assertTrue(self.items)
        self.assertIn(2, self.items)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", "l+")
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIsInstance(cm.exception, ZeroDivisionError)
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
        self.assertRaises(KeyError, {}.__getitem__, "k")

    def test_fail(self):
        """Checks a thing that is false."""
        self.assertEqual(1, 2)

    def test_error(self):
        raise KeyError("boom")

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided inside")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_zmessages(self):
        checks = [
            lambda: self.assertTrue(0, "custom"), lambda: self.assertFalse(1), lambda: self.assertIs(1, None),
            lambda: self.assertIsNot(None, None), lambda: self.assertIsNone(5), lambda: self.assertIsNotNone(None),
            lambda: self.assertIn(5, [1]), lambda: self.assertNotIn(1, [1]), lambda: self.assertIsInstance(1, str),
            lambda: self.assertNotIsInstance(1, int), lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2), lambda: self.assertLessEqual(3, 2),
            lambda: self.assertNotEqual(3, 3), lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.1, delta=0.01), lambda: self.assertNotAlmostEqual(1.0, 1.0),
            lambda: self.assertAlmostEqual(1, 2, places=1, delta=1), lambda: self.assertSetEqual({1, 2}, {2, 3}),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 3]), lambda: self.assertRegex("abc", "x+"),
            lambda: self.assertNotRegex("abc", "b"), lambda: self.fail("explicit"),
            lambda: self.assertEqual("a" * 50 + "b" * 50, "a" * 50 + "c" * 50, msg=None) if False else None,
        ]
        for check in checks:
            try:
                check()
            except (AssertionError, TypeError) as e:
                self.log.append(f"{type(e).__name__}: {e}")
        for form in [lambda: self.assertRaises(ValueError, int, "5"), self._raises_context]:
            try:
                form()
            except AssertionError as e:
                self.log.append(str(e))

    def _raises_context(self):
        with self.assertRaises((TypeError, ValueError), msg="extra"):
            pass


class Other(unittest.TestCase):
    def test_a(self):
        self.assertIs(None, None)

    def runTest(self):
        pass


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Basic)
print(suite.countTestCases(), [t._testMethodName for t in suite])
result = unittest.TextTestRunner(stream=stream).run(suite)
report(stream.getvalue())
print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped),
      result.testsRun)
print("\n".join(Basic.log))

stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestSuite([Basic("test_sub"), Other("test_a"),
                                                                            Basic("test_skip")]))
report(stream.getvalue())
print(str(Basic("test_pass")), repr(Basic("test_pass")), Basic("test_pass").id())
print(Basic("test_fail").shortDescription(), Other().countTestCases())
try:
    Basic("nope")
except ValueError as e:
    print(e)

saved, sys.stderr = sys.stderr, io.StringIO()
for argv in (["prog", "Other"], ["prog", "-v", "Other.test_a"], ["prog", "Basic.test_fail"]):
    sys.stderr.seek(0)
    sys.stderr.truncate()
    try:
        unittest.main(argv=argv)
    except SystemExit as e:
        code = e.code
    text = sys.stderr.getvalue()
    sys.stderr = saved
    print("exit", code)
    report(text)
    saved, sys.stderr = sys.stderr, io.StringIO()
sys.stderr = saved
program = unittest.main(argv=["prog", "Other"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(program.result.wasSuccessful(), program.result.testsRun)
