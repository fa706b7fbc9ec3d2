x = 1
def f():
    return x
for i in range(3):
    pass
continue
