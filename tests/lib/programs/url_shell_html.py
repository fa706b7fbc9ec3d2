# urllib.parse, shlex, html and fnmatch under CPython with our modules: more edge cases.
import fnmatch
import html
import shlex
import urllib.parse as up

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "",
            ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.",
            ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y"]:
    print(repr(rel), up.urljoin(base, rel))
print(up.urljoin("https://x.org/a/", "b/c"), up.urljoin("ftp://x/a", "http://y/b"), up.urljoin("", "x"))
for url in ["https://example.com", "HTTPS://EX.com:443/a?b", "file:///etc/passwd", "urn:isbn:123",
            " http://x/ ", "http://x/a\tb", "path/only?x=1#f", "http://u@h", "http://:@h:/", "s3://bucket/key"]:
    r = up.urlparse(url)
    print(r, r.hostname, r.port, r.username, r.password, up.urlunparse(r))
print(up.quote("~user/é file.txt"), up.quote("a+b=c", safe="+="), up.quote_plus("x+y z", safe="+"))
print(up.unquote("%E2%82%AC%20%e2%82"), up.unquote("100%"), up.unquote("%2"), up.unquote("%%41"))
print(up.parse_qsl("a=1;b=2", separator=";"), up.parse_qs("a=%20&a=+&b"), up.urlencode({"k": None, "l": True}))
print(up.urlencode({"x": ["a", "b"], "y": "c d"}, doseq=True, quote_via=up.quote), up.urlencode([]))

for line in ["one two", "  lead and trail  ", "a'b'c", 'x"y z"w', "tab\there", "esc\\ aped", "'\"'", '"\'"',
             "a\\nb", "#not comment", "multi\nline"]:
    print(repr(line), shlex.split(line), shlex.split(line, comments=True))
print(shlex.split("a 'b c'", posix=False), shlex.quote("$HOME"), shlex.quote("safe-_.,:/@%+="))

print(html.escape("&amp; already"), html.unescape("&amp;amp; &AMP; &#x110000; &#65 &#x41x &lt3 &ampfoo &gt"))
print(html.unescape("no refs"), html.unescape("&#150;&#x9f;&#11;&#xfffe;&#xfdd0;&#13;"))

for name, pat in [("abc", "a*c"), ("abc", "a*b"), ("a.c", "a?c"), ("a/c", "a*c"), ("x", "[]x]"), ("]", "[]]"),
                  ("-", "[a-]"), ("\\", "[\\]"), ("^", "[^]"), ("b", "[!]b]"), ("", ""), ("a", "[]"),
                  ("aaa", "*a*a*a*"), ("AbC", "a*C")]:
    print(name, pat, fnmatch.fnmatchcase(name, pat))
print(fnmatch.translate("[]x]"), fnmatch.translate("[^x]"), fnmatch.translate("a[b"), fnmatch.translate("[!]"))
print(up.urlsplit(b"http://u:p@h:8/x?y#z"), up.urlparse(b"http://h/p;q").geturl(), up.urljoin(b"http://a/b/", b"c"))
print(up.urlsplit("http://h/").encode(), up.urlsplit(b"http://u:p@H:8/").decode(), up.urldefrag(b"a#b"))
print(up.urlsplit(b"http://u:p@H:8/").hostname, up.urlsplit(b"http://u:p@H:8/").port, up.parse_qsl(b"a=1&b=%41"))
print(up.urlunsplit((b"http", b"h", b"/p", b"", b"")), up.urlunparse((b"http", b"h", b"/p", b"x", b"", b"")))
try:
    up.urljoin("http://a/", b"b")
except TypeError as e:
    print(e)
