"""Step 3: numbers and what they count, their period, and who claims them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from components.dataset.numbers import FRACTION_RE, NUMBER_WORD_RE, WORD_VALUES, fraction_value, words_value
from components.drafting.quotes import paragraph_of, sentence_spans
from components.drafting.records import Figure, Row
from components.drafting.vocabulary import MONTHS

if TYPE_CHECKING:
    from components.drafting.credits import Credit

UNIT_NOUNS = {
    "officers": "officers", "officer": "officers", "constables": "constables", "pcsos": "PCSOs", "pcso": "PCSOs",
    "detectives": "detectives", "specials": "specials", "staff": "staff", "recruits": "recruits", "police": "police",
    "bobbies": "officers", "patrols": "patrols", "patrol": "patrols", "teams": "teams", "team": "teams",
    "stations": "stations", "station": "stations", "arrests": "arrests", "arrest": "arrests", "people": "people",
    "suspects": "suspects", "offenders": "offenders", "locations": "locations", "towns": "towns", "areas": "areas",
    "communities": "communities", "neighbourhoods": "neighbourhoods", "wards": "wards", "villages": "villages",
    "posts": "posts", "jobs": "jobs", "roles": "roles", "vacancies": "vacancies", "crimes": "crimes",
    "offences": "offences", "incidents": "incidents", "burglaries": "burglaries", "robberies": "robberies",
    "thefts": "thefts", "assaults": "assaults", "stabbings": "stabbings", "shootings": "shootings",
    "murders": "murders", "knives": "knives", "weapons": "weapons", "calls": "calls", "cases": "cases",
    "victims": "victims", "cameras": "cameras", "vehicles": "vehicles", "cars": "cars",
    "policemen": "officers", "policewomen": "officers", "sergeants": "sergeants", "inspectors": "inspectors",
    "positions": "posts", "places": "places", "warrants": "warrants", "searches": "searches",
    "intelligence": "items of intelligence", "items": "items", "districts": "districts", "members": "members",
    "properties": "properties", "drugs": "drugs", "seizures": "seizures", "reports": "reports",
    "charges": "charges", "convictions": "convictions", "investigations": "investigations",
    "schemes": "schemes", "shifts": "shifts", "recruitment": "recruits", "bobby": "officers", "votes": "votes",
    "intakes": "intakes", "offices": "offices", "counters": "counters", "hours": "hours",
    # policing activity and people: what operations and raids count
    "pcs": "constables", "constable": "constables", "sergeant": "sergeants", "inspector": "inspectors",
    "cops": "officers", "coppers": "officers", "job": "jobs", "desks": "counters", "initiatives": "initiatives",
    "youths": "people", "men": "people", "women": "people", "teenagers": "people", "children": "people",
    "person": "people", "persons": "people", "motorists": "people", "drivers": "people", "cyclists": "people",
    "shoplifters": "people", "swords": "weapons", "kilograms": "kilograms", "kilos": "kilograms",
    "kg": "kilograms", "kgs": "kilograms", "g": "grams", "grams": "grams",  # `2.99kg of cocaine`: a seizure
    "warnings": "warnings", "warning": "warnings", "notices": "notices", "fines": "fines", "penalties": "penalties",
    "raids": "raids", "homes": "properties", "addresses": "properties", "premises": "properties",
    "commands": "commands", "units": "units", "sites": "sites", "buildings": "buildings", "lines": "lines",
    "guns": "weapons", "firearms": "weapons", "machetes": "weapons", "redundancies": "jobs", "visitors": "visitors",
}
UNIT_LINKS = {"community", "support", "front-line", "frontline", "response", "neighbourhood", "of"}  # in a unit
EXTRA_WORDS = {"more", "extra", "new", "additional"}
SPAN_STOP_WORDS = set("to by for in on at from with and or but than since who which that is are was were will would "
                      "has have had be been said says a an the".split())
TIME_UNITS = re.compile(r"(?i)^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
                        r"square|miles?|km|metres?|feet|am|pm|a\.m|p\.m|o'clock|st|nd|rd|th)\b")
BARE_TRIGGERS = re.compile(r"(?i)(?:\bfrom|\bup from|\bdown from|\bto|\bone of|\bthere (?:are|were|is|was)|\brose to|"
                           r"\bfell to|\btotal of|\bcompared with|\bcompared to|\bthan|\band|\bcurrent|\bhave|"
                           r"\bhas|\bclose|\bkeep|\bretain|\blose)\s+(?:(?:just|only)\s+)?$|(?:^|[.!?]\s+)(?:just|only)\s+$")
PERIOD_WORDS = re.compile(r"(?i)^\s*(?:last|this|next) (?:year|month|week|spring|summer|autumn|winter)\b")
PERIOD_RE = re.compile(
    r"(?i)\b(?:since\s+[^,.;:]{0,40}?\b(?:year|month|week|\d{4}|" + "|".join(MONTHS[:12]) + r")\b"
    r"|(?:by\s+)?(?:last|this|next|the past|the last|the previous|the coming)\s+(?:\d+\s+|[a-z]+\s+)?"
    r"(?:years?|months?|weeks?|decade|spring|summer|autumn|winter|financial year)\b"
    r"|in the year to \w+|between \d{4} and \d{4}|in the new year|in a year|(?:per|each|every) (?:year|month|week)"
    r"|(?:in|during|by) (?:\d{4}(?:/\d{2,4})?|" + "|".join(MONTHS[:12]) + r")\b|set to be launched|currently)")

# £, or the replacement character a mis-encoded £ becomes; `8p` is pence; `5.5pc` is per cent
DIGITS_RE = re.compile(r"(?P<money>[£\ufffd]\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                       r"(?P<scale>\s?(?:m|M|bn|k|million|billion)\b|p\b)?"
                       r"(?P<pct>\s?(?:%|per\s?cent\b|percent\b|pc\b))?")
PART_OF_RE = re.compile(r"\s+of\s+(?:the|our|their|its)\s+(?:[\w’']+\s+){0,2}?[\d,]+(?=\s)")  # `of the borough’s 24`
OF_THESE_RE = re.compile(r"\s+of\s+(?:these|them|those)\b")  # `Some 40 of these were in the north`

MAX_FIGURES = 400  # a news article has a few dozen; a text with thousands is not one, and each costs time
MAX_NUMBERS = 2000  # numbers read at all, figures or not (each looks at the words around it); an article has hundreds
WEIGHT_AFTER_RE = re.compile(r"(?:kgs?|g)\b")  # `355g of crack`: the unit joined to the number
PCT_AFTER_RE = re.compile(r"(?i)\s?(?:%|per\s?cent\b|percent\b)")
EMERGENCY_NUMBERS = {999.0, 101.0, 111.0}


def number_matches(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, value, kind) of every number written in digits or words; kind: digits, money, pct, words."""
    found = []
    for m in DIGITS_RE.finditer(text):
        if text[max(0, m.start() - 1):m.start()].isalnum() or (m.end() < len(text) and text[m.end()].isalpha()
                                                               and not m.group("scale")
                                                               and not WEIGHT_AFTER_RE.match(text, m.end())):
            continue
        pence = (m.group("scale") or "") == "p"
        kind = "money" if m.group("money") or pence else "pct" if m.group("pct") else "digits"
        found.append((m.start(), m.end(), float(m.group("num").replace(",", "")), kind))
    for m in FRACTION_RE.finditer(text):  # `a quarter of its officers`, `down by nearly a third.`, `two-thirds`
        found.append((m.start(), m.end(), fraction_value(m), "fraction"))
    in_digits = bytearray(len(text) + 1)
    for start, end, _, _ in found:
        in_digits[start:end] = b"\x01" * (end - start)
    for m in NUMBER_WORD_RE.finditer(text):
        if not in_digits[m.start()]:
            pct = PCT_AFTER_RE.match(text, m.end())  # `Seventy-three per cent`
            found.append((m.start(), pct.end() if pct else m.end(), words_value(m.group()), "pct" if pct else "words"))
    return sorted(found)


