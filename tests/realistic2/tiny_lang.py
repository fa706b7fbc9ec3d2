# Tokenizer, recursive-descent parser and AST interpreter for a tiny language, using match.
import re
from dataclasses import dataclass

TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|&&|\|\||[-+*/%<>=(){};,!]))")
KEYWORDS = {"let", "while", "if", "else", "print", "fn", "return"}


@dataclass
class Num:
    value: int

@dataclass
class Var:
    name: str

@dataclass
class BinOp:
    op: str
    left: object
    right: object

@dataclass
class Call:
    name: str
    args: list

@dataclass
class Unary:
    op: str
    operand: object


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(("num", int(num)))
        elif name:
            out.append(("kw" if name in KEYWORDS else "name", name))
        else:
            out.append(("op", op))
        pos = m.end()
    out.append(("eof", None))
    return out


class Parser:
    PREC = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.toks, self.i = tokens, 0

    def peek(self):
        return self.toks[self.i]

    def eat(self, kind, value=None):
        tok = self.toks[self.i]
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok[1]

    def program(self):
        stmts = []
        while self.peek()[0] != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.eat("op", "{")
        body = []
        while self.peek() != ("op", "}"):
            body.append(self.statement())
        self.eat("op", "}")
        return body

    def statement(self):
        match self.peek():
            case ("kw", "let"):
                self.i += 1
                name = self.eat("name")
                self.eat("op", "=")
                expr = self.expr(0)
                self.eat("op", ";")
                return ("let", name, expr)
            case ("kw", "print"):
                self.i += 1
                expr = self.expr(0)
                self.eat("op", ";")
                return ("print", expr)
            case ("kw", "while"):
                self.i += 1
                return ("while", self.expr(0), self.block())
            case ("kw", "if"):
                self.i += 1
                cond, then = self.expr(0), self.block()
                other = []
                if self.peek() == ("kw", "else"):
                    self.i += 1
                    other = self.block()
                return ("if", cond, then, other)
            case ("kw", "fn"):
                self.i += 1
                name = self.eat("name")
                self.eat("op", "(")
                params = []
                while self.peek() != ("op", ")"):
                    params.append(self.eat("name"))
                    if self.peek() == ("op", ","):
                        self.i += 1
                self.eat("op", ")")
                return ("fn", name, params, self.block())
            case ("kw", "return"):
                self.i += 1
                expr = self.expr(0)
                self.eat("op", ";")
                return ("return", expr)
            case _:
                expr = self.expr(0)
                self.eat("op", ";")
                return ("expr", expr)

    def expr(self, level):
        if level == len(self.PREC):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in self.PREC[level]:
            op = self.eat("op")
            left = BinOp(op, left, self.expr(level + 1))
        return left

    def unary(self):
        if self.peek() in (("op", "-"), ("op", "!")):
            op = self.eat("op")
            return Unary(op, self.unary())
        return self.atom()

    def atom(self):
        kind, value = self.peek()
        self.i += 1
        if kind == "num":
            return Num(value)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.i += 1
                args = []
                while self.peek() != ("op", ")"):
                    args.append(self.expr(0))
                    if self.peek() == ("op", ","):
                        self.i += 1
                self.eat("op", ")")
                return Call(value, args)
            return Var(value)
        if (kind, value) == ("op", "("):
            e = self.expr(0)
            self.eat("op", ")")
            return e
        raise SyntaxError(f"unexpected {value!r}")


class Return(Exception):
    pass


def evaluate(node, env, funcs):
    match node:
        case Num(value=v):
            return v
        case Var(name=n):
            return env[n]
        case Unary("-", operand):
            return -evaluate(operand, env, funcs)
        case Unary("!", operand):
            return int(not evaluate(operand, env, funcs))
        case BinOp("&&", l, r):
            return evaluate(l, env, funcs) and evaluate(r, env, funcs)
        case BinOp("||", l, r):
            return evaluate(l, env, funcs) or evaluate(r, env, funcs)
        case BinOp(op, l, r):
            a, b = evaluate(l, env, funcs), evaluate(r, env, funcs)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0, "%": a % b if b else 0,
                    "<": int(a < b), ">": int(a > b), "<=": int(a <= b), ">=": int(a >= b),
                    "==": int(a == b), "!=": int(a != b)}[op]
        case Call(name, args):
            params, body = funcs[name]
            local = dict(zip(params, (evaluate(a, env, funcs) for a in args)))
            try:
                run(body, local, funcs)
            except Return as r:
                return r.args[0]
            return 0
    raise TypeError(f"bad node {node!r}")


def run(stmts, env, funcs):
    for st in stmts:
        match st:
            case ("let", name, e):
                env[name] = evaluate(e, env, funcs)
            case ("print", e):
                print(evaluate(e, env, funcs))
            case ("while", cond, body):
                while evaluate(cond, env, funcs):
                    run(body, env, funcs)
            case ("if", cond, then, other):
                run(then if evaluate(cond, env, funcs) else other, env, funcs)
            case ("fn", name, params, body):
                funcs[name] = (params, body)
            case ("return", e):
                raise Return(evaluate(e, env, funcs))
            case ("expr", e):
                evaluate(e, env, funcs)


SOURCE = """
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
fn gcd(a, b) { while b != 0 { let t = b; let b = a % b; let a = t; } return a; }
let i = 0;
while i < 12 { print fib(i); let i = i + 1; }
print gcd(1071, 462);
print -3 * -(2 + 5) % 4;
print 1 < 2 && 2 < 3 || 0;
print !0 + !5;
let n = 27; let steps = 0;
while n != 1 { if n % 2 == 0 { let n = n / 2; } else { let n = 3 * n + 1; } let steps = steps + 1; }
print steps;
"""
toks = tokenize(SOURCE)
print(len(toks), "tokens;", toks[:6])
ast = Parser(toks).program()
print(ast[0][0], ast[0][1], ast[0][2])
print(ast[4])
run(ast, {}, {})
for bad in ["let = 3;", "print (1 + ;", "let x = 3 $ 4;"]:
    try:
        run(Parser(tokenize(bad)).program(), {}, {})
    except SyntaxError as e:
        print("SyntaxError:", e)
