"""Seeded random simulations: dice, shuffles, Monte Carlo, random walks."""
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([round(random.random(), 6) for _ in range(5)])
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.sample(range(100), 7), random.choices("abc", weights=[5, 1, 1], k=10))
print(random.uniform(1, 2), random.randrange(0, 100, 5), random.getrandbits(64), random.gauss(0, 1))

random.seed("pytier")
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

rng = random.Random(42)
pos = 0
path = []
for _ in range(30):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))

rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600)]
for total in range(2, 13):
    print(f"{total:>2} {rolls.count(total):>4} {'*' * (rolls.count(total) // 20)}")

state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, rng.expovariate(2.0), rng.triangular(0, 10, 3), rng.betavariate(2, 3))
random.seed(7)
print(random.sample(["alice", "bob", "carol", "dave"], k=4), random.randbytes(6))