def not_a_figure(text: str, start: int, end: int, value: float) -> str:
    """Why a number is not a resourcing figure (a date, year, time, age or duration), or "" if it may be one."""
    before, after = text[max(0, start - 25):start], text[end:end + 25]
    months = "|".join(MONTHS)
    if re.match(r"-(?:year|hour|minute|day|week|month)", after) or re.match(r"\s*-?years?[ -]old", after) \
            or re.search(r"\b(?:aged|as young as|as old as|under the age of|over the age of)\s*$", before):
        return "an age or a duration"
    if re.search(r"[A-Za-z],\s*$", before) and re.match(r",", after) and value < 120:
        return "an age"
    if re.match(r"\s*(?:am|pm|a\.m|p\.m)\b|[:.]\d\d\s*(?:am|pm)", after):
        return "a time"
    if re.search(rf"\b(?:{months})\s*$", before) or re.match(rf"(?:st|nd|rd|th)?\s+(?:{months})\b", after):
        return "a date"
    if re.match(r"(?:st|nd|rd|th)\b", after):
        return "an ordinal"
    if re.fullmatch(r"(?:19|20)\d\d", text[start:end]) and (
            not (unit := unit_after(text, end)) or unit[2] or re.search(
                r"\b(?:in|since|for|from|until|till|to|by|before|after|during|of|between|and)\s+$", before)):
        return "a year"  # `the same months of 2012 since officers were ...`: a year, with a unit further on
    if re.search(r"\b(?:19|20)\d\d[-/–]$", before) and end - start == 2:
        return "a year"  # `2020-21`, `2017/18`: the second half of a financial year
    if value in EMERGENCY_NUMBERS and text[start:end] == f"{value:g}" and (
            re.match(r"(?i)\s*(?:calls?|number|line|service|non-emergency|system|response|and emergency)\b", after)
            or re.search(r"(?i)\b(?:call|calling|telephoning|dial|dialling|ring|ringing|on|or)\s+$", before)):
        return "a telephone number"  # `attending 999 calls`, `report it on 101` (but `1,101 county lines` counts)
    if TIME_UNITS.match(after) and not re.match(r"(?i)\s*(?:am|pm)\b", after) or re.match(r"\s*square\b", after):
        return "a duration or measure"
    return ""


