"""Step 1: paragraphs, quote marks and sentences."""

from __future__ import annotations

import bisect
import re

from components.drafting.records import Quoted
from components.drafting.vocabulary import BLANK, CLOSE_MARKS, FUNCTION_WORDS, OPEN_MARKS, SAY_VERBS, STRAIGHT, VERB_RE

# a line a web page puts between paragraphs, linking to another story: `READ MORE: Councillors warned by ...`
LINK_LINE_RE = re.compile(r"(?i)(?:read more|read also|also read|see also|related|more on this story)\s*[:|>]")
# a line that is only the page's furniture, pasted with the text: `Hide Ad`, `Advertisement`
FURNITURE_LINE_RE = re.compile(r"(?i)(?:hide ad|skip ad|advertisement|advert|sponsored)")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding spaces; a link to another story pasted with
    the article (`READ MORE: ...`), or a line of the page's furniture (`Hide Ad`), is no paragraph of it: nobody in
    it speaks here."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\s](?:[^\n]*[^\s])?", text)
            if not LINK_LINE_RE.match(text, m.start()) and not FURNITURE_LINE_RE.fullmatch(text, m.start(), m.end())]


DOUBLE_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT + "\u201e\u201f\u00ab\u00bb"  # also „ ‟ « »
SINGLE_MARKS = "\u2018\u2019'"
OPENS_AFTER = "([{\u2014\u2013-:/"  # a mark after these, or after a space, opens a quote


def mark_roles(text: str, p_start: int, p_end: int) -> list[tuple[int, str, bool]]:
    """(position, "open" or "close", is_double) for each quote mark of a paragraph, read from its neighbours
    rather than its glyph, since newsrooms use whatever their keyboard gives: `: ”I think` opens a quote, a
    `“` followed by a space closes one. Single marks count only where they can be quote marks: an apostrophe
    inside a word (`don’t`) is neither."""
    roles = []
    paired = -1  # the second mark of a doubled single mark, read with the first
    for at in range(p_start, p_end):
        char = text[at]
        if at == paired:
            continue
        width = mark_width(text, at)
        paired = at + 1 if width == 2 else -1
        double = char in DOUBLE_MARKS or width == 2  # `‘‘These are ...’’`: two single marks typed for a double
        if not double and char not in SINGLE_MARKS:
            continue
        left = text[at - 1] if at > p_start else " "
        right = text[at + width] if at + width < p_end else " "
        after_gap = left.isspace() or left in OPENS_AFTER or left in DOUBLE_MARKS + SINGLE_MARKS
        before_gap = right.isspace() or not right.isalnum() and right not in "£$€#"
        if double:
            if at + 1 == p_end and roles:  # `... if we pull funding. “`: a mark ending a paragraph closes
                roles.append((at, "close", True))
            elif after_gap and not before_gap:
                roles.append((at, "open", True))
            elif before_gap and not after_gap:
                roles.append((at, "close", True))
            else:
                roles.append((at, "close" if char in CLOSE_MARKS + "\u00bb\u2019" else "open"
                              if char not in STRAIGHT + "'" else "either", True))
        elif (after_gap or char == "\u2018" and left.isalpha()) and (right.isalnum() or right in "£$€"):
            roles.append((at, "open", False))  # (`‘£10 a year is ...’`; `be‘unacceptable’`, the space lost)
        elif before_gap and not left.isspace():
            roles.append((at, "close", False))
    return roles


def mark_width(text: str, at: int) -> int:
    """2 where two like single marks stand for a double one (`‘‘`, `’’`, `''`) or a double mark was typed twice
    (`““We`, `“”Police`, `‘’Police`, `...””`), else 1."""
    pair = text[at:at + 2]
    if pair in ("\u2018\u2018", "\u2019\u2019", "''", "\u201c\u201c", "\u201d\u201d"):
        return 2
    return 2 if pair in ("\u201c\u201d", "\u2018\u2019") and text[at + 2:at + 3].isalnum() else 1


