class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
with Resource("a") as a, Resource("b") as b:
    print("using", a, b)
with Resource("c", suppress=True):
    raise KeyError("hidden")
try:
    with Resource("d"):
        raise ValueError("visible")
except ValueError as e:
    print("escaped:", e)
def early():
    with Resource("e"):
        return "returned"
print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
try:
    with 42:
        pass
except TypeError as e:
    print(e)
