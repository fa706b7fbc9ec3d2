"""A small stack-machine interpreter driven by match statements."""
from dataclasses import dataclass


@dataclass
class Num:
    value: int


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Var:
    name: str


@dataclass
class Let:
    name: str
    value: object
    body: object


def evaluate(expr, env):
    match expr:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op="-" | "/" as op, left=l, right=r):
            a, b = evaluate(l, env), evaluate(r, env)
            return a - b if op == "-" else a // b
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise TypeError(f"cannot evaluate {expr!r}")


def run(program):
    stack = []
    pc = 0
    out = []
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    while pc < len(program):
        ins = program[pc]
        pc += 1
        match ins:
            case ("push", int() | float() as v):
                stack.append(v)
            case ("push", str(s)):
                stack.append(s)
            case ("add" | "sub" | "mul") as op, :
                b, a = stack.pop(), stack.pop()
                stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
            case ("dup",):
                stack.append(stack[-1])
            case ("print",):
                out.append(stack.pop())
            case ("jumpif", label):
                if stack.pop():
                    pc = labels[label]
            case ("label", _):
                pass
            case ("halt",):
                break
            case [op, *args]:
                raise ValueError(f"bad instruction {op!r} with {len(args)} args")
    return out, stack


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case "":
            return "empty string"
        case str() as s:
            return f"string of {len(s)}"
        case [x]:
            return f"singleton {x!r}"
        case [x, y, *rest]:
            return f"list starting {x!r},{y!r} (+{len(rest)})"
        case {"type": "point", "x": x, "y": y, **others}:
            return f"point({x}, {y}) extra={sorted(others)}"
        case {"type": t}:
            return f"object of type {t}"
        case _:
            return f"unknown {type(value).__name__}"


prog = Let("x", Num(5), BinOp("+", BinOp("*", Var("x"), Num(3)), BinOp("-", Num(10), Var("x"))))
print(evaluate(prog, {}))
print(evaluate(BinOp("*", Var("undefined"), Num(0)), {}))
print(evaluate(BinOp("/", Num(17), Num(5)), {}))
for bad in [Var("y"), BinOp("%", Num(1), Num(2)), "text"]:
    try:
        evaluate(bad, {})
    except (NameError, TypeError) as e:
        print(type(e).__name__, e)

countdown = [("push", 5), ("label", "top"), ("dup",), ("print",), ("push", 1), ("sub",),
             ("dup",), ("jumpif", "top"), ("push", "done"), ("print",), ("push", 2.5),
             ("push", 4), ("mul",), ("print",), ("halt",), ("print",)]
print(run(countdown))
try:
    run([("push", 1), ("frobnicate", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
for v in [None, True, -3, 7, 2.5, "", "hey", [1], (1, 2, 3, 4), {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle"}, {1, 2}, {"x": 1}]:
    print(f"{v!r:40} -> {describe(v)}")
