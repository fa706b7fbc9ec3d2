# Sequences concatenate and repeat only after the other operand's reflected
# method declined; the errors are the sequence's.
class B:
    def __radd__(self, o):
        return "radd(%r)" % (o,)

    def __rmul__(self, o):
        return "rmul(%r)" % (o,)


class N:
    def __index__(self):
        return 2


for seq in ("ab", [1], (1,), b"x", bytearray(b"y")):
    print(seq + B(), seq * B(), seq * N(), N() * seq)
    for other in (1, 2.5, None, "s", [2]):
        for op in (lambda: seq + other, lambda: seq * other, lambda: other * seq):
            try:
                print(op())
            except TypeError as e:
                print("TypeError:", e)
s = "a"
s += B()
print(s)
t = (1,)
try:
    t += 1
except TypeError as e:
    print("TypeError:", e)
l = [1]
try:
    l *= 2.0
except TypeError as e:
    print("TypeError:", e)
