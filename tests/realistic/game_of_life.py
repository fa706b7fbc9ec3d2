"""Conway's game of life on a small torus and an unbounded set-based board."""
from collections import Counter


def step_set(live):
    counts = Counter((x + dx, y + dy) for x, y in live for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, x0, y0, x1, y1):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(x0, x1)) for y in range(y0, y1))


class Torus:
    def __init__(self, rows):
        self.grid = [[ch == "#" for ch in row] for row in rows]
        self.h, self.w = len(self.grid), len(self.grid[0])

    def neighbours(self, r, c):
        return sum(self.grid[(r + dr) % self.h][(c + dc) % self.w]
                   for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)

    def step(self):
        self.grid = [[(n := self.neighbours(r, c)) == 3 or (n == 2 and self.grid[r][c])
                      for c in range(self.w)] for r in range(self.h)]

    def population(self):
        return sum(map(sum, self.grid))

    def __str__(self):
        return "\n".join("".join("#" if v else "." for v in row) for row in self.grid)


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = set(glider)
for gen in range(5):
    print(f"generation {gen}, {len(g)} cells, bbox {min(x for x, _ in g)},{min(y for _, y in g)}")
    print(render(g, 0, 0, 6, 6))
    g = step_set(g)
print(g == {(x + 1, y + 1) for x, y in glider})

blinker = {(0, 1), (1, 1), (2, 1)}
print(step_set(blinker) == {(1, 0), (1, 1), (1, 2)}, step_set(step_set(blinker)) == blinker)
pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
p = set(pentomino)
sizes = []
for _ in range(200):
    p = step_set(p)
    sizes.append(len(p))
print(sizes[::20], max(sizes), sizes[-1])

t = Torus(["......", "..#...", "...#..", ".###..", "......", "......"])
for gen in range(4):
    t.step()
print(t, t.population(), sep="\n")
for _ in range(20):
    t.step()
print(t.population(), [r for r, row in enumerate(t.grid) if any(row)])
