# Exact linear algebra with fractions: Gaussian elimination, determinant, inverse, rank, least squares.
from fractions import Fraction


def mat(rows):
    return [[Fraction(x) for x in row] for row in rows]


def show(m, title):
    print(title)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + "  ".join(f"{str(x):>{width}}" for x in row) + "]")


def rref(m):
    m = [row[:] for row in m]
    rows, cols = len(m), len(m[0])
    pivot_row = 0
    pivots = []
    for col in range(cols):
        pivot = next((r for r in range(pivot_row, rows) if m[r][col] != 0), None)
        if pivot is None:
            continue
        m[pivot_row], m[pivot] = m[pivot], m[pivot_row]
        lead = m[pivot_row][col]
        m[pivot_row] = [x / lead for x in m[pivot_row]]
        for r in range(rows):
            if r != pivot_row and m[r][col] != 0:
                factor = m[r][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[pivot_row])]
        pivots.append(col)
        pivot_row += 1
        if pivot_row == rows:
            break
    return m, pivots


def det(m):
    m = [row[:] for row in m]
    n, sign, result = len(m), 1, Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        result *= m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            m[r] = [a - factor * b for a, b in zip(m[r], m[col])]
    return sign * result


def inverse(m):
    n = len(m)
    augmented = [row + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    reduced, pivots = rref(augmented)
    if pivots[:n] != list(range(n)):
        raise ValueError("matrix is singular")
    return [row[n:] for row in reduced]


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(col) for col in zip(*m)]


A = mat([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = [8, -11, -3]
show(A, "A =")
print("det(A) =", det(A))
solved, _ = rref([row + [Fraction(v)] for row, v in zip(A, b)])
print("solution:", [str(row[-1]) for row in solved])
Ainv = inverse(A)
show(Ainv, "A^-1 =")
show(matmul(A, Ainv), "A A^-1 =")
H = mat([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
show(H, "Hilbert(4) =")
print("det(H) =", det(H), "=", float(det(H)))
show(inverse(H), "H^-1 =")
S = mat([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print("det(S) =", det(S), "rank:", len(rref(S)[1]))
try:
    inverse(S)
except ValueError as e:
    print("ValueError:", e)
xs = [0, 1, 2, 3, 4]
ys = [Fraction(1), Fraction(3, 2), Fraction(7, 2), Fraction(4), Fraction(6)]
X = [[Fraction(1), Fraction(x)] for x in xs]
Xt = transpose(X)
coef = matmul(inverse(matmul(Xt, X)), matmul(Xt, [[y] for y in ys]))
print("least squares: intercept", coef[0][0], "slope", coef[1][0], f"({float(coef[1][0]):.4f})")
R, piv = rref(mat([[1, 2, 1, 4], [2, 4, 0, 6], [1, 2, 2, 5]]))
show(R, f"rref with pivots {piv}:")
print(sum(Fraction(1, 2 ** k) for k in range(1, 20)), Fraction(3, 7).as_integer_ratio(), Fraction(-7, 3) // 1, Fraction(-7, 3) % 1)
