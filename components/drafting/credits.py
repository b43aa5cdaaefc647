"""Step 3b: figures a sentence credits to a source although nobody says them. Such a sentence is no quote, but
its figures are the source's, not the publisher's:

- statistics named with their body: `Figures from the Home Office show ...`, `Home Office figures reveal ...`;
- statistics named before, pointed back to: `The latest figures also show ...` (the body credited last);
- a plan the sentence says someone set out or announced: `Plans to cut 500 posts have been set out by X`.

What a body plans or asks for, told in the article's own words (`The force is proposing to cut PCSOs from 108 to
46`), is not credited: careful readers split on it, and the article's own statement of a plan is the publisher's
until a reviewer says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from components.drafting.names import parse_subject
from components.drafting.quotes import sentence_spans
from components.drafting.speakers import Reading

STATS = (r"(?:figures|data|statistics|stats|documents|research|analysis|report|survey|study|papers|information|"
         r"calculations)")
SHOW = (r"(?:show|shows|showed|shown|reveal|reveals|revealed|suggest|suggests|suggested|found|finds|indicate|"
        r"indicates|indicated|confirm|confirms|confirmed|claim|claims|claimed|state|states|stated|noted|notes|"
        r"recommends|recommended|predicts|predicted|warns|warned|include|includes|included)")
BODY = r"[A-Z][\w’'&-]*+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'&-]*+){0,6}+"
# `figures from the Home Office`, `The data – published by the Scottish Government – showed`, `data obtained from X`
STATS_FROM_RE = re.compile(rf"\b(?i:{STATS})\s*+(?:[-–—,]\s*+)?(?:(?:released|published|issued|obtained|compiled|"
                           rf"produced|provided|gathered|collected|commissioned|come|came)\s+)?(?:from|by)\s+(?:the\s+)?"
                           rf"(?P<who>{BODY})")
# `Home Office figures show`, `Scottish Police Authority (SPA) documents reveal`, `the council’s report recommends`
BODY_STATS_RE = re.compile(rf"\b(?P<who>{BODY})(?:’s|'s)?(?:\s+\([A-Z]{{2,6}}\))?\s+(?i:{STATS})"
                           # `Home Office data, out today, shows`, `a survey of officers has shown`
                           rf"(?:,[^,.;:\x00]{{1,40}},|\s+of\s+[a-z][^,.;:\x00]{{0,40}}?)?"
                           rf"\s+(?:also\s+|recently\s+|now\s+)?(?:have\s+|has\s+)?(?i:{SHOW})\b"
                           # `According to Home Office figures out this week`: the body's statistics
                           rf"|\b(?i:according\s+to)\s+(?:the\s+)?(?:(?:latest|new|recent|official)\s+)?(?P<who2>{BODY})"
                           rf"(?:’s|'s)?\s+(?i:{STATS})\b")
# `Plans to cut 500 posts have been set out by Wexley Police`, `The scheme announced by commissioner X would
# see ...`: a plan and its numbers, given by whoever the passive names
PASSIVE_BY_RE = re.compile(r"\b(?:(?:been|was|were|is|are|being)\s+|(?:plans?|scheme|proposals?|budget|strategy|"
                           r"review|model)\s+)(?:set\s+out|announced|revealed|unveiled|confirmed|outlined|published|"
                           r"released|proposed|put\s+forward|drawn\s+up)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                           rf"(?P<who>{BODY})")
# `The latest figures also show`, `the new statistics revealed`: the statistics named before
THE_STATS_RE = re.compile(rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:new|latest|recent|same|official|provisional|"
                          rf"national|annual|most recent|published)\s+)*(?i:{STATS}|figure)\s+(?:also\s+|further\s+)?"
                          rf"(?i:{SHOW})\b"
                          # `According to the report, the force will have 17 per cent fewer officers`
                          rf"|\b(?i:according\s+to)\s+(?:the|these|those)\s+(?:(?:new|latest|same)\s+)?(?i:{STATS})\b")
LEADING_RE = re.compile(r"^(?:(?:The|the|Latest|latest|New|new|Official|official|Recent|recent|Provisional|"
                        r"provisional)\s+)+")
@dataclass(frozen=True)
class Credit:
    """Figures in [start, end) are `speaker`'s, by what the sentence says (`how`), though nobody said them."""

    start: int
    end: int
    speaker: int
    how: str
    at: int = -1  # where the sentence names the statistics (`Police Scotland figures revealed`), if it does


def figure_credits(reading: Reading, paras: list[tuple[int, int]]) -> list[Credit]:
    """Every span whose figures a sentence credits to a named source, in reading order."""
    credits, last_body = [], None
    for p_start, p_end in paras:
        for s_start, s_end in sentence_spans(reading.narrative, p_start, p_end):
            if found := _statistics_body(reading, s_start, s_end):
                last_body, at = found
                credits.append(Credit(s_start, s_end, last_body, "statistics the sentence credits to", at))
            elif last_body is not None and THE_STATS_RE.search(reading.narrative, s_start, s_end):
                credits.append(Credit(s_start, s_end, last_body, "statistics credited earlier to"))
    return credits


def _statistics_body(reading: Reading, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The body whose figures, data or report the sentence cites, if it names one, and where it is named."""
    for pattern in (STATS_FROM_RE, BODY_STATS_RE, PASSIVE_BY_RE):
        if m := pattern.search(reading.narrative, s_start, s_end):
            group = "who" if m.group("who") is not None else "who2"
            who = re.sub(r"\s+(?:of|for|and|&)$", "", LEADING_RE.sub("", m.group(group)))
            ref = parse_subject(who, reading.known_places) if who else None
            # (a person who releases figures gives them too: `New figures, released by Commissioner X, revealed`)
            if ref is not None and (ref.kind == "organisation" or
                                    ref.kind == "person" and pattern is not BODY_STATS_RE):
                found = reading.resolve(ref, m.start(group))[0]
                return (found, m.start()) if found is not None else None
    return None
