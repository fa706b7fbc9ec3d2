# Bound methods hash their self by identity, as they compare.
class L(list):
    def m(self):
        pass


a, b = [], []
print(type(hash(a.pop)), hash(a.pop) == hash(a.pop), a.pop == a.pop, a.pop == b.pop)
x = L()
print(type(hash(x.m)), hash(x.m) == hash(x.m), x.m == x.m, x.m == L().m)
print(len({a.pop, a.pop, b.pop, x.m, x.m}))
