# Reads a document from sys.stdin line by line and reports per-line and global statistics.
import sys
from collections import Counter

totals = Counter()
longest = ("", 0)
blank = 0
for number, line in enumerate(sys.stdin, 1):
    text = line.rstrip("\n")
    if not text.strip():
        blank += 1
        continue
    words = [w.strip(".,;:!?\"'()").lower() for w in text.split()]
    words = [w for w in words if w]
    totals.update(words)
    if len(text) > longest[1]:
        longest = (number, len(text))
    caps = sum(1 for c in text if c.isupper())
    print(f"{number:02d} {len(words):2d} words {caps:2d} caps | {text[:40]!r}")

print("blank lines:", blank)
print("longest line:", longest)
print("distinct words:", len(totals))
for word, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"{word:>12} {'#' * n} {n}")
rest = sys.stdin.read()
print("after EOF read:", repr(rest), sys.stdin.readline() == "")

# A second pass over the words: length histogram, vowels and initials.
by_length = Counter(len(w) for w in totals.elements())
for length in sorted(by_length):
    print(f"len {length:2}: {by_length[length]:3} {'*' * by_length[length]}")
vowels = Counter(c for w in totals.elements() for c in w if c in "aeiouäöüéï")
print("vowels:", sorted(vowels.items()))
initials = Counter(w[0] for w in totals)
print("initials:", "".join(sorted(initials)))
print("non-ascii words:", sorted(w for w in totals if not w.isascii()))
print("palindromes:", sorted(w for w in totals if len(w) > 1 and w == w[::-1]))
hyphenated = sorted(w for w in totals if "-" in w)
print("hyphenated:", hyphenated, [w.split("-") for w in hyphenated])
print("title-cased:", " ".join(w.title() for w in sorted(totals)[:8]))
print(f"{sum(totals.values())} words, mean length {sum(len(w) * n for w, n in totals.items()) / sum(totals.values()):.3f}")
