# Backtracking puzzles: n-queens counts, first solutions and a knight's tour (Warnsdorff).
def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)

    place(0)
    return solutions


for n in range(1, 9):
    sols = queens(n)
    first = sols[0] if sols else None
    print(f"n={n}: {len(sols):3d} solutions, first={first}")

board8 = queens(8)[0]
for r, c in enumerate(board8):
    print("".join("Q" if i == c else "." for i in range(8)))

unique = set()
for s in queens(6):
    variants = []
    cur = list(s)
    for _ in range(4):
        cur = [cur.index(r) for r in range(6)][::-1]  # rotate 90 degrees
        variants.append(tuple(cur))
        variants.append(tuple(reversed(cur)))
    unique.add(min(variants))
print("6-queens fundamental solutions:", sorted(unique))

MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


def tour(n, start):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1

    def degree(r, c):
        return sum(1 for dr, dc in MOVES
                   if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0)

    for step in range(2, n * n + 1):
        options = [(degree(r + dr, c + dc), r + dr, c + dc) for dr, dc in MOVES
                   if 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0]
        if not options:
            return board, step - 1
        _, r, c = min(options)
        board[r][c] = step
    return board, n * n


for n in (5, 6, 8):
    board, steps = tour(n, (0, 0))
    print(f"knight's tour {n}x{n}: {steps} squares visited")
    width = len(str(n * n))
    for row in board:
        print(" ".join(f"{v:{width}d}" for v in row))
