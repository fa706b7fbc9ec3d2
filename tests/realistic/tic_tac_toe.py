"""Tic-tac-toe with a minimax player and alpha-beta pruning."""
from functools import lru_cache

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


def moves(board):
    return [i for i, c in enumerate(board) if c == "."]


def play(board, i, player):
    return board[:i] + player + board[i + 1:]


@lru_cache(maxsize=None)
def minimax(board, player):
    w = winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best = None
    for i in moves(board):
        score, _ = minimax(play(board, i, player), "O" if player == "X" else "X")
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best


def alphabeta(board, player, alpha=-2, beta=2, counter=None):
    counter[0] += 1
    w = winner(board)
    if w:
        return 1 if w == "X" else -1
    if "." not in board:
        return 0
    if player == "X":
        value = -2
        for i in moves(board):
            value = max(value, alphabeta(play(board, i, "X"), "O", alpha, beta, counter))
            alpha = max(alpha, value)
            if alpha >= beta:
                break
        return value
    value = 2
    for i in moves(board):
        value = min(value, alphabeta(play(board, i, "O"), "X", alpha, beta, counter))
        beta = min(beta, value)
        if alpha >= beta:
            break
    return value


def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


board = "." * 9
player = "X"
turn = 0
while winner(board) is None and "." in board:
    score, move = minimax(board, player)
    board = play(board, move, player)
    turn += 1
    print(f"turn {turn}: {player} plays {move} (expects {score:+d})")
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board) or "draw")
print(minimax.cache_info().currsize, "positions cached")

for start in ["X...O....", "XX..O....", "XO.......", "OO.XX....", "XOXOXO..."]:
    nodes = [0]
    x_to_move = start.count("X") == start.count("O")
    v = alphabeta(start, "X" if x_to_move else "O", counter=nodes)
    mm, mv = minimax(start, "X" if x_to_move else "O")
    print(f"{start}: alphabeta={v:+d} minimax={mm:+d} best={mv} nodes={nodes[0]}")

all_boards = set()
def explore(b, p):
    all_boards.add(b)
    if winner(b) or "." not in b:
        return
    for i in moves(b):
        explore(play(b, i, p), "O" if p == "X" else "X")
explore("." * 9, "X")
finals = [b for b in all_boards if winner(b) or "." not in b]
print(len(all_boards), len(finals), sum(1 for b in finals if winner(b) == "X"), sum(1 for b in finals if winner(b) == "O"))
