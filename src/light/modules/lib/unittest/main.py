"""unittest.main(): loads a module's tests, runs them, and exits with their verdict."""
import sys

from .loader import defaultTestLoader
from .runner import TextTestRunner

__unittest = True

_USAGE = ("usage: {prog} [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]\n"
          "{pad}[tests ...]\n")


class TestProgram:
    """Runs the tests of a module (or the named ones from the command line)."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        self.module = sys.modules[module] if isinstance(module, str) else module
        self.exit = exit
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.verbosity = verbosity
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = None
        self.parseArgs(sys.argv if argv is None else argv)
        self.runTests()

    def parseArgs(self, argv):
        import os
        self.progName = os.path.basename(argv[0])
        names, patterns = [], []
        args = iter(argv[1:])
        for arg in args:
            if arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg in ("-c", "--catch", "-b", "--buffer"):
                pass
            elif arg == "--locals":
                self.tb_locals = True
            elif arg == "-k":
                pattern = next(args, None)
                if pattern is None:
                    self._usage_error("argument -k: expected one argument")
                patterns.append(pattern if "*" in pattern else f"*{pattern}*")
            elif arg.startswith("-") and arg != "-":
                self._usage_error(f"unrecognized arguments: {arg}")
            else:
                names.append(arg)
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if not names and self.defaultTest is not None:
            names = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
        self.testNames = names or None
        self.createTests()

    def _usage_error(self, message):
        prog = self.progName
        sys.stderr.write(_USAGE.format(prog=prog, pad=" " * (len(prog) + 8)))
        sys.stderr.write(f"{prog}: error: {message}\n")
        sys.exit(2)

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner or TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast), buffer=bool(self.buffer),
                            warnings=self.warnings, tb_locals=self.tb_locals)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
