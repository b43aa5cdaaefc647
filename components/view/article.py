"""The source text around a claim: paragraphs, highlights and links that scroll to a quote. No Streamlit here.

Everything from the data is escaped before it is wrapped in the few tags made here, so a quote holding
markup is shown as the characters it is.
"""

from __future__ import annotations

import html
from urllib.parse import quote

PARAGRAPH_BREAK = "\n\n"
_FRAGMENT_SYNTAX = {"-": "%2D", "&": "%26", ",": "%2C"}


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) holding the span start..end; it may run over several."""
    begin = text.rfind(PARAGRAPH_BREAK, 0, start)
    begin = 0 if begin < 0 else begin + len(PARAGRAPH_BREAK)
    stop = text.find(PARAGRAPH_BREAK, end)
    return begin, len(text) if stop < 0 else stop


def highlighted_html(text: str, spans: list[tuple[int, int, str]], offset: int = 0) -> str:
    """`text` as escaped HTML paragraphs, each span (start, end, css class) wrapped in <mark>. Spans are
    offsets into the full source; `offset` is where `text` starts in it. Where spans overlap, the later
    class in the list wins for the overlap."""
    marks: list[str | None] = [None] * len(text)
    for start, end, css in spans:
        for i in range(max(start - offset, 0), min(end - offset, len(text))):
            marks[i] = css
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        piece = html.escape(text[i:j])
        out.append(f'<mark class="{marks[i]}">{piece}</mark>' if marks[i] else piece)
        i = j
    body = "".join(out)
    paragraphs = [p.replace("\n", "<br>") for p in body.split(PARAGRAPH_BREAK) if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def text_fragment_url(url: str, passage: str, words: int = 6) -> str:
    """A link that opens `url` scrolled to `passage` (a URL text fragment, `#:~:text=start,end`)."""
    if not url:
        return ""
    parts = passage.split()
    if len(parts) <= 2 * words:
        directive = _fragment_part(" ".join(parts))
    else:
        directive = _fragment_part(" ".join(parts[:words])) + "," + _fragment_part(" ".join(parts[-words:]))
    return f"{url.split('#')[0]}#:~:text={directive}"


def _fragment_part(text: str) -> str:
    encoded = quote(text, safe="")
    for char, code in _FRAGMENT_SYNTAX.items():
        encoded = encoded.replace(char, code)
    return encoded


_MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|<>~$:=\"'&")


def escape_markdown(text: str) -> str:
    """Text for a Streamlit label or caption (which read Markdown), shown as the characters it is."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIALS else c for c in str(text)).replace("\n", " ")


_URL_SAFE = "/:?#@!$&'*+,;=%-._~"  # RFC 3986's reserved and unreserved characters, except ( and )


def markdown_link(text: str, url: str) -> str:
    """`text` as a Markdown link to `url`, both shown as the characters they are: the text escaped, and every
    character of the address that Markdown could read (space, brackets, parentheses, <, >) percent-encoded.
    Only a web address becomes a link; anything else gives the text alone."""
    url = str(url or "").strip()
    if not url.lower().startswith(("https://", "http://")):
        return escape_markdown(text)
    return f"[{escape_markdown(text)}]({quote(url, safe=_URL_SAFE)})"
