"""Step 2d: sentences that name their source without a verb of saying before the claim: `CLAIM, according to X`,
`an assurance from X that CLAIM`, `The meeting heard CLAIM`, `with X explaining CLAIM`, `figures released by X
show CLAIM`, `CLAIM has been branded "..." by X`."""

from __future__ import annotations

import re

from components.dataset.check import clip
from components.drafting.names import _generic, parse_subject
from components.drafting.records import Attribution, Ref
from components.drafting.speakers import Reading
from components.drafting.vocabulary import MONTHS, PASSIVE_RE


def named_source(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """The source a sentence names in one of these phrasings, with the claim it makes; None if it uses none."""
    return (_according_to(reading, s_start, s_end) or _said_by_nobody(reading, s_start, s_end)
            or _echoed_by(reading, s_start, s_end)
            or _passive_agent(reading, s_start, s_end) or _told_by(reading, s_start, s_end)
            or _noun_claim(reading, s_start, s_end) or _meeting_heard(reading, s_start, s_end)
            or _with_saying(reading, s_start, s_end))


def _to_sentence_end(narrative: str, start: int, s_end: int) -> tuple[int, int] | None:
    """The claim from `start` to its sentence's end, without the closing stop (None if nothing is left)."""
    end = s_end
    while end > start and narrative[end - 1] in " .!?":
        end -= 1
    return (start, end) if end - start > 3 else None


NOUN_CLAIM_RE = re.compile(r"\b(?:assurance|warning|claim|promise|pledge|admission|suggestion)\s+(?:from|by)\s+"
                           r"(?P<who>[^,.;:\x00“”\"]{2,80}?)\s+that\s+"
                           # `Cllr Rob James’ statement that ...`: the owner of the statement
                           r"|\b(?P<owner>(?:[A-Z][\w.-]*+\s+){1,3}+[A-Z][\w-]*+)(?:’s|'s|’|')\s+(?:statement|claim|claims|"
                           r"assertion|warning|pledge|promise|suggestion)\s+that\s+")


def _noun_claim(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`an assurance from Chief Superintendent Ann Moss that the total ... had not changed`."""
    m = NOUN_CLAIM_RE.search(reading.narrative, s_start, s_end)
    return _named_then_claim(reading, m, m.start(), s_end, "who" if m.group("who") else "owner") if m else None


WITH_SAYING_RE = re.compile(r"\bwith\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){1,5}?)(?:explaining|saying|adding|insisting|"
                            r"admitting|warning|claiming|stressing|confirming|arguing|revealing)\s+(?:that\s+)?")


def _with_saying(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`..., with Mr Byrne explaining the cuts would leave ...`: a named speaker after `with`, then the claim."""
    m = WITH_SAYING_RE.search(reading.narrative, s_start, s_end)
    return _named_then_claim(reading, m, m.end("who"), s_end) if m else None


def _named_then_claim(reading: Reading, m: re.Match, verb_start: int, s_end: int,
                      group: str = "who") -> Attribution | None:
    """The speaker a match names in its group `who` (a person or a body), and the claim from the match's end to the
    sentence's end; None if it names neither or no claim is left."""
    ref = parse_subject(m.group(group).strip(), reading.known_places)
    if ref is None or ref.kind not in ("person", "organisation", "surname"):
        return None
    claim = _to_sentence_end(reading.narrative, m.end(), s_end)
    return Attribution(ref, verb_start, m.end(), claim, m.start(group)) if claim else None


MEETING_HEARD_RE = re.compile(r"(?:(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+){0,2}?(?:meeting|panel|committee|hearing|inquest|"
                              r"court|council)|[Cc]ouncillors|[Mm]embers)\s+(?:was\s+|were\s+)?(?:heard|told)\s+"
                              r"(?!from\b|by\b|about\b)(?:that\s+)?")  # (`Members heard from X`: X speaks next)


def _meeting_heard(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`The meeting heard that ...`: said by someone at the meeting whom the sentence does not name (blank)."""
    m = MEETING_HEARD_RE.match(reading.narrative, s_start, s_end)
    if not m:
        return None
    claim = _to_sentence_end(reading.narrative, m.end(), s_end)
    ref = Ref("nobody", name=clip(reading.narrative[s_start:m.end()].strip()))  # who was heard is not said
    return Attribution(ref, s_start, m.end(), claim, s_start) if claim else None


def _according_to(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    sentence = reading.narrative[s_start:s_end]
    titled = re.match(r"According to [^,]{2,80},\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+", sentence)
    if titled and (person := parse_subject(titled.group("who"), reading.known_places)) is not None and \
            person.kind == "person":  # `According to Wessex Police and Crime Commissioner, Matt Barr, ...`
        m, claim = titled, (s_start + titled.end(), s_end - (1 if sentence.endswith(".") else 0))
    elif m := re.match(r"According to (?P<who>[^,]+),\s+", sentence):
        claim = (s_start + m.end(), s_end - (1 if sentence.endswith(".") else 0))
    elif m := re.match(r"According to (?P<who>(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}?)(?!(?:figures|data|statistics|"
                       r"research|records|analysis|estimates|reports?|documents?)\b)(?=[a-z])", sentence):
        # `According to the Federation Chair there are ...`: no comma; the claim starts at the first lower-case word
        claim = (s_start + m.end(), s_end - (1 if sentence.endswith(".") else 0))
    elif m := re.search(r"[,”\"]\s+according to (?P<who>[^,]+?)\.?$", sentence):  # `... 20 years,” according to X.`
        claim = (s_start, s_start + m.start() + (sentence[m.start()] in "”\""))  # a closing mark ends the claim
    elif m := re.search(r",?\s+according to (?P<who>[^,]{2,80}),\s+", sentence):  # `..., according to X, CLAIM.`
        claim = (s_start + m.end(), s_end - (1 if sentence.endswith(".") else 0))
    else:
        return None
    who = re.split(r"\s+(?:who|which|that)\s+|\s+[-–—]\s+", m.group("who"))[0]  # `according to councillors who ...`
    who = re.sub(r"^(?:the\s+)?(?:latest\s+|new\s+|official\s+)?", "", who)
    who = re.sub(r"\s+(?:figures|data|statistics|research|report|analysis|document|documents|papers)$", "", who)
    who = re.sub(r"^an?\s+(?=(?:council|force|police|government)$)", "", who)  # `according to a council document`
    # `statistics from the Home Office on staffing ...`: the body the statistics come from
    if by := re.match(r"(?:figures|data|statistics|research|a report|analysis)\s+(?:from|by|of|released by|"
                      r"published by)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w’'&-]*\s*)+)", who):
        who = by.group("body").strip()
    if not who or who.split()[0] in MONTHS:  # `According to figures from September 30, 2024, ...`: a date, no source
        return None
    role = parse_subject(f"the {who}", reading.known_places)  # `according to the Federation Chair`: a person
    ref = role if role is not None and role.kind == "role-person" else \
        parse_subject(who, reading.known_places) or _generic(who) or role
    if ref is None:  # (`according to the commissioner`: the commissioner named before)
        return None
    return Attribution(ref, s_start + m.start("who"), s_start + m.start("who") + len(who), claim,
                       s_start + m.start("who"))


FIGURES_SHOW_RE = re.compile(
    r"(?:\b(?i:figures|data|statistics)\s+(?:released|published|issued|obtained|revealed)\s+by\s+(?P<by>[^,\x00“”\"]{2,60}?)"
    r"|(?P<of>\b[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4}+)(?:’s|'s)?\s+(?:figures|data|statistics))"
    r"\s+(?:also\s+)?(?:show|shows|showed|shown|reveal|reveals|revealed)\s+(?:that\s+)?")


def figures_show(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`figures released by the Home Office show ...`, `The Home Office figures also showed ...`: the body that
    published the figures is the source of the claim."""
    m = FIGURES_SHOW_RE.search(reading.narrative, s_start, s_end)
    if not m:
        return None
    who = re.sub(r"^(?:Official|Latest|New|Recent)\s+", "", m.group("by") or m.group("of"))  # `Official X figures`
    ref = parse_subject(re.sub(r"^(?:the|The)\s+", "", who), reading.known_places)
    if ref is None or ref.kind != "organisation":
        return None
    claim = _to_sentence_end(reading.narrative, m.end(), s_end)
    start = m.start("by") if m.group("by") else m.start("of")
    return Attribution(ref, m.start(), m.end(), claim, start) if claim else None


# `Fears have been voiced that ...`, `it was revealed that ...`: said, but the sentence does not say by whom
NOBODY_SAID_RE = re.compile(r"(?:\b(?:[Ff]ears|[Cc]oncerns|[Ww]arnings|[Qq]uestions|[Cc]laims|[Ww]orries)\s+"
                            r"(?:have|has|had)\s+(?:also\s+|already\s+)?been\s+(?:voiced|raised|expressed|made)"
                            r"|\b[Ii]t\s+(?:is|was|has\s+been|"
                            r"had\s+been)\s+(?:widely\s+)?(?:revealed|claimed|said|reported|commented|suggested|"
                            r"alleged|announced))\s+that\s+")


def _said_by_nobody(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`Fears have been voiced that one of the three teams could go`: a claim whose speaker the text withholds,
    drafted with the speaker blank and a note (a reader fills it in, or leaves it to nobody)."""
    m = NOBODY_SAID_RE.search(reading.narrative, s_start, s_end)
    if not m or re.search(r"\bby\s", reading.narrative[m.start():m.end()]):
        return None
    claim = _to_sentence_end(reading.narrative, m.end(), s_end)
    ref = Ref("nobody", name=clip(reading.narrative[m.start():m.end()].strip()))
    return Attribution(ref, m.start(), m.end(), claim, m.start()) if claim else None


# (what is echoed is a view someone gave: `His proposals were backed by the panel` is no one speaking next)
ECHOED_BY_RE = re.compile(r"\b(?:view|views|concern|concerns|call|calls|sentiment|sentiments|comments|claim|claims|"
                          r"warning|warnings|fears|criticism|message|point|stance|position|words)\s+"
                          r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:also\s+)?(?:echoed|shared|backed|"
                          r"supported|endorsed|repeated|reiterated)\s+by\s+(?P<who>[^,.;:\x00“”\"]{2,120}?)\s*[.!?]?$")


def _echoed_by(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`Her view was echoed by the town’s mayor Rob Inwood.`: he speaks next (no claim of his own here), so a
    `he said` after it is his, not the last speaker's."""
    m = ECHOED_BY_RE.search(reading.narrative, s_start, s_end)
    if not m:
        return None
    ref = parse_subject(m.group("who"), reading.known_places)
    if ref is None or ref.kind not in ("person", "organisation", "surname"):
        return None
    return Attribution(ref, m.start(), m.start("who"), None, m.start("who"))


# `She was told by Wessex Police that 90 officers were on shift`: the agent said it
TOLD_BY_RE = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:told|informed|assured|advised)\s+by\s+"
                        r"(?P<who>(?:the\s+)?[A-Z][\w’'&-]*+(?:\s+(?:[A-Z][\w’'&-]*+|of|and|for)){0,6}+)"
                        r",?\s+(?:that\s+)?(?=[a-z\x00“\"‘])")


def _told_by(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    m = TOLD_BY_RE.search(reading.narrative, s_start, s_end)
    if not m or (ref := parse_subject(m.group("who"), reading.known_places)) is None or \
            ref.kind not in ("person", "surname", "organisation"):
        return None
    claim = _to_sentence_end(reading.narrative, m.end(), s_end)
    return Attribution(ref, m.start(), m.end(), claim, m.start("who")) if claim else None


def _passive_agent(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`Plans ... have been branded "a disgrace" by a union.`: the agent is the speaker."""
    sentence = reading.narrative[s_start:s_end]
    m = re.search(r"\s+by\s+(?P<who>[^,\x00]+?)\.?$", sentence)
    if not m or not PASSIVE_RE.search(sentence[:m.start()]):
        return None
    ref = parse_subject(m.group("who"), reading.known_places)
    if ref is None:
        return None
    return Attribution(ref, s_start + m.start("who"), s_start + m.end("who"), (s_start, s_start + m.start()),
                       s_start + m.start("who"))
