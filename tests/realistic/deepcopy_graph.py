"""copy.copy and copy.deepcopy of object graphs with cycles and custom hooks."""
import copy


class Employee:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager
        self.reports = []
        self.skills = {"python"}
        if manager:
            manager.reports.append(self)

    def __repr__(self):
        boss = self.manager.name if self.manager else None
        return f"<{self.name} boss={boss} reports={[r.name for r in self.reports]} skills={sorted(self.skills)}>"


class Config:
    def __init__(self, values):
        self.values = values
        self.copies = 0

    def __copy__(self):
        new = Config(self.values)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        new = Config(copy.deepcopy(self.values, memo))
        new.copies = self.copies + 100
        return new


ceo = Employee("ceo")
cto = Employee("cto", ceo)
dev = Employee("dev", cto)
team = {"lead": cto, "all": [ceo, cto, dev]}

shallow = copy.copy(team)
deep = copy.deepcopy(team)
print(shallow["lead"] is cto, deep["lead"] is cto, deep["all"][1] is deep["lead"])
deep["lead"].name = "CTO-copy"
deep["all"][2].skills.add("rust")
print(team["all"])
print(deep["all"])
print(deep["all"][2].manager is deep["lead"], deep["all"][0].reports[0] is deep["lead"])

nested = [1, [2, [3, [4]]], {"k": (5, [6])}]
nested.append(nested)
cp = copy.deepcopy(nested)
print(cp[3] is cp, cp[1][1] is not nested[1][1], cp[:3] == nested[:3])
cp[1][1][1].append(99)
print(nested[1], cp[1])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([1, 2]) == [1, 2], copy.deepcopy(t) == t)
tl = (1, [2])
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)

cfg = Config({"a": [1, 2]})
c1 = copy.copy(cfg)
c2 = copy.deepcopy(cfg)
print(c1.copies, c2.copies, c1.values is cfg.values, c2.values is cfg.values, c2.values == cfg.values)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = "x"


s = copy.deepcopy(Slotted())
print(s.a, s.b, copy.copy(s).a is s.a)
import collections
dd = collections.defaultdict(list, {"x": [1]})
od = collections.OrderedDict(a=1, b=[2])
print(copy.deepcopy(dd), copy.deepcopy(od), copy.copy(collections.Counter("aab")))
print(copy.deepcopy(collections.deque([1, [2]], maxlen=5)), copy.copy({1, 2, 3}), copy.deepcopy(frozenset({1})))
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
print(copy.deepcopy(Employee).__name__, copy.deepcopy(len) is len, copy.copy(range(3)))
