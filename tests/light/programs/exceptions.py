def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n
for n in [2, 0]:
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", repr(e), e.args)
    else:
        print("else")
    finally:
        print("finally", n)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(e, type(e.__context__).__name__)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
g()
class MyError(Exception):
    pass
try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e)
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
try:
    undefined_name
except NameError as e:
    print(e)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
import sys
print(sys.exc_info()[0])
def deep():
    raise KeyError("inner")
def mid():
    try:
        deep()
    except KeyError:
        raise TypeError("outer")
mid()
