# Text statistics with collections and statistics.
from collections import Counter, defaultdict, namedtuple, OrderedDict, ChainMap
import statistics
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way - in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
counts = Counter(words)
print("words:", len(words), "distinct:", len(counts))
print("top:", counts.most_common(8))
lengths = [len(w) for w in words]
print("mean %.4f median %s mode %s" % (statistics.mean(lengths), statistics.median(lengths), statistics.mode(lengths)))
print("pstdev %.6f stdev %.6f variance %.6f" % (statistics.pstdev(lengths), statistics.stdev(lengths), statistics.variance(lengths)))
print("median_low/high:", statistics.median_low(lengths), statistics.median_high(lengths))
print("quantiles:", statistics.quantiles(lengths, n=4))
print("harmonic %.6f geometric %.6f" % (statistics.harmonic_mean(lengths), statistics.geometric_mean(lengths)))
print("fmean:", statistics.fmean([1, 2, 3, 4.5]), statistics.mean([1, 2, 3, 4]))

by_letter = defaultdict(list)
for w in sorted(set(words)):
    by_letter[w[0]].append(w)
for letter in sorted(by_letter)[:6]:
    print(letter, by_letter[letter])

letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("letters:", "".join(c for c, _ in letters.most_common(10)))
vowels = Counter({v: letters[v] for v in "aeiou"})
print(vowels, sum(vowels.values()), vowels.total())
print((counts - Counter(the=10, was=5))["the"], (counts & Counter(it=3))["it"], (counts | Counter(it=50))["it"])
c = Counter("mississippi")
c.subtract("sip")
print(sorted(c.items()), list(c.elements())[:5], +Counter(a=-1, b=2))

Sentence = namedtuple("Sentence", "index words longest")
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
stats = [Sentence(i, len(s.split()), max(s.split(), key=len)) for i, s in enumerate(sentences)]
for s in stats[:5]:
    print(s)
print(stats[0]._asdict(), stats[1]._replace(words=0), Sentence._fields)

bigrams = Counter(zip(words, words[1:]))
print("bigrams:", bigrams.most_common(4))
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
defaults = {"color": "red", "size": 1}
cm = ChainMap({"size": 3}, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), cm.new_child({"x": 0})["x"])
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