def unit_after(text: str, end: int) -> tuple[str, int, set[str]] | None:
    """What a number counts: the first unit noun in the next few words (`150 extra officers`)."""
    tokens = [t for t in re.finditer(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]", text[end:end + 80])
              if t.group() not in "‘’'\"“”"]  # `90 'visible operational front line' officers`
    if len(tokens) > 1 and tokens[0].group().lower() == "or" and tokens[1].group().lower() == "so":
        tokens = tokens[2:]  # `another 40 or so officers`
    modifiers: set[str] = set()
    for k, tok in enumerate(tokens[:5]):
        word = _plain(tok.group())
        if word in UNIT_NOUNS:
            last = tok
            linked = False
            for nxt in tokens[k + 1:k + 4]:  # `police community support officers`: the noun that ends the phrase
                following = _plain(nxt.group())
                if not linked and following in UNIT_NOUNS and _plain(last.group()).endswith("s") and \
                        _plain(last.group()) not in ("police", "pcs", "cops"):
                    break  # a plural ends its phrase: `12 officers patrol the town` counts officers
                linked = following in UNIT_LINKS
                if following in UNIT_NOUNS:
                    last = nxt
                elif following not in UNIT_LINKS:
                    break
            unit = UNIT_NOUNS[_plain(last.group())]
            if re.search(r"(?i)community\s+support\s+officers?", text[end:end + last.end()]):
                unit = "PCSOs"
            return unit, end + last.end(), modifiers
        if word == "of" and k == 0 and len(tokens) > 1 and tokens[1].group().lower() in ("our", "the", "their", "its"):
            continue
        if not tok.group()[0].isalpha() or word in SPAN_STOP_WORDS or word == "of":
            return None
        modifiers.add(word)
    return None


