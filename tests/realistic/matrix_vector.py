"""Vectors and matrices with operator overloading."""
import math
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(*(a / k for a in self))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(self * self)

    def __matmul__(self, other):
        a, b = self, other
        return Vector(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)

    def __eq__(self, other):
        return isinstance(other, Vector) and tuple(self) == tuple(other)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(tuple(self))

    def __bool__(self):
        return any(self)

    def __getitem__(self, i):
        return tuple(self)[i]


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{v:g}") for row in self.rows for v in row)
        return "\n".join("[" + " ".join(f"{v:>{width}g}" for v in row) + "]" for row in self.rows)

    def __eq__(self, other):
        return self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j, v in enumerate(self.rows[0]):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * v * minor.determinant()
        return total


v = Vector(1, 2, 3)
w = Vector(4, -5, 6.5)
print(v + w, v - w, v * 2, 3 * v, v * w, -v)
print(abs(Vector(3, 4)), v @ w, v / 2, bool(Vector()), bool(v))
print(v == Vector(1, 2, 3), v != w, v < w, v >= w, max(v, w), sorted([w, v, Vector(0, 1)]))
print({v, Vector(1, 2, 3), w}.__len__(), v[1], v[-1], v[0:2])
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
try:
    v.w = 1
except AttributeError as e:
    print("AttributeError:", e)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(A + B)
print(repr(A.transpose()))
print(A.determinant(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib.rows[0][1])
print(Matrix.identity(3) == Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
print(Matrix([[0.5, 1.25], [10, -3]]))
try:
    Matrix([[1, 2, 3]]) @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
rot = Matrix([[math.cos(math.pi / 6), -math.sin(math.pi / 6)], [math.sin(math.pi / 6), math.cos(math.pi / 6)]])
p = Matrix([[1], [0]])
for _ in range(3):
    p = rot @ p
    print([round(x[0], 6) for x in p.rows])
