import random


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


for s in [0, 1, 42, -42, 2**32, 2**100 + 7, 3.5, -0.0, "hello", "", b"bytes", bytearray(b"ba"), True, 12345678901234567890]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(7), random.getrandbits(77), random.randint(1, 6))

random.seed(42)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 100, 7) for _ in range(10)])
print([random.randrange(100, 3, -7) for _ in range(10)])
print(random.randrange(10**30))
print([random.choice("abcdefg") for _ in range(10)])
print(random.choices(range(10), k=5))
print(random.choices("abc", [1, 2, 3], k=8))
print(random.choices("abc", cum_weights=[1, 5, 6], k=8))
x = list(range(20))
random.shuffle(x)
print(x)
print(random.sample(range(100), 10))
print(random.sample(range(10000), 30))
print(random.sample(["a", "b", "c"], 3))
print(random.sample(["r", "b"], counts=[4, 2], k=5))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 3))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(1, 3))
print(random.expovariate(1.5), random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(10))
state = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(state)
print(a == [random.random() for _ in range(5)])
print(state[0], len(state[1]), state[1][-1], state[2])

r = random.Random(7)
print(r.random(), r.randint(0, 1000))
r.seed("seed", version=1)
print(r.random())
r.seed(b"seed", version=1)
print(r.random())

for args in [(0,), (-5,), (5, 5), (5, 1), (1, 10, 0), (10, 1, 1), (1, 10, -1), (3.5,), (1, 2.5), (1, 5, 1.5), ("a",)]:
    show("randrange%r" % (args,), lambda: random.randrange(*args))
show("randrange step", lambda: random.randrange(5, step=2))
show("choice", lambda: random.choice([]))
show("sample", lambda: random.sample({1, 2}, 1))
show("sample", lambda: random.sample([1, 2], 3))
show("sample", lambda: random.sample([1, 2], -1))
show("sample", lambda: random.sample([1, 2], 1, counts=[1]))
show("sample", lambda: random.sample([1, 2], 1, counts=[0, 0]))
show("choices", lambda: random.choices([1, 2], 3))
show("choices", lambda: random.choices([1, 2], [1], k=3))
show("choices", lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]))
show("choices", lambda: random.choices([1, 2], [0, 0]))
show("choices", lambda: random.choices([1, 2], [1, float("inf")]))
show("getrandbits", lambda: random.getrandbits(-1))
show("getrandbits", lambda: random.getrandbits(0))
show("seed", lambda: random.seed([1]))
show("setstate", lambda: random.setstate((9, (), None)))
show("setstate", lambda: random.setstate((3, (1, 2), None)))
show("gamma", lambda: random.gammavariate(0, 1))

class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().randrange(100), MyRandom().choice("abcdef"))

for s in range(50):
    random.seed(s)
    print(s, random.random(), random.randrange(1000), random.sample(range(50), 3), random.gauss())
