def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received is not None:
                n = received
            else:
                n -= 1
    finally:
        print("countdown closed at", n)
g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
g.close()
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
c = catcher()
next(c)
print(c.throw(ValueError("bad")))
c.close()
def delegate():
    result = yield from sub()
    yield "result=" + str(result)
def sub():
    x = yield "sub1"
    yield "sub2 got " + str(x)
    return 99
d = delegate()
print(next(d), d.send("hello"), next(d))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x * x for x in range(10)), any(x > 5 for x in range(10)), all(x < 5 for x in range(3)))
def gen_with_return():
    yield 1
    return "ret"
try:
    it = gen_with_return()
    next(it)
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def closing_test():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = closing_test()
next(g)
del g
print("after del")
gen = (i * 2 for i in range(3))
print(gen.__name__, list(gen), list(gen))
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)])))
