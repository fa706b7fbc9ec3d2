"""Tokenizer, recursive-descent parser and evaluator for arithmetic."""
import re
import math

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%(),^=]))")


class CalcError(Exception):
    pass


def tokenize(text):
    pos = 0
    tokens = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise CalcError(f"bad character {text[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            tokens.append(("num", float(num) if "." in num else int(num)))
        elif name:
            tokens.append(("name", name))
        else:
            tokens.append(("op", op))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.take()
            return ("**", base, self.factor())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise CalcError(f"unexpected {value!r}")


FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor, "gcd": math.gcd}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise CalcError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    return OPS[kind](evaluate(node[1], env), evaluate(node[2], env))


env = {"pi": math.pi, "e": math.e}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "x = 7 / 2", "x * 4",
         "y = x % 2 + 10", "sqrt(y) + max(1, 2, 3)", "gcd(84, 36) * floor(pi)",
         "2 ** 100", "1 / 0", "z + 1", "3 $ 4", "(1 + 2", "abs(-3.5) * 2", "10 % 3 - -1",
         "big = 12345678901234567890 * 98765432109876543210", "big // 1"]
for line in lines:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<40} => {evaluate(tree, env)!r}")
    except CalcError as e:
        print(f"{line:<40} !! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<40} !! division: {e}")
print(tokenize("a=1+2.5")[:4])
print(Parser(tokenize("1+2*x")).expr())
print(sorted(k for k in env if not k.startswith("_")))
