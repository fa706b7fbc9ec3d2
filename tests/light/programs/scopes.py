x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "modified"
    inner()
    return x
print(outer(), x)
class C:
    x = "class"
    y = [x for _ in range(1)] if False else None
    def m(self):
        return x
print(C().m(), C.x)
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def make():
    items = []
    for n in range(3):
        def show(n=n):
            return n * 10
        items.append(show)
    return items
print([f() for f in make()])
a = b = c = 5
a += 1
print(a, b, c)
lst = [1, 2, 3, 4, 5]
lst[1:3] = ["x", "y", "z"]
del lst[0]
print(lst, lst[::2], lst[-2:])
class Obj:
    pass
o = Obj()
o.count = 1
o.count += 5
d = {"k": [0]}
d["k"][0] += 3
print(o.count, d)
s = "Hello, World"
print(s.lower(), s.split(", "), "-".join(["a", "b"]), s.replace("l", "L", 1), s.find("W"), s.startswith("He"))
print(f"{'nested ' + f'{1 + 1}'}", f"{s!r:^20}|", f"{3.5:e}", f"{12345678:,}", f"{0.5:%}")
def kw_only(*, a, b=2):
    return a, b
print(kw_only(a=1), kw_only(b=3, a=4))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]), list(reversed([1, 2, 3])))
print(isinstance(True, int), type(True) is bool, 1 if [] else 2, bool(""), bool([0]))
i = 10
print([i for i in range(3)], i)
print({k: v for k, v in zip("abc", range(3))}, {n % 3 for n in range(10)})
try:
    del undefined_thing
except NameError as e:
    print(e)
global_counter = 0
def bump():
    global global_counter
    global_counter += 1
for _ in range(3):
    bump()
print(global_counter)
