# A tiny regular-expression engine: parse to postfix, build a Thompson NFA, simulate it; compare with re.
import re


def to_postfix(pattern):
    # Insert explicit concatenation '.', then shunting-yard.
    out, prev = [], None
    for ch in pattern:
        if prev is not None and prev not in "(|" and ch not in ")|*+?":
            out.append(".")
        out.append(ch)
        prev = ch
    prec = {"|": 1, ".": 2, "*": 3, "+": 3, "?": 3}
    output, stack = [], []
    for ch in out:
        if ch == "(":
            stack.append(ch)
        elif ch == ")":
            while stack[-1] != "(":
                output.append(stack.pop())
            stack.pop()
        elif ch in prec:
            while stack and stack[-1] != "(" and prec[stack[-1]] >= prec[ch]:
                output.append(stack.pop())
            stack.append(ch)
        else:
            output.append(ch)
    while stack:
        output.append(stack.pop())
    return "".join(output)


class State:
    count = 0

    def __init__(self, char=None):
        self.char = char
        self.edges = []
        State.count += 1


def build(postfix):
    stack = []
    for ch in postfix:
        if ch == ".":
            (s2, e2), (s1, e1) = stack.pop(), stack.pop()
            e1.edges.append(s2)
            stack.append((s1, e2))
        elif ch == "|":
            (s2, e2), (s1, e1) = stack.pop(), stack.pop()
            s, e = State(), State()
            s.edges += [s1, s2]
            e1.edges.append(e); e2.edges.append(e)
            stack.append((s, e))
        elif ch in "*+?":
            s1, e1 = stack.pop()
            s, e = State(), State()
            s.edges.append(s1)
            if ch != "+":
                s.edges.append(e)
            if ch != "?":
                e1.edges.append(s1)
            e1.edges.append(e)
            stack.append((s, e))
        else:
            s, e = State(ch), State()
            s.edges.append(e)
            stack.append((s, e))
    return stack.pop()


def closure(states):
    seen, todo = set(), list(states)
    while todo:
        st = todo.pop()
        if st in seen:
            continue
        seen.add(st)
        if st.char is None:
            todo.extend(st.edges)
    return seen


def fullmatch(start_end, text):
    start, end = start_end
    current = closure([start])
    for ch in text:
        current = closure([nxt for st in current if st.char in (ch, "_") for nxt in st.edges])
        if not current:
            return False
    return end in current


tests = {
    "a(b|c)*d": ["ad", "abd", "abcbcd", "abca", "d", "abbbbbbbbbbbbbbbbbbbd"],
    "(ab)+c?": ["ab", "ababc", "abc", "aba", "", "c"],
    "x_*y": ["xy", "xabcy", "xyy", "yx"],
    "(a|b)*abb": ["abb", "aababb", "ab", "babb", "bbbbbbbbbbbbbbbabb"],
    "h(e|a)llo?": ["hello", "hallo", "hell", "hall", "hillo"],
}
for pattern, words in tests.items():
    post = to_postfix(pattern)
    before = State.count
    nfa = build(post)
    print(f"{pattern:<10} postfix {post:<12} states {State.count - before}")
    py = re.compile(pattern.replace("_", "."))
    for w in words:
        mine = fullmatch(nfa, w)
        ref = py.fullmatch(w) is not None
        print(f"   {w!r:<24} {mine!s:<5} {'agrees' if mine == ref else 'DISAGREES'}")
long = "a" * 30
nfa = build(to_postfix("(a|a)*b"))
print("pathological:", fullmatch(nfa, long), fullmatch(nfa, long + "b"))
