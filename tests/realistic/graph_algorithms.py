"""BFS, DFS, Dijkstra, topological sort and connected components."""
from collections import deque, defaultdict
import heapq

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]

graph = defaultdict(list)
for a, b, w in EDGES:
    graph[a].append((b, w))
    graph[b].append((a, w))


def bfs(start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = deque([target])
    while path[0] in prev:
        path.appendleft(prev[path[0]])
    return list(path)


def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node not in seen:
            comp = bfs(node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


def toposort(deps):
    indegree = {n: 0 for n in deps}
    for n, targets in deps.items():
        for t in targets:
            indegree[t] = indegree.get(t, 0) + 1
    queue = deque(sorted(n for n, d in indegree.items() if d == 0))
    order = []
    while queue:
        n = queue.popleft()
        order.append(n)
        for t in sorted(deps.get(n, ())):
            indegree[t] -= 1
            if indegree[t] == 0:
                queue.append(t)
    if len(order) != len(indegree):
        cyclic = sorted(n for n, d in indegree.items() if d > 0)
        raise ValueError(f"cycle among {cyclic}")
    return order


print("bfs", bfs("A"))
print("dfs", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>2} via {' -> '.join(path_to(prev, node))}")
print("unreachable", sorted(set(graph) - set(dist)))
print("components", components())
course_deps = {"intro": ["algo", "data"], "algo": ["ai", "compilers"], "data": ["ai", "db"],
               "db": [], "ai": [], "compilers": ["os"], "os": []}
print("topo", toposort(course_deps))
course_deps["os"] = ["intro"]
try:
    toposort(course_deps)
except ValueError as e:
    print("error:", e)
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
q = deque([(start, 0)])
seen = {start}
while q:
    (r, c), d = q.popleft()
    if grid[r][c] == "E":
        print("maze distance", d)
        break
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            q.append(((nr, nc), d + 1))
print(len(seen), dict(graph)["G"], deque(range(5), maxlen=3), graph.default_factory)
