"""How much text a draft takes, and the message for a text it will not take.

Real news articles are under 30,000 characters; the limit leaves room for long features while keeping one
reader's paste from holding the server. Every rule reads in time linear in the text (tests/test_draft_hostile.py
checks long runs of each kind of character), and the page runs drafts in a worker process with a deadline
(`worker.py`) in case one does not.
"""

from __future__ import annotations

import re

MAX_ARTICLE_CHARS = 100_000
# a quote's topics are read from at most this many of its first characters: a real quote or claim is a paragraph at
# most, and a hostile text of 400 partial quotes inside one 99,000-character claim would otherwise search the claim
# 400 times (10 s)
MAX_TOPIC_CONTEXT = 3_000
SURROGATE_RE = re.compile("[\ud800-\udfff]")


class ArticleRefused(ValueError):
    """A text the drafter will not read, with a sentence that says why and what to do."""


def refusal(text: str) -> str:
    """Why `text` cannot be drafted, or "" when it can."""
    if len(text) > MAX_ARTICLE_CHARS:
        return (f"The text is {len(text):,} characters long; drafting takes at most {MAX_ARTICLE_CHARS:,} "
                "(news articles are under 30,000). Paste the body of one article.")
    if "\x00" in text:
        return (f"The text holds a NUL character at position {text.index(chr(0)):,}: it looks like a binary file, "
                "not an article. Save the article as plain UTF-8 text.")
    if not text.strip():
        return "The text is empty. Paste the body of an article."
    if surrogate := SURROGATE_RE.search(text):  # half of a UTF-16 pair, alone: no character, and no UTF-8 for it
        return (f"The text holds an invalid character (U+{ord(surrogate.group()):04X}, half of a broken pair) at "
                f"position {surrogate.start():,}. Copy the article again, or save it as plain UTF-8 text.")
    return ""


def check_article(text: str) -> None:
    """Raise ArticleRefused when `text` cannot be drafted."""
    if reason := refusal(text):
        raise ArticleRefused(reason)