def paragraph_of(paras: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The paragraph (start, end) that holds position `at`."""
    index = bisect.bisect_right(paras, (at, len(paras) and paras[-1][1] + 1)) - 1
    return paras[max(index, 0)]


def _opens_speech(text: str, at: int, p_start: int) -> bool:
    """A mark where speech begins (a paragraph's start, or after `said:`): one that may run on to the next paragraph."""
    return at == p_start or text[max(p_start, at - 2):at].rstrip().endswith(":")


def quoted_spans(text: str, paras: list[tuple[int, int]]) -> list[Quoted]:
    """Every quote: words between an opening and a closing mark within a paragraph (double marks, or single
    marks outside double ones), with quotes that run over several paragraphs followed."""
    found: list[Quoted] = []
    carrying = False
    for index, (p_start, p_end) in enumerate(paras):
        roles = mark_roles(text, p_start, p_end)
        opens_again = bool(roles) and roles[0][0] == p_start and roles[0][1] != "close"
        if carrying and not opens_again:
            found[-1].unclosed = True
        open_at, open_double, nested, reopened = None, True, 0, False
        for at, role, double in roles:
            if open_at is None:
                if role != "close":
                    open_at, open_double, nested = at, double, 0
            elif double == open_double and role == "open" and not nested and re.search(
                    r"[.!?]\s+$", window := text[max(p_start, at - 3):at]):
                # `... are reported. “One of the reasons ...`: a new sentence opens a new quote; the site dropped the
                # mark that closed the first
                end = at - (len(window) - len(window.rstrip()))
                found.append(Quoted(open_at + mark_width(text, open_at), end, open_at, None, index,
                                    continues=carrying and open_at == p_start))
                open_at, reopened = at, True
            elif double == open_double and role == "open":
                nested += 1  # `it will mean less "blue light" teams` inside a double-quoted quote
            elif double == open_double and nested and role == "close":
                nested -= 1
            elif double == open_double:
                found.append(Quoted(open_at + mark_width(text, open_at), at, open_at, at, index,
                                    continues=reopened or carrying and open_at == p_start))
                open_at, reopened = None, False
            elif double and not open_double and role == "open":
                open_at, open_double = at, True  # a double mark inside a single-quoted run: it was an apostrophe
        if open_at is not None and not open_double and not _opens_speech(text, open_at, p_start):
            open_at = None  # a single mark that never closes is an apostrophe, not a quote
        carrying = open_at is not None
        if carrying:
            found.append(Quoted(open_at + mark_width(text, open_at), p_end, open_at, None, index,
                                continues=reopened or open_at == p_start and bool(found)
                                and found[-1].close_at is None and found[-1].para == index - 1))
    if carrying:
        found[-1].unclosed = True
    found = _run_on_without_marks(text, paras, found)
    last_in = {q.para: q for q in found}  # the last quote of each paragraph
    for q in found:
        before = last_in.get(q.para - 1)
        runs_on = before is not None and before.close_at is None and not before.unclosed
        q.continues = q.continues or (q.open_at == paras[q.para][0] and runs_on)
    return [q for q in found if text[q.start:q.end].strip()]


RUN_ON_PARAGRAPHS = 10  # how far a quote left open may run on through paragraphs that lost their marks


def _run_on_without_marks(text: str, paras: list[tuple[int, int]], found: list[Quoted]) -> list[Quoted]:
    """`said: "A ...` / `B ...` / `C ..."`: a quote left open, then paragraphs with no mark, then one whose first
    mark closes: the site dropped the opening marks, and every paragraph up to that close is the same quote."""
    out = list(found)
    for q in found:
        if not q.unclosed:
            continue
        for k in range(q.para + 1, min(len(paras), q.para + 1 + RUN_ON_PARAGRAPHS)):
            roles = mark_roles(text, *paras[k])
            if roles and roles[0][1] == "close" and roles[0][2]:
                q.unclosed = False
                out += [Quoted(paras[j][0], paras[j][1], paras[j][0], None, j, continues=True)
                        for j in range(q.para + 1, k)]
                out.append(Quoted(paras[k][0], roles[0][0], paras[k][0], roles[0][0], k, continues=True))
                break
            if roles:
                break
    return sorted(out, key=lambda q: q.start)


def blanked(text: str, quotes: list[Quoted]) -> str:
    """The text with quoted words replaced by BLANK (marks kept), so narrative can be read on its own."""
    chars = list(text)
    for q in quotes:
        # a closed quote's own full stop is kept, so `..."  Supt X told ...` starts a sentence of its own
        keep = q.close_at is not None and q.end > q.start and text[q.end - 1] in ".!?"
        chars[q.start:q.end - keep] = BLANK * (q.end - keep - q.start)
    return "".join(chars)


# `Cllr Ann Hale (Labour: Hill Ward) asked`: a colon in a bracketed aside introduces no quote and ends no subject
BRACKET_COLON_RE = re.compile(r"\([^()\n:]{1,40}:[^()\n]{1,60}\)")


def bracket_colons_as_commas(narrative: str) -> str:
    """The narrative with a colon inside a short bracketed aside read as a comma (same length, offsets hold)."""
    return BRACKET_COLON_RE.sub(lambda m: m.group().replace(":", ","), narrative)


TITLES_IN_CAPS = set("MR MRS MS DR SIR CLLR".split())  # `MR Stansfeld said`: a title, capitalised
SHORT_WORDS = set("AN AS AT BY IF IN IT OF ON TO UP WE THE AND BUT NEW TOP MORE CUTS PLANS UNION CRIME FEWER FEARS "
                  "CHIEF TWO ONE TEN SIX NINE FOUR FIVE THREE EIGHT SEVEN THIS THAT WHEN WITH FROM OVER JUST".split()
                  ) | TITLES_IN_CAPS
SMALL_IN_LEAD = set("OF AND THE TO IN AT ON BY FOR FROM WITH".split())
CAPS_LEAD_RE = re.compile(r"(?m)^[ \t]*+((?:[A-Z]{2,}+\s+){1,4}+)(?=[A-Za-z])")
LOWER_IN_CAPS = set(SAY_VERBS) | {w.lower() for w in SHORT_WORDS - TITLES_IN_CAPS} | {"figures", "about", "after",
                                                                                      "speaking"}
CAPS_LINE_RE = re.compile(r"(?m)^[ \t]*+[A-Z][A-Z’',:;.-]*+(?:[ \t]++[A-Z][A-Z’',:;.-]*+){3,}+[ \t]*+$")


def ordinary_case_leads(narrative: str, keep: set[str]) -> str:
    """`THE Chief Constable of Essex Police said`, `AN MP has welcomed`: a paragraph's opening words set in capitals
    by the newspaper's style, in ordinary case (same length, so offsets hold); acronyms in `keep` stay."""
    def fixed(m: re.Match) -> str:
        # `BJ Harrington` keeps its initials and `MOPAC` stays an acronym: only common words and long ones change;
        # a small word after the first is in lower case (`HUNDREDS OF police`: `Hundreds of`, no name `Hundreds Of`)
        return re.sub(r"[A-Z]{2,}+", lambda w: w.group().lower() if w.start() > 0 and w.group() in SMALL_IN_LEAD
                      else w.group().capitalize() if w.group() not in keep and (
                          w.group() in SHORT_WORDS or len(w.group()) >= 6) else w.group(), m.group())
    def whole_line(m: re.Match) -> str:  # `COMMENTING ON THE FIGURES, MS BOYACK SAID:`: a line set all in capitals
        def word(w: re.Match) -> str:
            if w.group() in keep:
                return w.group()
            lower = w.group().lower()  # verbs of saying and small words in lower case (`said`), names capitalised
            return lower if w.start() > 0 and (lower in LOWER_IN_CAPS or lower.capitalize() in FUNCTION_WORDS) \
                else w.group().capitalize()
        return re.sub(r"[A-Z]{2,}+", word, m.group())
    return CAPS_LEAD_RE.sub(fixed, CAPS_LINE_RE.sub(whole_line, narrative))


def sentence_spans(narrative: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph, read on the blanked text so that quoted full stops do not split."""
    spans, start = [], p_start
    # `A says X - but B insist Y`: a dash before `but` starts a new sentence, with a speaker of its own
    # `X said A, while Y said: "..."`: a clause with a speaker of its own
    # (but `X said A – but warned B`: the same speaker goes on, no new sentence)
    # (`Cllr Balvinder S. Bains said`: a stop after a middle initial ends no sentence)
    for m in re.finditer(r"(?<!\s[A-Z])[.!?][”\"’)]?\s+(?=[“\"‘A-Z0-9£\x00])|\s[-–—](?=\s+but\s(?!(?:also\s+)?"
                         r"(?:said|says|warned|warns|added|adds|insisted|insists|admitted|admits|claimed|claims|stressed|"
                         r"told)\b))"
                         r"|,(?=\s+(?:while|whereas)\s+"
                         r"(?:[\w’'-]+\s+){1,5}?(?:said|says|added|told|claimed|warned)\b)", narrative[p_start:p_end]):
        spans.append((start, p_start + m.start() + len(m.group().rstrip())))
        start = p_start + m.end()
    spans.append((start, p_end))
    return [(s, e) for s, e in spans if narrative[s:e].strip()]


def classify_quote(narrative: str, q: Quoted, para_start: int) -> str:
    """direct: opens its paragraph, follows a colon or a verb of saying; partial: words quoted inside a sentence."""
    if q.continues or q.open_at == para_start:
        return "direct"
    before = narrative[max(para_start, q.open_at - 300):q.open_at].rstrip()  # a bounded window: linear in the text
    if before.endswith(":") or re.search(r"[.!?][”\"’]?$", before):
        return "direct"  # after a colon, or opening a sentence of its own: `"...," said Mr Reid. "It's ..."`
    clause = re.split(r"[.!?;”\"]", before)[-1]
    if VERB_RE.search(clause) and (before.endswith(",") or re.search(r"\b(?:said|says|added|told \w+)$", before)):
        return "direct"
    return "partial"
