# Random patterns with groups, lookbehinds, backreferences and possessive repeats; seeded, so both runs agree.
import random
import re

ATOMS = ["a", "b", ".", r"\d", r"\w", "[ab]", "[^a]", r"\b", "$", r"\Z", "x", " ", "(?i:A)", r"(?<=a)", r"(?<=ab|ba)", r"(?<!b)", "(a)", r"(?:\1)?", "(?m:^)", "(?m:$)", "(?s:.)", "(b|)", "[a-c]{2}", "(?:a|ab)", "(?:b|)"]
QUANTS = ["{1,3}?", "{0,2}", "{2}+", "", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,3}?", "*+", "{2,}"]


def gen(depth):
    parts = []
    for _ in range(random.randint(1, 4)):
        roll = random.random()
        if depth < 2 and roll < 0.2:
            inner = gen(depth + 1)
            kind = random.choice(["(%s)", "(?:%s)", "(?P<g%d>%%s)" % random.randint(0, 99999), "(?=%s)", "(%s)*?", "(%s)+?", "(?:%s){2,3}?", "(?:%s){1,3}", "(%s)*+", "(?:%s)??",
                                  "(?!%s)", "(?>%s)"])
            atom = kind % inner
        elif depth < 2 and roll < 0.3:
            atom = "(?:%s|%s)" % (gen(depth + 1), gen(depth + 1))
        else:
            atom = random.choice(ATOMS)
        quant = random.choice(QUANTS)
        if atom in ("^", "$", r"\b") or atom.startswith("(?=") or atom.startswith("(?!"):
            quant = ""
        parts.append(atom + quant)
    return "".join(parts)


def subject():
    return "".join(random.choice("aabbcx A1\n") for _ in range(random.randint(0, 12)))


random.seed(11)
ok = 0
for i in range(400):
    pattern = gen(0)
    try:
        p = re.compile(pattern)
    except re.error as e:
        print(i, repr(pattern), "error", e)
        continue
    for _ in range(3):
        s = subject()
        m = p.search(s)
        print(i, repr(pattern), repr(s), m and (m.span(), m.groups(), m.lastindex), p.findall(s),
              p.sub("-", s), p.split(s), bool(p.fullmatch(s)))
