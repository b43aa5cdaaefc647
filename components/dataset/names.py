"""Names made from text: the slug of a title or a view, and an id no other row has. One definition for the
dataset's ids (drafting, merging) and the exports' file names."""

from __future__ import annotations

APOSTROPHES = ("\u2019", "'")


def slug(text: str) -> str:
    """Lower case letters and digits joined by single hyphens, apostrophes dropped: "Norman's Town" ->
    "normans-town", "Castle Point" -> "castle-point"."""
    for mark in APOSTROPHES:
        text = text.replace(mark, "")
    out = "".join(c if c.isalnum() else "-" for c in text.casefold())
    return "-".join(part for part in out.split("-") if part)


def unique(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever `taken` does not hold yet."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
