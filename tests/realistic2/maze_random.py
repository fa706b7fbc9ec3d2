# Maze generation (recursive backtracker with seeded random) and BFS/A* solving.
import random
from collections import deque
import heapq

W, H = 12, 8


def generate(seed):
    rng = random.Random(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(W) for y in range(H)}
    step = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    opposite = {"N": "S", "S": "N", "E": "W", "W": "E"}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        dirs = [d for d in "NSEW" if (x + step[d][0], y + step[d][1]) in walls
                and (x + step[d][0], y + step[d][1]) not in seen]
        if not dirs:
            stack.pop()
            continue
        d = rng.choice(dirs)
        nx, ny = x + step[d][0], y + step[d][1]
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(opposite[d])
        seen.add((nx, ny))
        stack.append((nx, ny))
    return walls


def render(walls, path=()):
    lines = ["+" + "--+" * W]
    for y in range(H):
        row = "|"
        below = "+"
        for x in range(W):
            cell = " *" if (x, y) in path else "  "
            row += cell + ("|" if "E" in walls[(x, y)] else " ")
            below += ("--" if "S" in walls[(x, y)] else "  ") + "+"
        lines.append(row)
        lines.append(below)
    return "\n".join(lines)


def neighbours(walls, cell):
    x, y = cell
    for d, (dx, dy) in (("N", (0, -1)), ("S", (0, 1)), ("E", (1, 0)), ("W", (-1, 0))):
        if d not in walls[cell]:
            yield (x + dx, y + dy)


def bfs(walls, start, goal):
    prev = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for n in neighbours(walls, cell):
            if n not in prev:
                prev[n] = cell
                queue.append(n)
    path = []
    cell = goal
    while cell is not None:
        path.append(cell)
        cell = prev[cell]
    return path[::-1], len(prev)


def astar(walls, start, goal):
    h = lambda c: abs(c[0] - goal[0]) + abs(c[1] - goal[1])
    frontier = [(h(start), 0, start)]
    cost = {start: 0}
    expanded = 0
    while frontier:
        _, g, cell = heapq.heappop(frontier)
        expanded += 1
        if cell == goal:
            return g, expanded
        for n in neighbours(walls, cell):
            if n not in cost or g + 1 < cost[n]:
                cost[n] = g + 1
                heapq.heappush(frontier, (g + 1 + h(n), g + 1, n))
    return None, expanded


for seed in (1, 7, 2024):
    walls = generate(seed)
    path, visited = bfs(walls, (0, 0), (W - 1, H - 1))
    dist, expanded = astar(walls, (0, 0), (W - 1, H - 1))
    print(f"seed {seed}: path length {len(path)}, bfs visited {visited}, a* cost {dist}, expanded {expanded}")
    dead_ends = sum(1 for c in walls if len(walls[c]) == 3)
    print("dead ends:", dead_ends)
    print(render(walls, set(path)))
    print()
rng = random.Random(5)
print([rng.randint(1, 6) for _ in range(10)])
print(rng.sample(range(100), 5), round(rng.random(), 6), rng.randrange(10, 100, 5))
deck = list(range(10))
rng.shuffle(deck)
print(deck, rng.uniform(1, 2))
