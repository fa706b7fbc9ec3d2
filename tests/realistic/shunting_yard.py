"""Infix to postfix with the shunting-yard algorithm, then stack evaluation and pretty-printing."""
import operator
import re

OPS = {
    "+": (1, "left", operator.add),
    "-": (1, "left", operator.sub),
    "*": (2, "left", operator.mul),
    "/": (2, "left", operator.truediv),
    "//": (2, "left", operator.floordiv),
    "%": (2, "left", operator.mod),
    "^": (3, "right", operator.pow),
}
TOKEN = re.compile(r"\s*(\d+(?:\.\d+)?|//|[-+*/%^()]|[a-z]+)")


def tokenize(expr):
    tokens, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m:
            raise SyntaxError(f"unexpected {expr[pos]!r} at {pos}")
        tokens.append(m.group(1))
        pos = m.end()
    return tokens


def to_postfix(tokens):
    out, stack = [], []
    for tok in tokens:
        if tok[0].isdigit() or tok.isalpha():
            out.append(tok)
        elif tok in OPS:
            p, assoc, _ = OPS[tok]
            while stack and stack[-1] in OPS:
                q = OPS[stack[-1]][0]
                if q > p or (q == p and assoc == "left"):
                    out.append(stack.pop())
                else:
                    break
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced )")
            stack.pop()
    while stack:
        top = stack.pop()
        if top == "(":
            raise SyntaxError("unbalanced (")
        out.append(top)
    return out


def evaluate(postfix, env=None):
    env = env or {}
    stack = []
    for tok in postfix:
        if tok in OPS:
            if len(stack) < 2:
                raise SyntaxError("not enough operands")
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok][2](a, b))
        elif tok.isalpha():
            stack.append(env[tok])
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise SyntaxError(f"leftover operands {stack}")
    return stack[0]


def to_tree(postfix):
    stack = []
    for tok in postfix:
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append((tok, a, b))
        else:
            stack.append(tok)
    return stack[0]


def show(tree, indent=0):
    if isinstance(tree, str):
        print("  " * indent + tree)
        return
    print("  " * indent + tree[0])
    show(tree[1], indent + 1)
    show(tree[2], indent + 1)


exprs = ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "100 // 7 % 4",
         "x * x + y * 2", "1.5 * (2 + 2.5)", "((2))", "1 +", "(1 + 2", "1 + 2)", "3 $ 4", "7 / 0"]
for e in exprs:
    try:
        pf = to_postfix(tokenize(e))
        print(f"{e:<32} -> {' '.join(pf):<30} = {evaluate(pf, {'x': 3, 'y': 4})!r}")
    except (SyntaxError, ZeroDivisionError, KeyError) as ex:
        print(f"{e:<32} !! {type(ex).__name__}: {ex}")
show(to_tree(to_postfix(tokenize("(a + b) * c - d ^ e"))))
print(to_tree(to_postfix(tokenize("1 - 2 - 3"))), to_tree(to_postfix(tokenize("2 ^ 3 ^ 4"))))
