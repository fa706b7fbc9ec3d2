def gen():
    yield 1
    raise KeyError("in gen")
class Holder:
    items = [x for x in range(2)]
    def run(self):
        return sum(v for v in gen())
f = lambda h: h.run()
data = {"k": {"n": None}}
try:
    data["k"]["n"]["deep"]
except TypeError as e:
    print("TypeError:", e)
result = f(Holder())
