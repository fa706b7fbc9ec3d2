# The object model: a small text-processing program (counting, sorting, formatting, JSON-like output).
text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
Numbers: 3.14, 42, -7 and 1e3 appear here."""
words = [w.strip(".,;!:").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8}|{n:>3}|{'#' * n}")
print({k: v for k, v in freq.items() if v > 1})
print(sum(len(w) for w in words) / len(words), max(words, key=len), sorted(set(words))[:6])
table = [("alice", 30, 1234.5), ("bob", 4, 7.25), ("carol", 1000, -3.0)]
for name, qty, price in table:
    print("%-6s %5d %10.2f %s" % (name, qty, price, "✓" if price > 0 else "✗"))
print("|".join(f"{x!r:^9}" for x in ["a", 1, 2.5, None]))
matrix = [[i * j for j in range(4)] for i in range(4)]
print(matrix, list(zip(*matrix))[1], [row[::-1] for row in matrix][0], sum(map(sum, matrix)))
def to_json(o, indent=0):
    pad = "  " * indent
    if isinstance(o, dict):
        items = [f'{pad}  "{k}": {to_json(v, indent + 1).lstrip()}' for k, v in o.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(o, (list, tuple)):
        return pad + "[" + ", ".join(to_json(x).strip() for x in o) + "]"
    if isinstance(o, str):
        return pad + '"' + o.replace('"', '\\"') + '"'
    if o is None: return pad + "null"
    if isinstance(o, bool): return pad + ("true" if o else "false")
    return pad + repr(o)
print(to_json({"name": "x\"y", "tags": ["a", "b"], "n": 3, "ok": True, "none": None, "nested": {"f": 1.5}}))
stack = []
for ch in "(a[b]{c})":
    if ch in "([{": stack.append(ch)
    elif ch in ")]}": assert "([{"[")]}".index(ch)] == stack.pop()
print("balanced", not stack)
fib = [0, 1]
while len(fib) < 90: fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 1000007, hex(fib[-1]), len(str(2 ** 1000)), str(2 ** 200)[:30])
primes = [n for n in range(2, 100) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes, len(primes))
s = "Hello, Wörld! ☃"
print(s.encode("utf-8"), len(s.encode()), s[::-1], s.upper(), [c for c in s if not c.isascii()], ascii(s))
