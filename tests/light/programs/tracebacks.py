import sys
def divide(a, b):
    return a / b
def index(items, i):
    return items[i] + 1
def attr(o):
    return o.missing_attribute
for fn, args in [(divide, (1, 0)), (index, ([1, 2], 5)), (attr, (object(),)), (int, ("x",))]:
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
def outer():
    try:
        return divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    outer()
except ValueError as e:
    print("cause:", type(e.__cause__).__name__)
x = {"a": [1, 2, 3]}
result = x["a"][1] * 2 + divide(4, 2)
print(result)
print(x["b"]["c"] if False else "skip")
values = [1, 2, 3]
total = values[0] + values[1] * values[10]
