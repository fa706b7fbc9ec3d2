"""Session tokens: pack fields, sign with a checksum, encode with base64/base32/hex, and verify."""
import base64
import binascii
import json


def make_token(user, role, expires, secret=b"k3y"):
    payload = json.dumps({"u": user, "r": role, "e": expires}, separators=(",", ":")).encode()
    sig = binascii.crc32(payload + secret).to_bytes(4, "big")
    return base64.urlsafe_b64encode(payload + b"." + sig).rstrip(b"=").decode()


def read_token(token, secret=b"k3y"):
    padded = token + "=" * (-len(token) % 4)
    raw = base64.urlsafe_b64decode(padded)
    payload, _, sig = raw.rpartition(b".")
    if binascii.crc32(payload + secret).to_bytes(4, "big") != sig:
        raise ValueError("bad signature")
    return json.loads(payload)


tokens = [make_token("ann", "admin", 1700000000), make_token("bob", "viewer", 1700003600),
          make_token("zoë", "editor", 1)]
for t in tokens:
    print(t, len(t), read_token(t))
tampered = tokens[0][:-2] + ("A" if tokens[0][-2] != "A" else "B") + tokens[0][-1]
try:
    read_token(tampered)
except (ValueError, binascii.Error) as e:
    print(type(e).__name__, e)
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo ✓".encode()]:
    print(f"{data!r:24} b64={base64.b64encode(data)!r:16} b32={base64.b32encode(data)!r:20} "
          f"b16={base64.b16encode(data)!r}")
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"YQ==xyz"), base64.b32decode("mzxw6ytb", casefold=True))
for bad in ["a", "abc", "ab=c", "abcde"]:
    try:
        print(repr(bad), base64.b64decode(bad))
    except binascii.Error as e:
        print(repr(bad), "binascii.Error:", e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("strict:", e)
wrapped = base64.encodebytes(bytes(range(60)))
print(wrapped.count(b"\n"), base64.decodebytes(wrapped) == bytes(range(60)))
print(binascii.hexlify(b"\x00\xffpy"), binascii.unhexlify("CAFEbabe"), binascii.crc32(b"hello world"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