def _plain(word: str) -> str:
    """A word as the unit list holds it: lower case, a plural written with an apostrophe made plain (`PCSO’s`)."""
    return re.sub(r"[’']s$", "s", word.lower())


def find_figures(text: str, paras: list[tuple[int, int]]) -> tuple[list[Figure], list[str]]:
    """Resourcing figures and, for the report, the numbers left out and why."""
    figures, skipped = [], []
    for read, (start, end, value, kind) in enumerate(number_matches(text)):
        if len(figures) >= MAX_FIGURES:
            skipped.append(f"more than {MAX_FIGURES} figures: numbers after {start} were not read")
            break
        if read >= MAX_NUMBERS:
            skipped.append(f"more than {MAX_NUMBERS} numbers: numbers after {start} were not read")
            break
        written = text[start:end]
        reason = "" if kind in ("money", "pct", "fraction") else not_a_figure(text, start, end, value)
        if reason:
            skipped.append(f"{written!r} at {start}: {reason}")
            continue
        figure = _money_pct_or_fraction(text, start, end, value, kind) or \
            _counted(text, start, end, value, kind, figures, paras)
        if figure is None:
            if kind != "words" or value > 1:
                skipped.append(f"{written!r} at {start}: no unit found after it")
            continue
        figure.period, period_start, period_end = _period(text, figure, paras)
        if period_start is not None and re.fullmatch(r"\s*", text[figure.end:period_start]):
            figure.end = period_end
        figures.append(figure)
    return figures, skipped


def _money_pct_or_fraction(text: str, start: int, end: int, value: float, kind: str) -> Figure | None:
    written = text[start:end]
    if kind == "money":
        scale = re.search(r"(m|bn|k|million|billion|p)\s*$", written.replace("M", "m"))
        unit = {"m": "million pounds", "million": "million pounds", "bn": "billion pounds", "billion": "billion pounds",
                "k": "thousand pounds", "p": "pence"}.get(scale.group(1) if scale else "", "pounds")
        return Figure(value, unit, "funding", start, end, start, end, written=written)
    if kind == "fraction":  # (its value a share of one: `a third` is 0.3333)
        return Figure(value, "fraction", "fraction", start, end, start, end, written=written)
    if kind == "pct":
        change = re.search(r"(?i)\b(?:ris\w*|rose|fall\w*|fell|up|down|increase\w*|decrease\w*|improv\w*|cut|drop\w*)"
                           r"(?:\s+\w+){0,3}\s*$", text[max(0, start - 40):start])
        number = re.sub(r"(?i)\s*(?:%|per\s?cent|percent|pc)$", "", written)
        return Figure(value, "per cent", "percentage_change" if change else "percentage", start,
                      start + len(number), start, end, written=written)
    return None


