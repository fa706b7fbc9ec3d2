"""operator, copy, copyreg, heapq, bisect, keyword, string, textwrap."""
import bisect
import copy
import heapq
import keyword
import operator
import string
import textwrap


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = {"k": [x]}

    def __repr__(self):
        return f"P({self.x}, {self.y})"

    def dist(self, scale=1):
        return (self.x + self.y) * scale


pts = [P(3, 1), P(1, 2), P(2, 0)]
print(sorted(pts, key=operator.attrgetter("x")), operator.attrgetter("x", "inner.k")(pts[0]))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, -1)("abc"), operator.methodcaller("dist", scale=2)(pts[0]))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("a.b", "c")), repr(operator.methodcaller("f", 1, k=2)))
print(operator.add(1, 2), operator.concat([1], [2]), operator.index(7), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.length_hint(iter(range(5))), operator.length_hint(object(), 9), operator.truth([]), operator.is_not(1, None))
print(operator.iadd([1], [2]), operator.__add__ is operator.add, operator.__not__(0), operator.call(max, 1, 5))
attempt("attrgetter int", lambda: operator.attrgetter(1))
attempt("itemgetter none", lambda: operator.itemgetter())
attempt("methodcaller none", lambda: operator.methodcaller())
attempt("concat int", lambda: operator.concat(1, 2))
attempt("index float", lambda: operator.index(1.5))
attempt("indexOf missing", lambda: operator.indexOf([1], 2))

a = [P(1, 2), {"x": [1, 2]}, (3, [4])]
s, d = copy.copy(a), copy.deepcopy(a)
print(s[0] is a[0], d[0] is a[0], d[0].inner == a[0].inner, d[0].inner is a[0].inner, d[2][1] is a[2][1], d)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy([1]) == [1], copy.deepcopy({1: {2: 3}}))
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, [2]


sc = copy.deepcopy(Slots())
print(sc.a, sc.b)


class Custom:
    def __init__(self):
        self.v = [1]

    def __copy__(self):
        print("custom copy")
        return Custom()

    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return "deep"


print(type(copy.copy(Custom())).__name__, copy.deepcopy([Custom()]))
attempt("uncopyable", lambda: copy.deepcopy(iter([1])) and "copied")

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([7, 4, 1], [8, 5], reverse=True)))
print(list(heapq.merge(["a", "bb"], ["c", "dd"], key=len)))
attempt("pop empty", lambda: heapq.heappop([]))
attempt("push tuple", lambda: heapq.heappush((), 1))

xs = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(xs, 2), bisect.bisect_right(xs, 2), bisect.bisect(xs, 9), bisect.bisect_left(xs, 2, 2, 3))
bisect.insort(xs, 3); bisect.insort_left(xs, 2); print(xs)
recs = [("a", 1), ("b", 4), ("c", 9)]
print(bisect.bisect_left(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ("z", 5), key=lambda r: r[1]); print(recs)
attempt("negative lo", lambda: bisect.bisect(xs, 1, -1))

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
print(string.ascii_letters, string.punctuation, repr(string.whitespace), string.capwords(" hello   wORLD again "), string.capwords("a-b-c", "-"))
tpl = string.Template("$who likes ${what}; $$5 for $who")
print(tpl.substitute(who="tim", what="kung pao"), tpl.safe_substitute(who="x"), tpl.get_identifiers(), tpl.is_valid())
attempt("missing key", lambda: tpl.substitute(who="a"))
attempt("invalid", lambda: string.Template("cost: $ 5\nnext $").substitute())
print(string.Template("bad $ and ${x").safe_substitute(x=1), string.Template("$a$b").substitute({"a": 1}, b=2))
print(string.Formatter().format("{0}-{name}-{1!r:>5}-{x[0]}", 1, "b", name="N", x=[7]))

text = ("The quick brown fox jumps over the lazy dog. A well-known phrase, used by type-setters "
        "and font-designers alike -- really! Supercalifragilisticexpialidocious words break too.")
for width in (10, 25, 40):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_on_hyphens=False, break_long_words=False))
print(textwrap.shorten(text, 50), "|", textwrap.shorten("Hello  world!", 12), "|", textwrap.shorten("Hi", 10, placeholder="~"))
print(textwrap.wrap(text, 30, max_lines=2, placeholder=" ..."))
print(textwrap.fill("Mr. Smith went. He said so! Really.", 80, fix_sentence_endings=True))
print(textwrap.wrap("\tTabbed\ttext here", 12), textwrap.wrap("   leading spaces", 10, drop_whitespace=False))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  x\n \n  y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("over-the-top well--said e-mail x-ray a--b 123-456 self-contained-ness", 8))
attempt("bad width", lambda: textwrap.wrap("abc", 0))
attempt("placeholder", lambda: textwrap.shorten("abc def", 3))
