"""Huffman coding, run-length encoding and a simple LZ-style compressor."""
import heapq
from collections import Counter
from itertools import groupby


class Node:
    def __init__(self, freq, symbol=None, left=None, right=None):
        self.freq, self.symbol, self.left, self.right = freq, symbol, left, right

    def __lt__(self, other):
        return (self.freq, self.order()) < (other.freq, other.order())

    def order(self):
        return self.symbol if self.symbol is not None else "\uffff"


def huffman_codes(text):
    counts = Counter(text)
    heap = [Node(f, s) for s, f in sorted(counts.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0].symbol: "0"}
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.freq + b.freq, None, a, b))
    codes = {}

    def walk(node, prefix):
        if node.symbol is not None:
            codes[node.symbol] = prefix
            return
        walk(node.left, prefix + "0")
        walk(node.right, prefix + "1")

    walk(heap[0], "")
    return codes


def encode(text, codes):
    return "".join(codes[c] for c in text)


def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    return "".join(out)


def rle(text):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(text))


def unrle(code):
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


def lz_compress(data, window=32):
    i, out = 0, []
    while i < len(data):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(data[i])
            i += 1
    return out


def lz_decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            dist, length = t
            for _ in range(length):
                out.append(out[-dist])
        else:
            out.append(t)
    return "".join(out)


samples = ["abracadabra", "mississippi river", "aaaaaaaaaa", "the quick brown fox jumps over the lazy dog",
           "to be or not to be that is the question"]
for s in samples:
    codes = huffman_codes(s)
    bits = encode(s, codes)
    assert decode(bits, codes) == s
    ratio = len(bits) / (8 * len(s))
    print(f"{s[:20]!r:24} {len(bits):>4} bits ratio {ratio:.3f}")
    print("   ", sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6])
    packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big") if bits else b""
    print("   ", packed.hex(), len(packed))
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"]:
    code = rle(s)
    print(code, unrle(code) == s)
text = "abcabcabcabcXYZabcabcXYZXYZ" * 2
tokens = lz_compress(text)
print(tokens)
print(lz_decompress(tokens) == text, len(tokens), len(text))
