# base64 and binascii on the Light VM: a token round trip and the decoders' errors.
import base64
import binascii
import hashlib

payload = b'{"user": "ada", "roles": ["admin", "dev"]}'
token = base64.urlsafe_b64encode(payload).rstrip(b"=")
print(token)
print(base64.urlsafe_b64decode(token + b"=" * (-len(token) % 4)))
print(base64.b64encode(hashlib.sha256(payload).digest()).decode())
print(base64.b32encode(payload[:10]), base64.b16encode(payload[:6]), base64.b85encode(payload[:9]))
print(base64.a85encode(payload[:12], adobe=True), base64.encodebytes(payload * 2))
print(binascii.hexlify(payload[:8], " ", 2), binascii.crc32(payload), hex(binascii.crc_hqx(payload, 0xFFFF)))
for bad in ["abc", "ab=c", "a"]:
    try:
        base64.b64decode(bad)
    except binascii.Error as e:
        print("binascii.Error:", e)
try:
    base64.b64decode("YWJj!", validate=True)
except ValueError as e:
    print(type(e).__name__, e)
