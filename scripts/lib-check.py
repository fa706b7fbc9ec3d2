"""Run programs under python3.11 with the Light tier's library modules in place of the stdlib's.

    python3.11 -I -S scripts/lib-check.py run PROGRAM.py      run one program
    python3.11 -I -S scripts/lib-check.py check               idioms and tests/lib/programs, compared
    python3.11 -I -S scripts/lib-check.py cpython-tests       CPython's own tests of the modules that pass them

`check` compares each idiom's stdout with corpus/idioms/expected/, and each of our
test programs' stdout and exit status with plain python3.11's.  Modules that
python3.11 has already imported at startup (abc) are dropped from sys.modules first,
so the program and our other modules see ours; the interpreter keeps its own copies.
"""
import sys

ROOT = __file__.rsplit("/", 2)[0]
LIB = ROOT + "/src/light/modules/lib"


# Ours, but not served here: CPython's own library leans on the rest of its os,
# hashlib and re stand on native parts only the Light tier has, and our threading
# runs one thread, which CPython's test suite would wait on (tests/light/programs
# check these on the Light tier).
NOT_SERVED = {"os", "posixpath", "hashlib", "threading", "re"}


def served_modules():
    """Map each module name under LIB to (path, is_package), apart from NOT_SERVED and their submodules."""
    import os
    found = {}
    for folder, _, files in os.walk(LIB):
        package = folder[len(LIB):].strip("/").replace("/", ".")
        for file in files:
            if not file.endswith(".py"):
                continue
            stem = file[:-3]
            if stem == "__init__":
                found[package] = (folder + "/" + file, True)
            else:
                found[(package + "." if package else "") + stem] = (folder + "/" + file, False)
    return {name: place for name, place in found.items() if name.split(".")[0] not in NOT_SERVED}


class LibFinder:
    def __init__(self, modules):
        self.modules = modules

    def find_spec(self, name, path=None, target=None):
        if name not in self.modules:
            return None
        file, is_package = self.modules[name]
        spec = sys.modules["_frozen_importlib"].ModuleSpec(name, self, origin=file, is_package=is_package)
        if is_package:
            # The stdlib's folder after ours: submodules we do not write (unittest.mock) come from CPython.
            stdlib = "/usr/lib/python3.11/" + name.replace(".", "/")
            spec.submodule_search_locations = [file.rsplit("/", 1)[0], stdlib]
        spec.has_location = True
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(module.__spec__.origin, encoding="utf-8") as f:
            code = compile(f.read(), module.__spec__.origin, "exec")
        exec(code, module.__dict__)


def run(program):
    modules = served_modules()
    for name in modules:
        sys.modules.pop(name, None)
    sys.meta_path.insert(0, LibFinder(modules))
    with open(program, encoding="utf-8") as f:
        code = compile(f.read(), program, "exec")
    main = type(sys)("__main__")
    main.__file__ = program
    main.__loader__ = sys.modules["_frozen_importlib_external"].SourceFileLoader("__main__", program)
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    sys.argv = [program]
    exec(code, main.__dict__)


def check():
    import os, subprocess, glob
    me = os.path.abspath(__file__)
    env = {"LANG": "C.UTF-8"}
    failures = 0
    idioms = sorted(glob.glob(ROOT + "/corpus/idioms/*.py"))
    programs = sorted(glob.glob(ROOT + "/tests/lib/programs/*.py"))
    for program in idioms + programs:
        ours = subprocess.run([sys.executable, "-I", "-S", me, "run", program],
                              capture_output=True, env=env, timeout=60)
        if program in idioms:
            stem = os.path.basename(program)[:-3]
            with open(f"{ROOT}/corpus/idioms/expected/{stem}.out", "rb") as f:
                want_out, want_rc = f.read(), 0
        else:
            ref = subprocess.run([sys.executable, "-I", "-S", program], capture_output=True, env=env, timeout=60)
            want_out, want_rc = ref.stdout, ref.returncode
        ok = ours.stdout == want_out and ours.returncode == want_rc
        failures += not ok
        print(("PASS " if ok else "FAIL ") + os.path.relpath(program, ROOT))
        if not ok:
            diff(want_out.decode(errors="replace"), ours.stdout.decode(errors="replace"))
            sys.stdout.write(ours.stderr.decode(errors="replace")[-2000:])
    print(f"{len(idioms) + len(programs) - failures}/{len(idioms) + len(programs)} passed")
    return 1 if failures else 0


# CPython's test files (libpython3.11-testsuite) that pass entirely with our modules.
# (bisect and operator are native in the Light tier now: their tests would only
# exercise CPython's own _bisect and _operator here.)
CPYTHON_TESTS = ["abc", "copy", "copyreg", "dataclasses", "graphlib", "keyword", "linecache", "reprlib",
                 "string", "textwrap", "weakref"]


def cpython_tests():
    import subprocess
    me = __file__
    failures = 0
    for name in CPYTHON_TESTS:
        test = f"/usr/lib/python3.11/test/test_{name}.py"
        result = subprocess.run([sys.executable, "-I", "-S", me, "run", test],
                                capture_output=True, env={"LANG": "C.UTF-8"}, timeout=120)
        ok = result.returncode == 0
        failures += not ok
        print(("PASS " if ok else "FAIL ") + f"test_{name}")
        if not ok:
            sys.stdout.write(result.stderr.decode(errors="replace")[-3000:])
    print(f"{len(CPYTHON_TESTS) - failures}/{len(CPYTHON_TESTS)} passed")
    return 1 if failures else 0


def diff(want, got):
    want, got = want.splitlines(), got.splitlines()
    for i in range(max(len(want), len(got))):
        a = want[i] if i < len(want) else "<missing>"
        b = got[i] if i < len(got) else "<missing>"
        if a != b:
            print(f"  line {i + 1}\n    want: {a}\n    got:  {b}")
            return


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "run":
        run(sys.argv[2])
    elif len(sys.argv) == 2 and sys.argv[1] == "check":
        sys.exit(check())
    elif len(sys.argv) == 2 and sys.argv[1] == "cpython-tests":
        sys.exit(cpython_tests())
    else:
        sys.exit(__doc__)
