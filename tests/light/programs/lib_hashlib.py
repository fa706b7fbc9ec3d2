# hashlib on the Light VM: FIPS/RFC test vectors, block boundaries, copy and the errors.
import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]
messages = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            b"The quick brown fox jumps over the lazy dog", b"a" * 1000, bytes(range(256)) * 3]
messages += [b"x" * n for n in (55, 56, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129)]
for name in names:
    for message in messages:
        print(name, len(message), hashlib.new(name, message).hexdigest())
    h = getattr(hashlib, name)()
    for piece in [b"", b"a", b"bc" * 40, b"d" * 200, bytearray(b"e" * 7)]:
        h.update(piece)
    twin = h.copy()
    twin.update(b"more")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), twin.hexdigest(), h.digest()[:4])
print(hashlib.sha256("héllo".encode()).hexdigest(), hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256", b"abc").name, hashlib.sha1(string=b"abc").hexdigest())
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 40).hex())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256", "sha512", "sha3_256", "shake_128"}))
for name in ["shake_128", "shake_256"]:
    for message in [b"", b"abc", b"q" * 300]:
        xof = hashlib.new(name, message)
        print(name, xof.hexdigest(16), xof.digest(500)[-8:].hex(), xof.digest_size, xof.block_size, xof.copy().hexdigest(2))
for cls in (hashlib.blake2b, hashlib.blake2s):
    for message in [b"", b"abc", b"a" * 64, b"a" * 128, b"a" * 129, bytes(range(256)) * 3]:
        print(cls.__name__, len(message), cls(message).hexdigest(), cls(message, digest_size=20, key=b"k" * 9).hexdigest(),
              cls(message, salt=b"salt", person=b"p", fanout=2, depth=2, node_offset=3, inner_size=8).hexdigest()[:24])
    h = cls(b"x" * 100)
    twin = h.copy()
    twin.update(b"y")
    print(h.hexdigest()[:20], twin.hexdigest()[:20], h.name, h.digest_size, h.block_size, cls.MAX_KEY_SIZE, cls.SALT_SIZE)
    for bad in [{"digest_size": 0}, {"key": b"k" * 99}, {"person": b"p" * 20}, {"depth": 0}]:
        try:
            cls(**bad)
        except ValueError as e:
            print("ValueError", e)
print(repr(hashlib.shake_256()).split(" object")[0], hashlib.pbkdf2_hmac("sha3_512", b"pw", b"salt", 2).hex())
for attempt in [lambda: hashlib.md5("text"), lambda: hashlib.sha1(5), lambda: hashlib.new("nope"),
                lambda: hashlib.new(5), lambda: hashlib.sha256().update("s")]:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
