"""Exact Gaussian elimination with fractions, matrix inverse, and least squares on floats."""
from fractions import Fraction
import math


def solve(a, b):
    n = len(a)
    m = [[Fraction(x) for x in row] + [Fraction(v)] for row, v in zip(a, b)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
        if pivot is None:
            raise ValueError(f"matrix is singular at column {col}")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col] != 0:
                factor = m[r][col] / m[col][col]
                m[r] = [x - factor * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def inverse(a):
    n = len(a)
    cols = [solve(a, [1 if i == j else 0 for i in range(n)]) for j in range(n)]
    return [list(row) for row in zip(*cols)]


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + "  ".join(f"{str(x):>{width}}" for x in row) + "]")


A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
x = solve(A, b)
print("solution:", x, [str(v) for v in x])
inv = inverse(A)
show(inv)
show(matmul(A, inv))
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
show(H)
hx = solve(H, [1, 0, 0, 0])
print("hilbert:", [str(v) for v in hx], sum(hx))
try:
    solve([[1, 2], [2, 4]], [3, 6])
except ValueError as e:
    print("ValueError:", e)
xs = [0, 1, 2, 3, 4, 5]
ys = [1.1, 2.9, 5.2, 7.1, 8.8, 11.2]
n = len(xs)
sx, sy = sum(xs), sum(ys)
sxx = sum(v * v for v in xs)
sxy = sum(p * q for p, q in zip(xs, ys))
slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
intercept = (sy - slope * sx) / n
residuals = [y - (slope * x + intercept) for x, y in zip(xs, ys)]
print(f"fit: y = {slope:.6f} x + {intercept:.6f}, rms = {math.sqrt(sum(r * r for r in residuals) / n):.6f}")
print([round(r, 4) for r in residuals], round(sum(residuals), 12))
exact = solve([[sxx, sx], [sx, n]], [sxy, sy])
print([float(v) for v in exact], [Fraction(v).limit_denominator(1000) for v in exact])
det = lambda m: m[0][0] * m[1][1] - m[0][1] * m[1][0]
print(det([[Fraction(1, 2), 3], [4, Fraction(5, 3)]]), det([[1.5, 2], [3, 4]]))
