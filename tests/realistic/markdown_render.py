"""A tiny Markdown-to-HTML renderer built on re."""
import re

DOC = """# Release notes

Version **2.1** brings *many* fixes & a few `new` features.

## Highlights

- Faster start-up (about 30% on [our bench](https://example.org/bench))
- A `--json` flag for *every* command
- Fixed a crash when the input was < 1 byte

1. Download the archive
2. Run `install.sh`
3. Enjoy!

> Quoted text with **bold** inside
> spans two lines.

```
code block with <tags> & *stars*
    indented line
```

Trailing paragraph with an image ![logo](logo.png) and a line break.
---
Last line.
"""


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def inline(text):
    text = escape(text)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*", r"<em>\1</em>", text)
    text = re.sub(r"!\[([^\]]*)\]\(([^)]+)\)", r'<img alt="\1" src="\2">', text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', text)
    return text


def render(doc):
    out = []
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            block = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                block.append(escape(lines[i]))
                i += 1
            out.append("<pre><code>" + "\n".join(block) + "</code></pre>")
        elif m := re.match(r"(#{1,6})\s+(.*)", line):
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif re.match(r"[-*]\s", line):
            items = []
            while i < len(lines) and re.match(r"[-*]\s", lines[i]):
                items.append(f"  <li>{inline(lines[i][2:])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif re.match(r"\d+\.\s", line):
            items = []
            while i < len(lines) and (m := re.match(r"\d+\.\s+(.*)", lines[i])):
                items.append(f"  <li>{inline(m.group(1))}</li>")
                i += 1
            out.append("<ol>\n" + "\n".join(items) + "\n</ol>")
            continue
        elif line.startswith(">"):
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i].lstrip("> "))
                i += 1
            out.append(f"<blockquote>{inline(' '.join(quote))}</blockquote>")
            continue
        elif re.fullmatch(r"-{3,}", line):
            out.append("<hr>")
        elif line.strip():
            para = [line]
            while i + 1 < len(lines) and lines[i + 1].strip() and not re.match(r"[-#>`\d]", lines[i + 1]):
                i += 1
                para.append(lines[i])
            out.append(f"<p>{inline(' '.join(para))}</p>")
        i += 1
    return "\n".join(out)


html_text = render(DOC)
print(html_text)
print("-" * 40)
tags = re.findall(r"<(\w+)", html_text)
print(sorted(set(tags)), len(tags))
print(re.findall(r'href="([^"]+)"', html_text), re.findall(r'id="([^"]+)"', html_text))
stripped = re.sub(r"<[^>]+>", "", html_text)
print(len(stripped), stripped.count("&amp;"), stripped.split("\n")[0])
print(re.sub(r"(?P<word>\b\w{10,}\b)", lambda m: m["word"].upper(), "a verylongwordhere and short"))
print(re.compile(r"(\w+)@(\w+)\.com", re.I).sub(r"\2 at \1", "Mail BOB@Example.COM or amy@site.com"))
print(re.escape("1+1=2? [yes]"), re.fullmatch(r"[\w.-]+", "file-name.txt") is not None)
print(re.findall(r"(?m)^\w+", "alpha beta\ngamma delta\n epsilon"), re.split(r"(\s*,\s*)", "a , b,c"))
print(re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-17").groupdict(), re.search(r"\d+", "abc").__class__)
