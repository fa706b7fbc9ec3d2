"""Writes sys.stdlib_module_names of the interpreter running it as a sorted C++ initializer list."""
import sys

with open(sys.argv[1], "w") as out:
    out.write("// Generated from sys.stdlib_module_names of %s.\n" % sys.version.split()[0])
    for name in sorted(sys.stdlib_module_names):
        out.write('"%s",\n' % name)
