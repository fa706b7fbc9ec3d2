# UTF-8 decoding errors: one error per maximal subpart (replace, ignore, surrogateescape, strict's range).
cases = [b"ab\xe2\x82", b"\xe2\x82x", b"\xe0\x80", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98",
         b"\xf0\x9f\x98\x80ok", b"\x80\x81", b"\xff", b"a\xc3", b"\xe2\x28\xa1", b"\xf1\x80\x80\xc0"]
for c in cases:
    for errors in ("replace", "ignore", "surrogateescape"):
        print(ascii(c.decode("utf-8", errors)), end=" ")
    try:
        c.decode()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end)
    else:
        print("ok")
