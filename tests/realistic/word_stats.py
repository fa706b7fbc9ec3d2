"""Text statistics over an embedded passage: words, sentences, n-grams, concordance."""
from collections import Counter, defaultdict
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct
the other way - in short, the period was so far like the present period, that some
of its noisiest authorities insisted on its being received, for good or for evil,
in the superlative degree of comparison only. There were a king with a large jaw
and a queen with a plain face, on the throne of England; there were a king with a
large jaw and a queen with a fair face, on the throne of France. In both countries
it was clearer than crystal to the lords of the State preserves of loaves and
fishes, that things in general were settled for ever."""

words = re.findall(r"[a-z']+", TEXT.lower())
sentences = [s.strip() for s in re.split(r"(?<=[.;])\s+", TEXT) if s.strip()]
print(f"{len(words)} words, {len(set(words))} distinct, {len(sentences)} sentences")
print(f"average word length {sum(map(len, words)) / len(words):.3f}")
freq = Counter(words)
for word, n in freq.most_common(12):
    print(f"{word:>10} {n:>3} {'*' * n}")
stop = {"the", "of", "it", "was", "a", "we", "in", "and", "with", "to", "on", "for", "that"}
content = Counter(w for w in words if w not in stop and len(w) > 3)
print(content.most_common(8))
bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) for b, n in bigrams.most_common(6)])
trigrams = Counter(" ".join(t) for t in zip(words, words[1:], words[2:]))
print(trigrams.most_common(3))
by_letter = defaultdict(set)
for w in words:
    by_letter[w[0]].add(w)
for letter in sorted(by_letter)[:8]:
    print(letter, sorted(by_letter[letter]))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print(longest)
index = defaultdict(list)
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in set(re.findall(r"[a-z']+", line.lower())):
        index[w].append(lineno)
for w in ["season", "king", "light", "period", "zebra"]:
    print(f"{w!r} on lines {index.get(w, [])}")
pos = TEXT.find("worst")
print(TEXT[pos - 20:pos + 20].replace("\n", " "))
caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print(Counter(caps).most_common(5), len(caps))
vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
print(sorted(vowels.items()), sum(vowels.values()))
palins = sorted({w for w in words if len(w) > 1 and w == w[::-1]})
print("palindromes:", palins)
print(sentences[-1][:60], "...", len(sentences[0].split()))
chars = Counter(TEXT)
print(chars[" "], chars["\n"], chars[","], chars["."], max(chars, key=lambda c: (chars[c], c)))
