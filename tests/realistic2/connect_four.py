# Connect four with depth-limited minimax and alpha-beta pruning.
ROWS, COLS = 6, 7
EMPTY, HUMAN, AI = ".", "X", "O"


def new_board():
    return [[EMPTY] * COLS for _ in range(ROWS)]


def drop(board, col, piece):
    for r in range(ROWS - 1, -1, -1):
        if board[r][col] == EMPTY:
            board[r][col] = piece
            return r
    return None


def undo(board, col):
    for r in range(ROWS):
        if board[r][col] != EMPTY:
            board[r][col] = EMPTY
            return


def valid_cols(board):
    return [c for c in range(COLS) if board[0][c] == EMPTY]


def windows(board):
    for r in range(ROWS):
        for c in range(COLS - 3):
            yield [board[r][c + i] for i in range(4)]
    for r in range(ROWS - 3):
        for c in range(COLS):
            yield [board[r + i][c] for i in range(4)]
    for r in range(ROWS - 3):
        for c in range(COLS - 3):
            yield [board[r + i][c + i] for i in range(4)]
            yield [board[r + 3 - i][c + i] for i in range(4)]


def winner(board):
    for w in windows(board):
        if w[0] != EMPTY and w.count(w[0]) == 4:
            return w[0]
    return None


def score(board):
    total = sum(3 for r in range(ROWS) if board[r][COLS // 2] == AI)
    for w in windows(board):
        a, h, e = w.count(AI), w.count(HUMAN), w.count(EMPTY)
        if a == 4:
            total += 1000
        elif a == 3 and e == 1:
            total += 5
        elif a == 2 and e == 2:
            total += 2
        if h == 3 and e == 1:
            total -= 4
    return total


def minimax(board, depth, alpha, beta, maximizing):
    won = winner(board)
    if won == AI:
        return None, 100000 + depth
    if won == HUMAN:
        return None, -100000 - depth
    cols = valid_cols(board)
    if depth == 0 or not cols:
        return None, score(board)
    cols.sort(key=lambda c: abs(c - COLS // 2))
    best_col = cols[0]
    if maximizing:
        value = float("-inf")
        for c in cols:
            drop(board, c, AI)
            _, s = minimax(board, depth - 1, alpha, beta, False)
            undo(board, c)
            if s > value:
                value, best_col = s, c
            alpha = max(alpha, value)
            if alpha >= beta:
                break
    else:
        value = float("inf")
        for c in cols:
            drop(board, c, HUMAN)
            _, s = minimax(board, depth - 1, alpha, beta, True)
            undo(board, c)
            if s < value:
                value, best_col = s, c
            beta = min(beta, value)
            if alpha >= beta:
                break
    return best_col, value


def show(board):
    for row in board:
        print(" ".join(row))
    print(" ".join(str(c) for c in range(COLS)))


board = new_board()
human_moves = [3, 3, 2, 4, 1, 5, 0, 6, 2, 2, 4, 4, 1, 0, 6, 5, 5]
turn = 0
for move in human_moves:
    if move not in valid_cols(board):
        print("column full:", move)
        continue
    drop(board, move, HUMAN)
    print(f"human plays {move}")
    if winner(board):
        break
    col, val = minimax(board, 4, float("-inf"), float("inf"), True)
    drop(board, col, AI)
    print(f"ai plays {col} (eval {val})")
    turn += 1
    if winner(board) or not valid_cols(board):
        break
show(board)
print("winner:", winner(board) or "nobody", "after", turn, "ai moves")
print("final score for AI:", score(board))
