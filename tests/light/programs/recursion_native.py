class A:
    def __init__(self, n):
        self.c = A(n + 1)
try:
    A(0)
except RecursionError as e:
    print("RecursionError", e)
