# The object model: sizes past what memory holds end in MemoryError, never a crash or a hang.
for expr in ["[0] * 10**18", "(1,) * 10**18", "'ab' * 10**18", "b'ab' * 10**18", "[1,2] * (2**62)", "list(range(10**18))[:1]", "bytes(10**18)", "'x'.zfill(10**18)", "'%*d' % (10**30, 1)", "bytearray(10**18)", "'x'.center(10**18)", "[0]*(-5)"]:
    try:
        r = eval(expr)
        print(expr, "->", repr(r)[:20])
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