def _counted(text: str, start: int, end: int, value: float, kind: str, figures: list[Figure],
             paras: list[tuple[int, int]]) -> Figure | None:
    before = text[max(0, start - 30):start]
    found = unit_after(text, end)
    if not found and (part := PART_OF_RE.match(text, end)):  # `eight of the 22 part-funded PCSO posts`
        found = unit_after(text, part.end())
    if found:
        unit, unit_end, modifiers = found
        verb = re.search(r"\barrested\s+$", before)
        metric = _metric(unit, modifiers, before)
        span_start = start - len(verb.group()) if verb else start
        return Figure(value, unit, metric, start, end, span_start, unit_end, written=text[start:end])
    if listed := _listed_unit(text, start, end, paras):  # `Salford Division - 11` under `arrest figures:`
        return Figure(value, listed, re.sub(r"\W+", "_", listed.lower()), start, end, start, end,
                      written=text[start:end])
    earlier = _counts_between(figures, start - 399, start)
    if value >= 2 and OF_THESE_RE.match(text, end) and earlier:
        return Figure(value, earlier[-1].unit, earlier[-1].metric, start, end, start, end, written=text[start:end])
    if ARRESTED_RE.search(before):  # `Police arrested nine and seized ...` (no unit after it, as found above)
        return Figure(value, "people", "arrests", start, end, start, end, written=text[start:end])
    if value == 1 and earlier and LIST_ONE_RE.search(text, max(0, start - 8), start) and \
            not re.search(r"[.!?]\s", text[earlier[-1].num_end:start]):
        # `four in Havant, and one in Gosport`, `11 for drugs offences, one for public order`: one more of a list
        return Figure(value, earlier[-1].unit, earlier[-1].metric, start, end, start, end, written=text[start:end])
    previous = text[max(0, start - 3):start].rstrip()[-1:]
    if value < 2 or previous and not (previous.isalpha() or previous in ",–-:;"):
        return None  # `= 1`, `(1)`: symbols before a bare number; 1 is too common to count without a unit
    if (span := RANGE_NEXT_RE.match(text, end)) and (found := unit_after(text, span.end())):
        unit, unit_end, modifiers = found  # `from 36 to 25 officers`, `four or five officers`: the second's unit
        return Figure(value, unit, _metric(unit, modifiers, before), start, end, start, end, written=text[start:end])
    if plural := _next_word_unit(text, start, end, value):  # `six bins`: a plural no known unit names
        return plural
    if kind == "words" and not (BARE_TRIGGERS.search(before) or re.match(r"\s+to\s", text[end:end + 4])):
        return None  # a number word counts without a unit only in `from four to two`
    # a bare number takes the unit of the figure before it or of the nearest unit noun in its sentence:
    # `down 136 from the year before`, `stood at 131,837`, `a drop of 865`
    unit, metric, note = _inherited_unit(text, start, figures, paras)
    if not unit:
        return None
    return Figure(value, unit, metric, start, end, start, end, written=text[start:end], unit_note=note)


ARRESTED_RE = re.compile(r"\b(?:arrested|detained|charged|held)\s+(?:a\s+further\s+|another\s+)?$")
LIST_ONE_RE = re.compile(r"(?:[,;]\s*+(?:and\s++)?|\band\s++)$")  # `..., and one`, `..., one`: an item of a list
# `36 to 25`, `four or five`, `1,500-2,000`: a second number after the first, whose unit both share
RANGE_NEXT_RE = re.compile(r"\s*+(?:to|or|and|[-–—])\s*+(?:(?:about|around|nearly|almost)\s++)?"
                           r"(?:\d[\d,]*+(?:\.\d++)?|(?:" + "|".join(WORD_VALUES) + r")\b)")
# a plural straight after the number (`six bins`, `868 responses`), not an adverb or adjective ending in s
NEXT_NOUN_RE = re.compile(r"\s+(?:(?:more|extra|new|additional|other|further)\s+)?"
                          r"(?P<lead>(?:[A-Za-z][A-Za-z-]{0,30}\s+){0,2}?)(?P<noun>[a-z][a-z-]{1,30}(?<![siu])s)\b")


def _next_word_unit(text: str, start: int, end: int, value: float) -> Figure | None:
    """A number no known unit follows, read with the plural word after it as its unit (`six bins`), noted."""
    m = NEXT_NOUN_RE.match(text, end)
    if m is None or m.group("noun") in SPAN_STOP_WORDS | NOT_UNITS or any(
            w.lower() in SPAN_STOP_WORDS | NOT_UNITS or w.endswith("ed") for w in m.group("lead").split()):
        return None  # (`17 MDMA pills`, `nine permanent wardens`; not `two suspected of ...`)
    noun = m.group("noun")
    return Figure(value, noun, re.sub(r"\W+", "_", noun), start, end, start, m.end(), written=text[start:end],
                  unit_note=f"Unit read from the word after the number ('{noun}'); check that it counts police "
                            "resources or activity, or delete the row.")


