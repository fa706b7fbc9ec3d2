src = "x = 1\ndef g(a):\n    return a + x\nprint(g(2))\n"
co = compile(src, "<mod>", "exec")
ns = {}
exec(co, ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["g"](5))
e = compile("x * 2", "<expr>", "eval")
print(eval(e, {"x": 21}), e.co_name, e.co_filename)
s = compile("1 + 1", "<single>", "single")
exec(s)
try:
    compile("def (", "<bad>", "exec")
except SyntaxError as err:
    print(err.msg, err.lineno, err.filename)
co2 = co.replace(co_filename="renamed.py")
exec(co2, {})
import types
fn = types.FunctionType(compile("def h(): return 42", "<h>", "exec").co_consts[0], {})
print(fn())
print(compile("pass", "f", "exec", dont_inherit=True).co_name)
def outer():
    inner = lambda: "inner"
    return inner()
outer.__code__ = outer.__code__.replace(co_name="renamed")
print(outer(), outer.__code__.co_name, [type(c).__name__ for c in outer.__code__.co_consts])
