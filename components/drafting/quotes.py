"""Step 1: paragraphs, quote marks and sentences."""

from __future__ import annotations

import re

from components.drafting.records import Quoted
from components.drafting.vocabulary import BLANK, CLOSE_MARKS, OPEN_MARKS, QUOTE_MARK_CHARS, STRAIGHT, VERB_RE


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding spaces."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\s](?:[^\n]*[^\s])?", text)]


def quoted_spans(text: str, paras: list[tuple[int, int]]) -> list[Quoted]:
    """Every pair of double quote marks, per paragraph, with runs over several paragraphs followed."""
    found: list[Quoted] = []
    carrying = False
    for index, (p_start, p_end) in enumerate(paras):
        opens_again = text[p_start] in OPEN_MARKS + STRAIGHT
        if carrying and not opens_again:
            found[-1].unclosed = True
        open_at = None
        for m in re.finditer(f"[{QUOTE_MARK_CHARS}]", text[p_start:p_end]):
            at, mark = p_start + m.start(), m.group()
            if open_at is None and mark != CLOSE_MARKS:
                open_at = at
            elif open_at is not None and mark != OPEN_MARKS:
                found.append(Quoted(open_at + 1, at, open_at, at, index, continues=carrying and open_at == p_start))
                open_at = None
        carrying = open_at is not None
        if carrying:
            found.append(Quoted(open_at + 1, p_end, open_at, None, index, continues=open_at == p_start and
                                bool(found) and found[-1].close_at is None and found[-1].para == index - 1))
    if carrying:
        found[-1].unclosed = True
    for q in found:
        q.continues = q.continues or (q.open_at == paras[q.para][0] and _previous_runs_on(found, q))
    return [q for q in found if text[q.start:q.end].strip()]


def _previous_runs_on(found: list[Quoted], q: Quoted) -> bool:
    before = [p for p in found if p.para == q.para - 1]
    return bool(before) and before[-1].close_at is None and not before[-1].unclosed


def blanked(text: str, quotes: list[Quoted]) -> str:
    """The text with quoted words replaced by BLANK (marks kept), so narrative can be read on its own."""
    chars = list(text)
    for q in quotes:
        chars[q.start:q.end] = BLANK * (q.end - q.start)
    return "".join(chars)


def sentence_spans(narrative: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph, read on the blanked text so that quoted full stops do not split."""
    spans, start = [], p_start
    for m in re.finditer(r"[.!?][”\"’]?\s+(?=[“\"‘A-Z0-9£\x00])", narrative[p_start:p_end]):
        spans.append((start, p_start + m.start() + len(m.group().rstrip())))
        start = p_start + m.end()
    spans.append((start, p_end))
    return [(s, e) for s, e in spans if narrative[s:e].strip()]


def classify_quote(narrative: str, q: Quoted, para_start: int) -> str:
    """direct: opens its paragraph, follows a colon or a verb of saying; partial: words quoted inside a sentence."""
    if q.continues or q.open_at == para_start:
        return "direct"
    before = narrative[para_start:q.open_at].rstrip()
    if before.endswith(":") or re.search(r"[.!?]$", before):
        return "direct"  # after a colon, or opening a sentence of its own: `"...," said Mr Reid. "It's ..."`
    clause = re.split(r"[.!?;”\"]", before)[-1]
    if VERB_RE.search(clause) and (before.endswith(",") or re.search(r"\b(?:said|says|added|told \w+)$", before)):
        return "direct"
    return "partial"