# plurals after a number that are no count of resources: times, durations, fractions, manners, the lands a figure
# is about (`across six counties`)
NOT_UNITS = set("times things ways reasons years months weeks days hours minutes seconds decades weekends nights "
                "fortnights miles yards inches thirds quarters halves fifths tenths counties countries nations was has "
                "is does goes says per".split())


LIST_LINE_RE = re.compile(r"[-•*]?\s*[A-Z][^\d\n]{0,60}?\s[-–—:]\s*")  # `Salford Division - ` before the number
LIST_REACH = 2000  # characters back from a list line to the `...:` paragraph that says what the list counts


def _listed_unit(text: str, start: int, end: int, paras: list[tuple[int, int]]) -> str:
    """A line `Label - N` (the number ending its paragraph) under a paragraph ending in a colon that names a unit:
    `Arrests by division were as follows:`."""
    p_start, p_end = paragraph_of(paras, start)
    if text[end:p_end].strip() or not LIST_LINE_RE.fullmatch(text, p_start, start):
        return ""
    intros = list(re.finditer(r":[ \t]*\n", text[max(0, start - LIST_REACH):p_start]))  # a paragraph ending in `:`
    if not intros:
        return ""
    intro_end = max(0, start - LIST_REACH) + intros[-1].start()
    i_start, _ = paragraph_of(paras, intro_end)
    nouns = [w for w in re.findall(r"[A-Za-z]+", text[i_start:intro_end]) if w.lower() in UNIT_NOUNS]
    return UNIT_NOUNS[nouns[-1].lower()] if nouns else ""


def _metric(unit: str, modifiers: set[str], before: str) -> str:
    if unit == "arrests" or re.search(r"\barrested\s+$", before):
        return "arrests"
    base = re.sub(r"\W+", "_", unit.lower())
    if modifiers & EXTRA_WORDS:
        return f"extra_{base}"
    if re.search(r"\b(?:recruited|hired)\s+(?:more than\s+)?$", before):
        return f"recruited_{base}"
    return base


def _counts_between(figures: list[Figure], low: int, high: int) -> list[Figure]:
    """The figures whose number stands in [low, high) and counts something (not a percentage, not money): the ones
    a bare number after them may take its unit from."""
    return [f for f in figures if low <= f.num_start < high and f.unit != "per cent" and not f.unit.endswith("pounds")]


def _inherited_unit(text: str, start: int, figures: list[Figure],
                    paras: list[tuple[int, int]]) -> tuple[str, str, str]:
    """`150 extra officers last year and 215 this year`: a bare number counts what the figure before it in its
    sentence counts, else the nearest unit noun of its sentence (before it, then after it), else what the `numbers`
    of its paragraph count, else (noted) what the last figure of the paragraph before counts."""
    p_start, p_end = paragraph_of(paras, start)
    reach = max(p_start, start - PERIOD_REACH * 2)
    before = re.split(r"[.!?]\s", text[reach:start])[-1]
    earlier = _counts_between(figures, reach, start)
    if earlier:
        return earlier[-1].unit, earlier[-1].metric, ""
    after = re.split(r"[.!?](?:\s|$)", text[start:min(p_end, start + PERIOD_REACH)])[0]
    nouns = [w for w in re.findall(r"[A-Za-z]+", before) if w.lower() in UNIT_NOUNS][-1:] or \
            [w for w in re.findall(r"[A-Za-z]+", after) if w.lower() in UNIT_NOUNS][:1]
    if nouns:
        unit = UNIT_NOUNS[nouns[0].lower()]
        return unit, re.sub(r"\W+", "_", unit.lower()), ""
    # `plans to cut PSNI numbers by 238`, `numbers will fall to 6,600`: what the paragraph's `numbers` count
    paragraph_before = text[max(p_start, start - 600):start]
    numbers = list(NUMBERS_OF_RE.finditer(paragraph_before))
    if not numbers and re.search(r"\bnumbers\b", before):
        # `the numbers have dropped by 579`, a bare `numbers` in its sentence: the numbers the article named before
        numbers = list(NUMBERS_OF_RE.finditer(text, max(0, start - 3000), start))
    if numbers:
        whose = (numbers[-1].group("whose") or "police").lower()  # `police numbers`, `force numbers`: officers
        unit = "officers" if whose in ("police", "force", "psni") else UNIT_NOUNS.get(whose, "officers")
        return unit, re.sub(r"\W+", "_", unit.lower()), ""
    # `The force had 8,626 officers.` then `Today it has 6,985.`: the last count of the paragraph before
    # (only after words that take a count: `it has 6,985`, `fell to 40`; not `The bill was 6,672`)
    previous = _counts_between(figures, max(0, p_start - 400), p_start)
    if previous and BARE_TRIGGERS.search(text, max(0, start - 30), start):
        last = previous[-1]
        return last.unit, last.metric, (f"Unit taken from the figure in the paragraph before "
                                        f"('{text[last.start:last.end][:60]}'); check it.")
    return "", "", ""


