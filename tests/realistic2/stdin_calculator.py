# An RPN/infix calculator REPL that reads commands with input() until EOF.
import math
import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "^": operator.pow}
FUNCS = {"sqrt": math.sqrt, "neg": operator.neg, "abs": abs, "ln": math.log}

stack = []
variables = {}
line_no = 0


def push_token(token):
    if token in OPS:
        if len(stack) < 2:
            raise IndexError(f"'{token}' needs two operands, stack has {len(stack)}")
        b, a = stack.pop(), stack.pop()
        stack.append(OPS[token](a, b))
    elif token in FUNCS:
        stack.append(FUNCS[token](stack.pop()))
    elif token == "dup":
        stack.append(stack[-1])
    elif token == "swap":
        stack[-1], stack[-2] = stack[-2], stack[-1]
    elif token.startswith("="):
        variables[token[1:]] = stack[-1]
    elif token in variables:
        stack.append(variables[token])
    else:
        stack.append(int(token) if token.lstrip("-").isdigit() else float(token))


while True:
    try:
        line = input(f"[{len(stack)}]> ")
    except EOFError:
        print()
        print("bye; stack was", stack)
        break
    line_no += 1
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line == "clear":
        stack.clear()
        continue
    try:
        for tok in line.split():
            push_token(tok)
        top = stack[-1] if stack else None
        print(f"{line_no:3}: {line:<24} -> {top!r}")
    except (ValueError, IndexError, ZeroDivisionError, OverflowError) as e:
        print(f"{line_no:3}: error {type(e).__name__}: {e}")
print("variables:", variables)
