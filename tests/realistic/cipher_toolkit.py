"""Classical ciphers and text encodings: Caesar, Vigenère, Atbash, rail fence, base64 by hand, checksums."""
import string
from itertools import cycle

ALPHA = string.ascii_uppercase


def caesar(text, shift):
    table = str.maketrans(ALPHA + ALPHA.lower(),
                          ALPHA[shift:] + ALPHA[:shift] + ALPHA.lower()[shift:] + ALPHA.lower()[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    shifts = cycle(ord(k) - 65 for k in key.upper())
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            s = next(shifts)
            out.append(chr((ord(ch) - base + (-s if decrypt else s)) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    return text.translate(str.maketrans(ALPHA + ALPHA.lower(), ALPHA[::-1] + ALPHA.lower()[::-1]))


def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)


B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"


def b64encode(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)


def b64decode(text: str) -> bytes:
    text = text.rstrip("=")
    bits = "".join(f"{B64.index(c):06b}" for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def frequency_crack(cipher):
    best = None
    common = "ETAOINSHRDLU"
    for shift in range(26):
        plain = caesar(cipher, -shift % 26)
        score = sum(plain.upper().count(c) * (12 - i) for i, c in enumerate(common))
        if best is None or score > best[0]:
            best = (score, shift, plain)
    return best[1], best[2]


def adler32(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def crc32(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
for shift in (1, 3, 13, 25):
    enc = caesar(msg, shift)
    print(f"caesar {shift:>2}: {enc} | back: {caesar(enc, -shift % 26) == msg}")
v = vigenere(msg, "LEMON")
print("vigenere:", v, "|", vigenere(v, "LEMON", decrypt=True))
print("atbash:", atbash(msg), atbash(atbash(msg)) == msg)
print("rail 3:", rail_fence("WEAREDISCOVEREDFLEEATONCE", 3))
secret = caesar("the quick brown fox jumps over the lazy dog near the river bank", 7)
print("cracked:", frequency_crack(secret))
for sample in [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode(), bytes(range(10))]:
    enc = b64encode(sample)
    print(f"{sample!r:<36} {enc:<20} {b64decode(enc) == sample}")
for sample in [b"", b"a", b"Wikipedia", b"The quick brown fox jumps over the lazy dog"]:
    print(f"adler32={adler32(sample):08x} crc32={crc32(sample):08x} {sample[:20]!r}")
words = msg.lower().translate(str.maketrans("", "", string.punctuation)).split()
print(words, sorted(set(words), key=lambda w: (-len(w), w))[:3])
print("".join(sorted(set(msg.lower()) & set(string.ascii_lowercase))), msg.swapcase(), msg[::-1])
print([ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(0x41, 0x5b, 5)), hex(sum(map(ord, msg))))
