# A Markdown-to-HTML converter: headings, lists, code blocks, emphasis, links, escaping.
import re


def escape(text, quote=True):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), lambda m: f"<em>{m.group(1)}</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"([^\"]*)\")?\)"),
     lambda m: f'<a href="{m.group(2)}"' + (f' title="{m.group(3)}"' if m.group(3) else "") + f">{m.group(1)}</a>"),
]


def inline(text):
    text = escape(text, quote=False)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def convert(md):
    out = []
    lines = md.split("\n")
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush()
            lang = line[3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(escape(lines[i]))
                i += 1
            cls = f' class="language-{lang}"' if lang else ""
            out.append(f"<pre><code{cls}>" + "\n".join(body) + "</code></pre>")
        elif m := re.match(r"(#{1,6})\s+(.*?)\s*#*$", line):
            flush()
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif re.match(r"\s*([-*+]|\d+\.)\s", line):
            flush()
            ordered = bool(re.match(r"\s*\d+\.", line))
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>")
            while i < len(lines) and re.match(r"\s*([-*+]|\d+\.)\s", lines[i]):
                item = re.sub(r"^\s*([-*+]|\d+\.)\s+", "", lines[i])
                out.append(f"  <li>{inline(item)}</li>")
                i += 1
            out.append(f"</{tag}>")
            continue
        elif line.startswith(">"):
            flush()
            out.append("<blockquote>" + inline(line.lstrip("> ")) + "</blockquote>")
        elif re.fullmatch(r"\s*(-{3,}|\*{3,})\s*", line):
            flush()
            out.append("<hr/>")
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
        i += 1
    flush()
    return "\n".join(out)


DOC = """# Release notes ##
Version **2.0** brings *many* changes & fixes for <script> users.

## What's new?
- Faster `parse()` calls
- Links like [the docs](https://example.org/docs "Docs home")
* Mixed *emphasis* and **strong** text

1. Install
2. Run `tool --help`
3. Profit: 2 * 3 * 4

> Quote with a [link](http://x.y)

---
```python
if a < b and c > d:
    print("<ok>")
```
Final paragraph
spanning two lines.
"""
print(convert(DOC))
print(escape("\"quoted\" & 'single' <tag>"))
print(inline("a*b*c and *d* and **e*f**"))
