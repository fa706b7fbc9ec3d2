import io
import sys
sys.stdin = io.StringIO("3\n1 2 3\nlast")
n = int(input())
nums = list(map(int, input("numbers? ").split()))
print(n, nums, sum(nums))
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
out = io.StringIO()
sys.stdout = out
sys.stdin = io.StringIO("typed\n")
answer = input("prompt> ")
sys.stdout = sys.__stdout__
print(repr(out.getvalue()), repr(answer))
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.stdin = sys.__stdin__
print(sys.stdin is sys.__stdin__)
