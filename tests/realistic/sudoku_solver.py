"""Backtracking sudoku solver with constraint propagation and N-queens."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [r for r in text.split() if r]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(grid, stats):
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        stats["tries"] += 1
        grid[r][c] = d
        if solve(grid, stats):
            return True
    grid[r][c] = 0
    stats["backtracks"] += 1
    return False


def show(grid):
    out = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            out.append("------+-------+------")
        out.append(" | ".join(" ".join(str(d or ".") for d in row[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(out)


def valid(grid):
    groups = [row for row in grid] + [list(col) for col in zip(*grid)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


grid = parse(PUZZLE)
print(show(grid))
stats = {"tries": 0, "backtracks": 0}
print("solved:", solve(grid, stats), stats)
print(show(grid))
print("valid:", valid(grid))

hard = parse("""
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..
""")
stats = {"tries": 0, "backtracks": 0}
print("hard solved:", solve(hard, stats), valid(hard))
print("".join(map(str, hard[0])), "".join(map(str, hard[8])))


def queens(n):
    solutions = []
    cols = [0] * n

    def place(row, used_cols, d1, d2):
        if row == n:
            solutions.append(tuple(cols))
            return
        for c in range(n):
            if c not in used_cols and row - c not in d1 and row + c not in d2:
                cols[row] = c
                place(row + 1, used_cols | {c}, d1 | {row - c}, d2 | {row + c})

    place(0, frozenset(), frozenset(), frozenset())
    return solutions


for n in range(4, 9):
    sols = queens(n)
    print(n, len(sols), sols[0] if sols else None)
first = queens(8)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(8)) for col in first))
