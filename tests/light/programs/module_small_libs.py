# fnmatch, glob, shlex, urllib.parse, html, queue, uuid, secrets, timeit: deterministic behaviour.
import fnmatch
import glob
import html
import os
import queue
import secrets
import shlex
import timeit
import urllib.parse as up
import uuid

print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("x", "[!a-c]"))
print(fnmatch.filter(["a.py", "b.txt", ".c.py", "d[1].py"], "*.py"), fnmatch.fnmatch("d1", "d[0-9]"))
print(fnmatch.fnmatch("[x", "[x"), fnmatch.fnmatch("a]", "a]"), fnmatch.fnmatch("ab", "a?"), fnmatch.fnmatch("", "*"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!x]"), fnmatch.translate("[a-z]"))

root = "/tmp/pytier_glob_%d" % os.getpid()
for p in ["a/x.py", "a/y.txt", "a/b/z.py", "a/.hidden.py", "c.py", ".d.py"]:
    os.makedirs(os.path.dirname(os.path.join(root, p)), exist_ok=True)
    open(os.path.join(root, p), "w").close()
strip = lambda names: sorted(n.replace(root, "R") for n in names)
print(strip(glob.glob(root + "/*.py")), strip(glob.glob(root + "/a/*")), strip(glob.glob(root + "/*/*.py")))
print(strip(glob.glob(root + "/**/*.py", recursive=True)), strip(glob.glob(root + "/**", recursive=True)))
print(strip(glob.glob("*.py", root_dir=root)), strip(glob.glob(root + "/a/.*")), glob.glob(root + "/nope*"))
print(strip(glob.glob(root + "/a/", recursive=True)), strip(glob.glob(root + "/a/*.py", include_hidden=True)))
print(glob.escape("a*b?[c]"), glob.has_magic("a*"), glob.has_magic("abc"))
for p in ["a/b/z.py", "a/x.py", "a/y.txt", "a/.hidden.py", "c.py", ".d.py"]:
    os.remove(os.path.join(root, p))
os.rmdir(root + "/a/b")
os.rmdir(root + "/a")
os.rmdir(root)

print(shlex.split('a "b c" \'d e\' f\\ g "h\\"i" j#k'), shlex.split("a # comment\nb", comments=True))
print(shlex.quote(""), shlex.quote("abc"), shlex.quote("a b"), shlex.quote("it's"), shlex.join(["x y", "z"]))
for bad in ['"open', "trail\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError", e)
print(shlex.split("a 'b'\"c\" ''"), shlex.split("  "), shlex.split('"a\\\\b\\$c\\x"'))

r = up.urlsplit("http://user:pw@Host.com:80/p/a;x?q=1&r=2#frag")
print(r, r.hostname, r.port, r.username, r.password, r.geturl())
print(up.urlparse("http://h/p;params?q#f"), up.urlsplit("//h/p"), up.urlsplit("mailto:a@b"))
print(up.urlparse("http://[::1]:8080/x").hostname, up.urlparse("http://[::1]:8080/x").port)
print(up.quote("a b/c?&é"), up.quote_plus("a b/c"), up.unquote("%C3%A9%zz%"), up.unquote_plus("a+b%21"))
print(up.quote("a/b", safe=""), up.quote(b"\x00\xff"), up.unquote_to_bytes("a%20b%ff"))
print(up.urlencode({"a": 1, "b": "x y", "c": b"z&"}), up.urlencode([("a", [1, 2])], doseq=True))
print(up.parse_qs("a=1&a=2&b=&c"), up.parse_qsl("a=1&b=&c", keep_blank_values=True), up.parse_qs("x=%41+b"))
for rel in ["../g", "//g", "g?y#s", "", "#s", "?y", "/g", "./", "../..", "../../../g", "g/./h/../i", "http:g"]:
    print(repr(rel), up.urljoin("http://a/b/c/d;p?q", rel))
print(up.urlunparse(("http", "h", "/p", "", "q=1", "")), up.urlunsplit(("http", "h", "p", "q", "f")))
print(up.urldefrag("http://a/b#c"), up.urldefrag("http://a/b"))
for bad in [lambda: up.urlsplit("http://h:x/").port, lambda: up.urlsplit("http://h:99999/").port,
            lambda: up.urlsplit("http://[::1/"), lambda: up.parse_qsl("a", strict_parsing=True),
            lambda: up.urlencode("abc")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(html.escape("<a href=\"x\">'&'</a>"), html.escape("<>", quote=False))
print(html.unescape("&lt;&gt;&amp;&quot;&#39;&#x27;&#65;&#x41;&copy;&copyx&amp &nbsp;&unknown;&#128;&#0;&#1;&#xD800;"))

q = queue.Queue(maxsize=2)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.full(), q.empty(), q.get(), q.get_nowait(), q.empty())
for action in [lambda: q.get_nowait(), lambda: q.get(timeout=0.01), lambda: [q.put(3), q.put(4), q.put_nowait(5)]]:
    try:
        action()
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__, repr(e))
lq, pq, sq = queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
    sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])
q.task_done()
q.task_done()
try:
    q.task_done()
    q.task_done()
except ValueError as e:
    print(e)
print(queue.Empty, queue.Full, queue.SimpleQueue)

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID("{12345678123456781234567812345678}") == u, u < uuid.NAMESPACE_DNS)
print(uuid.NAMESPACE_DNS, uuid.UUID(int=5, version=4), hash(u) == hash(uuid.UUID(u.hex)))
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), uuid.uuid1().version, uuid.uuid4() != v4)
for bad in [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(bytes=b"1"), lambda: uuid.UUID(int=1, version=9), lambda: setattr(u, "int", 1),
            lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(len(secrets.token_bytes()), len(secrets.token_hex(8)), len(secrets.token_urlsafe(16)),
      0 <= secrets.randbelow(10) < 10, secrets.choice("a") == "a", secrets.compare_digest("ab", "ab"),
      secrets.compare_digest(b"ab", b"ac"), secrets.compare_digest(b"a", b"ab"))
t = timeit.Timer("x = sum(range(10))", "y = 1")
print(isinstance(t.timeit(100), float), len(t.repeat(3, 10)), timeit.timeit(lambda: None, number=10) >= 0)
print(len(timeit.repeat("pass", number=5, repeat=2)), timeit.default_timer is __import__("time").perf_counter)
try:
    timeit.Timer(3)
except ValueError as e:
    print(e)
