# The object model: bytes and bytearray methods.
b = b"  Hello, World  "
print(b.index(b"o"), b.rfind(b"o"), b.rindex(ord("l")), b.strip().isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"abc".isascii(), b"ABC".isupper(), b"abc".islower())
print(b.lstrip(), b.rstrip(), b.partition(b","), b.rpartition(b"x"), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
print(b"ab".ljust(5, b"*"), b"ab".rjust(5), b"ab".center(7, b"-"), b"aBc".swapcase(), b"hELLO".capitalize(), bytearray(b"x").center(3))
try: b"abc".index(b"z")
except ValueError as e: print(e)
