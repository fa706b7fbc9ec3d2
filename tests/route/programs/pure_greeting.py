"""A short pure program: nothing in it calls for the Full tier."""


def greet(name, times=1):
    return ", ".join(f"hello {name}" for _ in range(times))


for who, n in [("ada", 1), ("grace", 2)]:
    print(greet(who, n))
