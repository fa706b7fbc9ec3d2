# argparse: parsing, help and usage layout, and errors (usage and message on
# stderr, exit status 2), compared with python3.11's own argparse.
import argparse
import sys

sys.stderr = sys.stdout


def run(parser, argv):
    print(">>>", argv)
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="tool", description="Process some files. " * 6,
                            epilog="See the manual for more.")
p.add_argument("files", nargs="+", help="input files to process")
p.add_argument("-o", "--output", default="out.txt", help="where to write (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false", help="disable colour")
p.add_argument("-n", "--number", type=int, choices=range(1, 4), metavar="N", help="how many (%(choices)s)")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="a tag; repeatable")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--ratio", type=float, nargs=2, metavar=("LOW", "HIGH"))
p.add_argument("--maybe", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--hidden", help=argparse.SUPPRESS)
for argv in [["a.txt"], ["a", "b", "-vvv", "-o", "x"], ["-q", "a", "--tag", "t1", "--tag=t2", "--const"],
             ["a", "-n", "2", "--mode", "slow", "--ratio", "0.5", "1.5"], ["a", "--maybe"], ["a", "--maybe", "X"],
             ["a", "--many"], ["a", "--many", "x", "y"], ["--outp", "o", "a"], ["a", "-ofile", "-qv"], ["-vq", "a"],
             ["--", "-a", "b"], ["a", "--no-color"], [], ["a", "-n", "7"], ["a", "-n", "x"], ["a", "--mode", "medium"],
             ["a", "--ratio", "1"], ["a", "--bogus"], ["a", "-o"], ["a", "--quiet=yes"], ["a", "-qz"], ["--version"], ["-h"],
             ["a", "--m", "x"]]:
    run(p, argv)

print(p.format_usage(), end="")
print(repr(p.parse_known_args(["a", "--zzz", "b"])))

g = argparse.ArgumentParser(prog="grp")
x = g.add_mutually_exclusive_group(required=True)
x.add_argument("--json", action="store_true")
x.add_argument("--xml", action="store_true")
y = g.add_mutually_exclusive_group()
y.add_argument("-a", type=int)
y.add_argument("-b", type=int)
opts = g.add_argument_group("tuning", "Knobs that change speed.")
opts.add_argument("--level", type=int, default="3")
opts.add_argument("target", nargs="?", default="all")
for argv in [["--json"], ["--json", "--xml"], [], ["--xml", "-a", "1", "-b", "2"], ["--json", "t", "--level", "9"], ["-h"]]:
    run(g, argv)

s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("paths", nargs="*")
pu = sub.add_parser("push", help="update remote refs")
pu.add_argument("remote", nargs="?", default="origin")
pu.add_argument("--force", action=argparse.BooleanOptionalAction, default=False, help="force it")
sub.add_parser("silent")
for argv in [["commit", "-m", "msg", "a", "b"], ["ci", "-m", "x"], ["--debug", "push"], ["push", "up", "--no-force"],
             ["commit"], ["pull"], [], ["-h"], ["commit", "-h"], ["push", "-h"], ["push", "--force", "--bad"]]:
    run(s, argv)

d = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--size", type=int, default=10, help="the size")
d.add_argument("--name", default="x", help="the name")
d.add_argument("count", nargs="?", type=int, default=1, help="how many")
d.add_argument("--flag", action="store_true", help="a flag")
d.print_help()
d.set_defaults(extra="value", size=20)
print(d.parse_args([]), d.get_default("size"))

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
                              description="line one\n  indented line two\n\nparagraph")
raw.add_argument("--opt", help="first\nsecond line")
raw.print_help()

long_parser = argparse.ArgumentParser(prog="a-very-long-program-name-indeed-that-takes-most-of-the-line-x")
for name in ["alpha", "beta", "gamma", "delta", "epsilon"]:
    long_parser.add_argument(f"--{name}-option", metavar=name.upper() * 2)
long_parser.add_argument("inputs", nargs="+")
long_parser.add_argument("output")
long_parser.print_help()
wide = argparse.ArgumentParser(prog="w")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]:
    wide.add_argument(f"--{name}", metavar="VALUE", help=f"the {name} setting, explained at some length so that it wraps")
wide.add_argument("source")
wide.add_argument("dest", nargs="*")
wide.print_help()

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=int)
neg.add_argument("-y", type=float)
run(neg, ["-5", "-y", "-2.5"])
neg2 = argparse.ArgumentParser(prog="neg2")
neg2.add_argument("-1", dest="one", action="store_true")
neg2.add_argument("rest", nargs="*")
run(neg2, ["-1", "x"])
run(neg2, ["-2"])

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return value


t = argparse.ArgumentParser(prog="typed", exit_on_error=False)
t.add_argument("--n", type=positive)
t.add_argument("--amb-one")
t.add_argument("--amb-two")
for argv in [["--n", "3"], ["--n", "-3"], ["--n", "x"], ["--amb", "1"]]:
    try:
        print(t.parse_args(argv))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
    except SystemExit as e:
        print("exit", e.code)

for bad in [lambda: p.add_argument("--output"), lambda: p.add_argument("x", required=True),
            lambda: p.add_argument("--z", action="store", nargs=0), lambda: p.add_argument("--w", action="bogus"),
            lambda: p.add_argument("--u", type="int"), lambda: x.add_argument("--r", required=True),
            lambda: p.add_argument("bad", dest="other")]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)
ns = argparse.Namespace(a=1, b="two")
print(ns, "a" in ns, ns == argparse.Namespace(b="two", a=1), argparse.Namespace(**{"x-y": 1}))
print(repr(p)[:60])
