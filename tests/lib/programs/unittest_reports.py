# unittest under CPython with our modules: diffs of strings, lists and dicts, shortened reprs,
# fixtures that fail, skipped classes, failfast and name patterns.
import io
import re
import unittest


def run(*tests, **options):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **options).run(unittest.TestSuite(tests))
    print(re.sub(r"in \d+\.\d\d\ds", "in T", stream.getvalue().replace(__file__, "FILE")))
    return result


class Diffs(unittest.TestCase):
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_list_longer(self):
        self.assertListEqual([1, 2, 3, 4], [1, 2])

    def test_tuple(self):
        self.assertTupleEqual((1,), (1, 2))

    def test_str(self):
        self.assertEqual("abc\ndef\n", "abc\ndeg\n")

    def test_str_one_line(self):
        self.assertEqual("spam", "eggs")

    def test_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 2]})

    def test_long(self):
        self.assertEqual("x" * 100, "x" * 99 + "y")

    def test_long_list(self):
        self.assertEqual(list(range(40)), list(range(39)) + [0])

    def test_max_diff(self):
        self.maxDiff = 20
        self.assertEqual(list(range(10)), list(range(1, 11)))

    def test_sub_msg(self):
        with self.subTest("labelled", n=1):
            self.assertEqual(1, 0)
        with self.subTest():
            raise ValueError("in a subtest")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("no class")

    def test_x(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


loader = unittest.TestLoader()
run(loader.loadTestsFromTestCase(Diffs))
run(loader.loadTestsFromTestCase(BrokenClass), loader.loadTestsFromTestCase(Skipped), verbosity=2)
result = run(Diffs("test_list"), Diffs("test_str"), failfast=True)
print(result.testsRun, result.shouldStop)
loader.testNamePatterns = ["*long*"]
print([t.id() for t in loader.loadTestsFromTestCase(Diffs)])
run(unittest.FunctionTestCase(lambda: None), unittest.FunctionTestCase(lambda: 1 / 0, description="divides"))
