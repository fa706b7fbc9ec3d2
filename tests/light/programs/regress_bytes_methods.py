# bytes and bytearray share str's text methods.
for b in (b"a,b,,c, d ", bytearray(b" x\ty  z\r\n w\n")):
    print(b.split(), b.rsplit(None, 1), b.split(maxsplit=1), b.split(b","), b.rsplit(b",", 1))
    print(b.strip(), b.lstrip(), b.rstrip(b" \n"), b.splitlines(), b.splitlines(True))
    print(b.partition(b","), b.rpartition(b","), b.partition(b"#"), b.rpartition(b"#"))
    print(b.find(b","), b.rfind(b","), b.find(44, 2), b.count(b","), b.count(b""), b.count(b",", 2, -1))
    print(b.replace(b",", b";"), b.replace(b",", b";", 1), b.replace(b"", b"-", 3))
    print(b.startswith((b"x", b"a")), b.endswith(b"d ", 0, -1), b.startswith(b",", 1))
    print(b.isspace(), b.isalpha(), b"12".isdigit(), b"aB".isalnum(), b"AB".isupper(), b"ab-".islower())
for call in (lambda: b"abc".index(b"d"), lambda: b"abc".rindex(100), lambda: b"abc".find(256),
             lambda: b"abc".find("a"), lambda: b"abc".split(""), lambda: b"abc".split(b""),
             lambda: b"abc".partition(b""), lambda: b"abc".strip("a")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = b"keep"
print(s.strip() is s)