NUMBERS_OF_RE = re.compile(r"(?i)\b(?:(?P<whose>police|officer|PSNI|PCSO|force|staff|constable|detective)s?\s+numbers|"
                           r"head\s?count)\b")  # (`the force's headcount stood at 1,519`: its officers)
PERIOD_REACH = 120  # characters either side of a figure where its period words may stand


def _period(text: str, figure: Figure, paras: list[tuple[int, int]]) -> tuple[str, int | None, int]:
    """The period words nearest the figure in its sentence (after it first), with where they start when they
    follow it (None when they come before it)."""
    p_start, p_end = paragraph_of(paras, figure.num_start)
    # period words stand near their figure: a bounded window keeps a paragraph of numbers linear
    w_start, w_end = max(p_start, figure.start - PERIOD_REACH), min(p_end, figure.end + PERIOD_REACH)
    s_start, s_end = next(((s, e) for s, e in sentence_spans(text, w_start, w_end) if s <= figure.num_start < e),
                          (w_start, w_end))
    after = list(PERIOD_RE.finditer(text, figure.end, s_end))
    if after and not re.search(r"[,;]|\d", text[figure.end:after[0].start()]):
        return after[0].group(), after[0].start(), after[0].end()
    before = list(PERIOD_RE.finditer(text, s_start, figure.start))
    if before:
        return before[-1].group(), None, 0
    if after:
        return after[0].group(), None, 0
    return "", None, 0


def attribute_figures(figures: list[Figure], rows: list[Row], credits: list[Credit], publisher: int,
                      names: list[str]) -> None:
    """Each figure is claimed by the smallest claim it sits in; else by the source its sentence credits it to
    (`figures from the Home Office show`), noted as such; else by the article itself."""
    for figure in figures:
        holding = [(r.end - r.start, i) for i, r in enumerate(rows) if r.start <= figure.num_start and
                   figure.num_end <= r.end]
        if not holding:
            credit = next((c for c in credits if c.start <= figure.num_start and figure.num_end <= c.end), None)
            figure.speaker = credit.speaker if credit else publisher
            if credit:
                figure.credit = f"In no quote: {credit.how} {names[credit.speaker]}; check the source."
            continue
        index = min(holding)[1]
        row = rows[index]
        nested = next((c for c in credits if c.start <= figure.num_start < c.end
                       and row.start <= c.at < figure.num_start and c.speaker != row.speaker), None)
        if nested is not None:  # `X urged action after Police Scotland figures revealed the force lost 28`: theirs
            figure.speaker = nested.speaker
            figure.credit = f"In a claim of another speaker: {nested.how} {names[nested.speaker]}; check the source."
            continue
        figure.speaker, figure.quote = row.speaker, index
        figure.start, figure.end = max(figure.start, row.start), min(figure.end, row.end)
