# base64 and binascii: every encoding both ways, and the decoders' errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\x00\x00\x00", b"    ",
           b"\x00", b"\xff\xfe\xfd\xfc\xfb", bytes(range(256)), b"hello world\n" * 10]
for data in samples:
    print(data[:12])
    for name in ["b64encode", "standard_b64encode", "urlsafe_b64encode", "b32encode", "b32hexencode",
                 "b16encode", "b85encode", "a85encode", "encodebytes"]:
        encoded = getattr(base64, name)(data)
        decoder = getattr(base64, name.replace("encode", "decode"))
        print("   ", name, encoded[:90], decoder(encoded) == data)
    print("   ", base64.b64encode(data, altchars=b"*-"), base64.b85encode(data, pad=True)[:40])
    for options in [{"foldspaces": True}, {"pad": True}, {"adobe": True}, {"wrapcol": 7},
                    {"adobe": True, "wrapcol": 3}, {"adobe": True, "wrapcol": 1}]:
        encoded = base64.a85encode(data, **options)
        back = base64.a85decode(encoded, **{k: v for k, v in options.items() if k in ("foldspaces", "adobe")})
        print("    a85", options, encoded[:60], back == data or back)
    print("   ", binascii.hexlify(data, "-", 3)[:40], binascii.hexlify(data, b":", -2)[:40],
          binascii.crc32(data), binascii.crc32(data, 99), binascii.crc_hqx(data, 0), binascii.b2a_base64(data)[:30])

print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9vYg"[:-2] + b"=="), base64.urlsafe_b64decode("-_-_"))
print(base64.b64decode(b"*-*-", altchars=b"*-"), base64.b32decode("mzxw6===", casefold=True), base64.b32decode("0I======", map01="L"))
print(base64.b16decode("666f6f", casefold=True), base64.b64decode(bytearray(b"Zm9v")), base64.b32hexdecode("cpng===="[:8], casefold=True))


def attempt(f, *args, **kwargs):
    try:
        print("   ", f(*args, **kwargs))
    except Exception as e:
        print("   ", type(e).__name__, e)


for bad in ["Zm9", "Zm9vY", "Z", "Zm=9v", "=Zm9v", "Zm9v=", "Zm9v====", "Zm9vYg==Zg", "Zm*9v", "é"]:
    print(repr(bad))
    attempt(base64.b64decode, bad)
    attempt(base64.b64decode, bad, validate=True)
for bad in ["MZXW6===", "MZXW6==", "MZXW====", "MZ======", "MZXW6YQ=", "M=======", "MZ1W6===", "mzxw6===", "MZ=W6==="]:
    attempt(base64.b32decode, bad)
for bad in ["666", "66G6", "abcd"]:
    attempt(base64.b16decode, bad)
for bad in ["<~abc", "abz", "ab{", "s8W-\"", "zz", "y"]:
    attempt(base64.a85decode, bad)
    attempt(base64.a85decode, bad, adobe=True, foldspaces=True)
for bad in ["|NsC", "~~~~~", "ab\"cd", "0"]:
    attempt(base64.b85decode, bad)
attempt(base64.b64encode, "text")
attempt(base64.b32encode, "text")
attempt(base64.b64decode, 5)
attempt(base64.encodebytes, "x")
attempt(binascii.unhexlify, "abc")
attempt(binascii.unhexlify, "zz")
attempt(binascii.a2b_base64, "Zm9vY", strict_mode=True)
attempt(binascii.hexlify, b"abc", "--")
print(issubclass(binascii.Error, ValueError), binascii.b2a_hex(b"\x01\xab"), binascii.a2b_hex(b"01AB"),
      binascii.b2a_base64(b"x", newline=False))
