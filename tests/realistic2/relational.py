# A tiny relational-algebra engine: select, project, rename, join, group, order on lists of dicts.
from functools import reduce
from itertools import groupby
from operator import itemgetter


class Relation:
    def __init__(self, name, rows):
        self.name = name
        self.rows = [dict(r) for r in rows]

    @property
    def columns(self):
        return list(self.rows[0]) if self.rows else []

    def select(self, pred):
        return Relation(f"σ({self.name})", (r for r in self.rows if pred(r)))

    def project(self, *cols):
        seen, out = set(), []
        for r in self.rows:
            key = tuple(r[c] for c in cols)
            if key not in seen:
                seen.add(key)
                out.append(dict(zip(cols, key)))
        return Relation(f"π({self.name})", out)

    def rename(self, **mapping):
        return Relation(self.name, ({mapping.get(k, k): v for k, v in r.items()} for r in self.rows))

    def join(self, other, on):
        index = {}
        for r in other.rows:
            index.setdefault(r[on], []).append(r)
        out = [{**a, **b} for a in self.rows for b in index.get(a[on], [])]
        return Relation(f"{self.name}⋈{other.name}", out)

    def left_join(self, other, on):
        cols = [c for c in other.columns if c != on]
        out = []
        for a in self.rows:
            matches = [b for b in other.rows if b[on] == a[on]]
            out.extend({**a, **b} for b in matches) if matches else out.append({**a, **dict.fromkeys(cols)})
        return Relation(f"{self.name}⟕{other.name}", out)

    def group(self, key, **aggs):
        rows = sorted(self.rows, key=itemgetter(key))
        out = []
        for k, grp in groupby(rows, key=itemgetter(key)):
            grp = list(grp)
            out.append({key: k, **{name: fn(grp) for name, fn in aggs.items()}})
        return Relation(f"γ({self.name})", out)

    def order(self, *keys, reverse=False):
        return Relation(self.name, sorted(self.rows, key=itemgetter(*keys), reverse=reverse))

    def union(self, other):
        return Relation(f"{self.name}∪{other.name}", self.rows + [r for r in other.rows if r not in self.rows])

    def show(self):
        cols = self.columns
        widths = [max(len(str(c)), *(len(str(r[c])) for r in self.rows)) for c in cols]
        print(f"-- {self.name} ({len(self.rows)} rows)")
        print(" | ".join(f"{c:<{w}}" for c, w in zip(cols, widths)))
        print("-+-".join("-" * w for w in widths))
        for r in self.rows:
            print(" | ".join(f"{r[c]!s:>{w}}" if isinstance(r[c], (int, float)) else f"{r[c]!s:<{w}}"
                             for c, w in zip(cols, widths)))


emp = Relation("emp", [
    {"eid": 1, "name": "Ada", "dept": 10, "salary": 5200},
    {"eid": 2, "name": "Brian", "dept": 20, "salary": 4100},
    {"eid": 3, "name": "Chen", "dept": 10, "salary": 6100},
    {"eid": 4, "name": "Dora", "dept": 30, "salary": 3900},
    {"eid": 5, "name": "Eve", "dept": 20, "salary": 4100},
    {"eid": 6, "name": "Finn", "dept": 40, "salary": 2500},
])
dept = Relation("dept", [
    {"dept": 10, "dname": "Research", "city": "Oslo"},
    {"dept": 20, "dname": "Sales", "city": "Rome"},
    {"dept": 30, "dname": "Ops", "city": "Oslo"},
    {"dept": 50, "dname": "Legal", "city": "Paris"},
])

emp.select(lambda r: r["salary"] > 4000).project("name", "salary").show()
emp.join(dept, "dept").project("name", "dname", "city").order("city", "name").show()
emp.left_join(dept, "dept").order("eid").show()
emp.group("dept", n=len, total=lambda g: sum(r["salary"] for r in g),
          avg=lambda g: round(sum(r["salary"] for r in g) / len(g), 1)).show()
emp.project("salary").order("salary", reverse=True).show()
emp.rename(name="who").select(lambda r: r["who"] < "D").project("who", "eid").show()
oslo = emp.join(dept, "dept").select(lambda r: r["city"] == "Oslo").project("eid")
rome = emp.join(dept, "dept").select(lambda r: r["city"] == "Rome").project("eid")
oslo.union(rome).order("eid").show()
payroll = reduce(lambda acc, r: acc + r["salary"], emp.rows, 0)
print("payroll:", payroll, f"{payroll:,}", f"{payroll / len(emp.rows):.3f}")
