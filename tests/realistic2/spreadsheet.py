# A spreadsheet evaluator: formulas with cell references, ranges, functions, dependency order, cycles.
import re
from graphlib import TopologicalSorter, CycleError

REF = re.compile(r"\b([A-Z])([1-9][0-9]*)\b")
RANGE = re.compile(r"\b([A-Z])([1-9][0-9]*):([A-Z])([1-9][0-9]*)\b")


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}

    def set(self, cell, text):
        self.raw[cell] = text

    def expand(self, formula):
        def repl(m):
            c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            cells = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
            return "[" + ", ".join(cells) + "]"
        return RANGE.sub(repl, formula)

    def deps(self, cell):
        text = self.raw[cell]
        if not text.startswith("="):
            return []
        return sorted({m.group(0) for m in REF.finditer(self.expand(text[1:]))})

    def evaluate(self):
        graph = {cell: self.deps(cell) for cell in self.raw}
        order = list(TopologicalSorter(graph).static_order())
        env = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs),
               "IF": lambda c, a, b: a if c else b, "ROUND": round, "LEN": len}
        for cell in order:
            text = self.raw.get(cell)
            if text is None:
                self.values[cell] = 0
            elif text.startswith("="):
                expr = self.expand(text[1:])
                try:
                    self.values[cell] = eval(expr, {"__builtins__": {}}, {**env, **self.values})
                except ZeroDivisionError:
                    self.values[cell] = "#DIV/0!"
                except TypeError as e:
                    self.values[cell] = "#VALUE!"
            else:
                try:
                    self.values[cell] = int(text)
                except ValueError:
                    try:
                        self.values[cell] = float(text)
                    except ValueError:
                        self.values[cell] = text
        return order

    def show(self, cols="ABCD", rows=range(1, 7)):
        print("    " + "".join(f"{c:>12}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}", "")
                cells.append(f"{v:>12.4g}" if isinstance(v, float) else f"{v!s:>12}")
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
for cell, text in {
    "A1": "item", "B1": "qty", "C1": "price", "D1": "total",
    "A2": "pens", "B2": "12", "C2": "0.85", "D2": "=B2*C2",
    "A3": "paper", "B3": "3", "C3": "4.2", "D3": "=B3*C3",
    "A4": "ink", "B4": "2", "C4": "19.99", "D4": "=ROUND(B4*C4, 1)",
    "A5": "sum", "B5": "=SUM(B2:B4)", "C5": "=AVG(C2:C4)", "D5": "=SUM(D2:D4)",
    "A6": "flags", "B6": "=IF(D5 > 50, 'big', 'small')", "C6": "=MAX(C2:C4) / (B5 - 17)", "D6": "=A2 * 2",
}.items():
    s.set(cell, text)
order = s.evaluate()
print("evaluation order:", order)
s.show()
s.set("B2", "40")
s.evaluate()
s.show(rows=range(2, 7))
print(s.expand("SUM(A1:B3) + C2"), sorted(s.deps("D5")))

s.set("A7", "=B7 + 1")
s.set("B7", "=C7 * 2")
s.set("C7", "=A7")
try:
    s.evaluate()
except CycleError as e:
    print("CycleError:", e.args[0], "cycle:", e.args[1])

ts = TopologicalSorter()
ts.add("deploy", "test", "build")
ts.add("test", "build")
ts.add("build", "fetch")
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
