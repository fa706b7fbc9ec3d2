"""A compiler from a tiny expression language to bytecode, and the VM that runs it."""
import operator
from dataclasses import dataclass

SOURCE = """
let x = 10;
let y = 3;
print x * y + 2;
let i = 0;
let acc = 1;
while i < 5 {
    acc = acc * 2;
    i = i + 1;
}
print acc;
if acc > 20 { print 1; } else { print 0; }
let n = 10;
let a = 0;
let b = 1;
while n > 0 {
    let t = a + b;
    a = b;
    b = t;
    n = n - 1;
}
print a;
print 7 / 2;
print 7 % 3 - -4;
"""


@dataclass
class Tok:
    kind: str
    text: str


def lex(src):
    import re
    spec = r"\s*(?:(\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+*/%<>=;{}()]))"
    out, pos = [], 0
    src = src.strip()
    while pos < len(src):
        m = re.compile(spec).match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad input at {pos}: {src[pos:pos + 10]!r}")
        num, name, op = m.groups()
        out.append(Tok("num", num) if num else Tok("name", name) if name else Tok("op", op))
        pos = m.end()
    out.append(Tok("eof", ""))
    return out


class Compiler:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

    def __init__(self, tokens):
        self.toks, self.i, self.code = tokens, 0, []

    def peek(self):
        return self.toks[self.i]

    def eat(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r}, got {t.text!r}")
        self.i += 1
        return t

    def emit(self, *ins):
        self.code.append(ins)
        return len(self.code) - 1

    def program(self):
        while self.peek().kind != "eof":
            self.statement()
        self.emit("halt")
        return self.code

    def block(self):
        self.eat("{")
        while self.peek().text != "}":
            self.statement()
        self.eat("}")

    def statement(self):
        t = self.peek()
        if t.text == "let" or (t.kind == "name" and self.toks[self.i + 1].text == "="):
            if t.text == "let":
                self.eat()
            name = self.eat().text
            self.eat("=")
            self.expr(0)
            self.emit("store", name)
            self.eat(";")
        elif t.text == "print":
            self.eat()
            self.expr(0)
            self.emit("print")
            self.eat(";")
        elif t.text == "while":
            self.eat()
            top = len(self.code)
            self.expr(0)
            jump = self.emit("jump_if_false", None)
            self.block()
            self.emit("jump", top)
            self.code[jump] = ("jump_if_false", len(self.code))
        elif t.text == "if":
            self.eat()
            self.expr(0)
            jump = self.emit("jump_if_false", None)
            self.block()
            if self.peek().text == "else":
                self.eat()
                skip = self.emit("jump", None)
                self.code[jump] = ("jump_if_false", len(self.code))
                self.block()
                self.code[skip] = ("jump", len(self.code))
            else:
                self.code[jump] = ("jump_if_false", len(self.code))
        else:
            raise SyntaxError(f"unexpected {t.text!r}")

    def expr(self, min_prec):
        self.unary()
        while self.peek().text in self.PREC and self.PREC[self.peek().text] > min_prec:
            op = self.eat().text
            self.expr(self.PREC[op])
            self.emit("binop", op)

    def unary(self):
        t = self.eat()
        if t.text == "-":
            self.unary()
            self.emit("neg")
        elif t.text == "(":
            self.expr(0)
            self.eat(")")
        elif t.kind == "num":
            self.emit("push", int(t.text))
        elif t.kind == "name":
            self.emit("load", t.text)
        else:
            raise SyntaxError(f"unexpected {t.text!r}")


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv, "%": operator.mod,
       "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge, "==": operator.eq, "!=": operator.ne}


def run(code):
    stack, env, pc, steps, out = [], {}, 0, 0, []
    while True:
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "binop":
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[args[0]](a, b))
        elif op == "neg":
            stack.append(-stack.pop())
        elif op == "print":
            out.append(stack.pop())
        elif op == "jump":
            pc = args[0]
        elif op == "jump_if_false":
            if not stack.pop():
                pc = args[0]
        elif op == "halt":
            return out, env, steps


code = Compiler(lex(SOURCE)).program()
for n, ins in enumerate(code[:12]):
    print(f"{n:>3} {ins[0]:<14} {' '.join(map(str, ins[1:]))}")
print(len(code), "instructions")
out, env, steps = run(code)
print(out, steps, sorted(env.items()))
for bad in ["let = 5;", "print 1 +;", "x = (1;", "print 1 $ 2;"]:
    try:
        run(Compiler(lex(bad)).program())
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    run(Compiler(lex("print y;")).program())
except KeyError as e:
    print("KeyError:", e)
