"""A small Scheme interpreter: reader, environments, closures, tail calls and errors."""
import math
import operator as op


class Symbol(str):
    pass


class SchemeError(Exception):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise SchemeError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise SchemeError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise SchemeError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise SchemeError(f"unbound symbol: {name}")


class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"#<procedure {self.name}/{len(self.params)}>"


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: -a if not b else a - sum(b), "*": lambda *a: math.prod(a),
        "/": op.truediv, "quotient": op.floordiv, "remainder": op.mod, "<": op.lt, ">": op.gt, "=": op.eq,
        "<=": op.le, ">=": op.ge, "abs": abs, "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda a, b: [a] + b, "list": lambda *a: list(a), "null?": lambda x: x == [],
        "length": len, "not": op.not_, "display": lambda x: print(to_str(x), end=""),
        "newline": lambda: print(), "sqrt": math.sqrt, "expt": pow, "apply": lambda f, a: f(*a),
        "map": lambda f, xs: [f(x) for x in xs], "number?": lambda x: isinstance(x, (int, float)),
    })
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise SchemeError("empty application")
        head, *rest = x
        if head == "quote":
            return rest[0]
        if head == "if":
            test, then, *other = rest
            x = then if evaluate(test, env) not in (False, []) else (other[0] if other else False)
            continue
        if head == "define":
            target, *body = rest
            if isinstance(target, list):
                env[target[0]] = Procedure(target[1:], body, env, target[0])
            else:
                env[target] = evaluate(body[0], env)
            return None
        if head == "set!":
            env.find(rest[0])[rest[0]] = evaluate(rest[1], env)
            return None
        if head == "lambda":
            return Procedure(rest[0], rest[1:], env)
        if head == "begin":
            for e in rest[:-1]:
                evaluate(e, env)
            x = rest[-1]
            continue
        if head == "let":
            names = [b[0] for b in rest[0]]
            values = [evaluate(b[1], env) for b in rest[0]]
            env = Env(names, values, env)
            for e in rest[1:-1]:
                evaluate(e, env)
            x = rest[-1]
            continue
        proc = evaluate(head, env)
        args = [evaluate(a, env) for a in rest]
        if isinstance(proc, Procedure):
            if len(args) != len(proc.params):
                raise SchemeError(f"{proc.name} expects {len(proc.params)} args, got {len(args)}")
            env = Env(proc.params, args, proc.env)
            for e in proc.body[:-1]:
                evaluate(e, env)
            x = proc.body[-1]
            continue
        try:
            return proc(*args)
        except TypeError as e:
            raise SchemeError(f"bad call of {to_str(head)}: {e}") from e


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)


PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 20)
(fact 30)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib '(0 1 2 3 4 5 6 7 8 9 10))
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(count-down 50000 0)
(define make-counter (lambda () (let ((n 0)) (lambda () (set! n (+ n 1)) n))))
(define c (make-counter))
(begin (c) (c) (c))
(define (compose f g) (lambda (x) (f (g x))))
((compose sqrt abs) -16)
(let ((x 2) (y 3)) (* x y))
(cons 1 '(2 3))
(cdr '(a b c))
(apply + '(1 2 3 4))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(range 0 10)
(define (filter p xs) (if (null? xs) '() (if (p (car xs)) (cons (car xs) (filter p (cdr xs))) (filter p (cdr xs)))))
(filter (lambda (x) (= (remainder x 3) 0)) (range 0 20))
fact
(begin (display "hello") (newline) 'done)
(undefined-thing 1)
(fact 1 2)
(car)
(+ 1 "a")
(quotient 7 0)
(1 2 3
)
"""

env = standard_env()
tokens = tokenize(PROGRAM)
while tokens:
    try:
        expr = read(tokens)
        result = evaluate(expr, env)
        if result is not None:
            print(to_str(expr)[:40].ljust(42), "=>", to_str(result) if not isinstance(result, float) else round(result, 6))
    except SchemeError as e:
        print("error:", e, "| caused by:", type(e.__cause__).__name__ if e.__cause__ else None)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
