def test(code):
    try:
        print(eval(code))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


test("[i := i + 1 for i in range(4)]")
test("[i := -1 for i, j in [(1, 2)]]")
test("[[(i := j) for i in range(2)] for j in range(2)]")
test("[[(j := i) for i in range(2)] for j in range(2)]")
test("[(k := i) for i in range(3)]")
test("[a[0] for a[0] in [[1]]] if (a := [0]) else 0")
print(k if (k := 5) else 0)
