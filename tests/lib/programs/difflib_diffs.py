# difflib: matching blocks, opcodes, ratios, close matches, unified/context diffs and ndiff.
import difflib
import random

pairs = [("abcd", "bcde"), ("qabxcd", "abycdf"), ("", ""), ("abc", ""), ("", "abc"), ("private Thread currentThread;",
         "private volatile Thread currentThread;"), (" abcd", "abcd abcd"), ("aaaaaaaaab", "baaaaaaaaa"),
         (list(range(10)), [1, 3, 5, 7, 9, 11])]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 6), round(s.quick_ratio(), 6), s.real_quick_ratio())
    print(s.find_longest_match(0, len(a), 0, len(b)), list(s.get_grouped_opcodes(1)))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(s.get_opcodes(), round(s.ratio(), 6), s.find_longest_match())
long_a = "x" * 150 + "abc" * 40
long_b = "y" * 5 + "x" * 140 + "abd" * 40
for autojunk in (True, False):
    s = difflib.SequenceMatcher(None, long_a, long_b, autojunk=autojunk)
    print(autojunk, s.get_opcodes()[:6], len(s.get_matching_blocks()), round(s.ratio(), 6), sorted(s.bpopular)[:5])
rng = random.Random(7)
for trial in range(40):
    a = [rng.choice("abcde ") for _ in range(rng.randrange(0, 40))]
    b = [rng.choice("abcde ") for _ in range(rng.randrange(0, 40))]
    s = difflib.SequenceMatcher(None if trial % 2 else (lambda c: c == " "), a, b)
    print(s.get_opcodes(), round(s.ratio(), 6))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "heel", "wheels", "hello"], n=4, cutoff=0.5))
print(difflib.get_close_matches("zzz", ["a", "b"]), difflib.get_close_matches("ab", ["ab", "ba", "ab"], n=5, cutoff=0))
for bad in [lambda: difflib.get_close_matches("a", [], n=0), lambda: difflib.get_close_matches("a", [], cutoff=2),
            lambda: list(difflib.unified_diff([b"a"], ["b"])), lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=1)),
            lambda: list(difflib.restore([], 3))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

old = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
new = ["zero\n", "one\n", "2\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine!\n", "ten\n", "eleven\n", "twelve\n"]
print("".join(difflib.unified_diff(old, new, "old.txt", "new.txt", "2024-01-01", "2024-01-02")), end="")
print("".join(difflib.unified_diff(old, new, n=1)), end="")
print("".join(difflib.unified_diff(old, old)), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff([], ["b\n"])), list(difflib.unified_diff(["a\n"], [])))
print("".join(difflib.context_diff(old, new, "old.txt", "new.txt")), end="")
print("".join(difflib.context_diff(old, new, n=0)), end="")
print(list(difflib.context_diff(["a\n", "b\n"], ["a\n"])), list(difflib.context_diff(["a\n"], ["a\n", "b\n"])))
text1 = ["1. Beautiful is better than ugly.\n", "2. Explicit is better than implicit.\n", "3. Simple is better than complex.\n",
         "4. Complex is better than complicated.\n"]
text2 = ["1. Beautiful is better than ugly.\n", "3.   Simple is better than complex.\n", "4. Complicated is better than complex.\n",
         "5. Flat is better than nested.\n"]
delta = list(difflib.ndiff(text1, text2))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)) == "".join(text1), "".join(difflib.restore(delta, 2)) == "".join(text2))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
print("".join(difflib.ndiff(["\tabc def\n", "same\n"], ["\tabX def\n", "same\n", "extra\n"])), end="")
print("".join(difflib.ndiff(["x\n"] * 3, ["y\n"] * 2)), end="")
print(list(difflib.Differ().compare(["a b c"], ["a x c"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_CHARACTER_JUNK(" "),
      difflib.IS_CHARACTER_JUNK("x"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher[str])
