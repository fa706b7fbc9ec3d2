# argparse on the Light VM: a small CLI parsed from lists, its help, and a
# real parse of sys.argv that fails with usage and an error on stderr, exit 2.
import argparse

parser = argparse.ArgumentParser(description="Resize images and write them somewhere else.")
parser.add_argument("images", nargs="+", metavar="IMAGE", help="images to resize")
parser.add_argument("-s", "--size", type=int, default=256, help="longest side in pixels (default: %(default)s)")
parser.add_argument("-f", "--format", choices=["png", "jpeg", "webp"], default="png")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--dry-run", action="store_true", help="show what would be done")
group = parser.add_mutually_exclusive_group()
group.add_argument("--overwrite", action="store_true")
group.add_argument("--suffix", default="-small")
sub = parser.add_subparsers(dest="command", title="commands")
sub.add_parser("crop", help="crop instead of scaling").add_argument("--box", nargs=4, type=int)
print(parser.parse_args(["a.png", "b.png", "-s", "128", "-vv", "--dry-run"]))
print(parser.parse_args(["x.jpeg", "--format=webp", "--overwrite", "crop", "--box", "0", "0", "10", "10"]))
parser.print_help()
for argv in [["a", "--size", "big"], ["a", "--overwrite", "--suffix", "s"], ["a", "-f", "gif"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
parser.parse_args()
