"""Draft a claims dataset from one plain-text article, in the data contract of `schema.py`.

Rules and a gazetteer, not a model: the conventions of British news writing.

- **Quotes.** Double marks, curly or straight. A quote that runs into the next paragraph leaves its mark open
  and the next paragraph opens again; each paragraph is one `direct` row. A last paragraph that never closes
  runs to its end. Quote marks inside reported speech (`it is "crazy" that`) are `partial`, and the sentence
  around them is also a `reported` row. Single marks inside a quote are nested quotes and stay in its text.
  Spans are the words inside the marks; a trailing comma before `he said` is left out.
- **Claims without marks** are `reported`: `X said|added|told ... that CLAIM` (span: the clause after the
  verb), `X defended|pointed to|welcomed CLAIM` (span from the verb, as the curated data reads),
  `CLAIM, X has warned.`, `CLAIM, according to X.` and `CLAIM have been branded "..." by X.`.
- **Speakers.** `X said`, `"...," X said`, `said X`, titles and appositions before or after the name,
  `Mr Terry` resolved to the full name given earlier, `He`/`She` to the last speaker, `Bosses`/`The force`
  to the last named organisation, `a councillor` (a lede) to the next named person.
- **Figures.** Digits, `£`, per cent and number words ("two hundred", "a dozen") followed by what they count;
  bare numbers after `from`, `up from`, `there are`, `one of` or before period words take the unit of the figure
  before them. Dates, years, times, ages and durations are not figures.

Everything here is pure: text in, frames out (`draft_article`); `draft_report` and `draft_files` say what a
draft folder holds, and the CLI writes it. `draft_quality` measures a draft against curated answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from components.dataset import schema
from components.dataset.check import figure_span_message

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_AREAS = REPO_ROOT / "data" / "areas.csv"
DEFAULT_TOPICS = REPO_ROOT / "data" / "topics.csv"
BLANK = "\x00"  # stands in for quoted words, so verbs and commas inside quotes are not read as narrative
OPEN_MARKS, CLOSE_MARKS, STRAIGHT = "\u201c", "\u201d", '"'
QUOTE_MARK_CHARS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT

MONTHS = ("January February March April May June July August September October November December "
          "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# --- vocabularies ---------------------------------------------------------------------------------------------

SAY_VERBS = ("said says added adds told tells declared declares stated states claimed claims warned warns explained "
             "insisted insists argued argues admitted admits revealed reveals confirmed confirms announced stressed "
             "replied responded commented continued noted believes believed suggested maintained estimated predicted "
             "conceded acknowledged agreed asked wrote").split()
CLAIM_VERBS = ("defended|pointed to|pointed out|welcomed|called on|called for|accused|pledged|promised|criticised|"
               "criticized|blamed|praised|urged|backed|slammed|hit out at|highlighted|vowed|denied|rejected|demanded|"
               "questioned|dismissed")
VERB_RE = re.compile(rf"\b(?:(?P<claim>{CLAIM_VERBS})|(?P<say>{'|'.join(SAY_VERBS)}))\b")
PASSIVE_RE = re.compile(r"\b(?:been|was|were|is|are|be)\s+(?:branded|described as|labelled|labeled|called|criticised|"
                        r"condemned|slammed|welcomed|praised|attacked|dismissed as)\b")
AUX_TAIL_RE = re.compile(r"(?:\s+(?:also|has|have|had|today|yesterday|later|then|previously|further|recently|again|"
                         r"repeatedly|has also|was|were|quickly|last week|this week))+\s*$", re.I)

HONORIFICS = set("Mr Mrs Ms Miss Dr Cllr Councillor Sir Dame Lord Lady Baroness Supt Superintendent Insp Inspector "
                 "Sgt Sergeant PC DC DS DI DCI Det Detective Constable Commissioner Prof Professor Rev Ch".split())
ROLE_WORDS = HONORIFICS | set("Secretary Minister Commander Chief Leader Mayor MP MEP Chairman Chairwoman Chair "
                              "Director Deputy Assistant President Head Officer Commissioner Spokesman Spokeswoman "
                              "Organiser Adviser Member Manager Executive Independent".split())
ROLE_LOWER = set("leader chief councillor member resident organiser adviser commander spokesman spokeswoman "
                 "spokesperson officer safety community cabinet group deputy portfolio holder campaigner chairman "
                 "chairwoman chair head director boss manager secretary minister inspector sergeant constable "
                 "superintendent representative mother father owner shopkeeper worker".split())
PARTIES = {"Independent": "Independent", "Labour": "Labour", "Conservative": "Conservative",
           "Conservatives": "Conservative", "Tory": "Conservative", "Tories": "Conservative",
           "Liberal Democrat": "Liberal Democrat", "Liberal Democrats": "Liberal Democrat",
           "Lib Dem": "Liberal Democrat", "Green": "Green", "Greens": "Green", "Reform": "Reform UK", "UKIP": "UKIP",
           "SNP": "SNP", "Plaid": "Plaid Cymru"}
ORG_HEADS = set("Police Council Government Conservatives Labour Party Federation Office Trust Trusts Service "
                "Commission Constabulary Association Union Ministry Department Authority Partnership Board Agency "
                "Unison NFU NHS Parliament Commons Panel Unit Democrats Society Charity Foundation Network "
                "Alliance".split())
KNOWN_ORG_ACRONYMS = set("NHS NFU NPCC IOPC HMICFRS CPS BTP NCA GMB RSPCA NSPCC".split())
PLACE_HEADS = set("Centre Square Theatre Street Road Station Hall Park Court Lane Avenue Way Hospital School College "
                  "Church Stadium Pier Bridge Estate Precinct Mall Market Watch Raptor Op Operation Team Teams Scheme "
                  "House Echo".split())
NATIONAL_WORDS = re.compile(r"\b(?:nationally|national|the country|across England|England and Wales)\b")
NATIONAL_ROLES = re.compile(r"\b(?:Home Secretary|Home Office|Prime Minister|Minister|Government|Parliament)\b")
FUNCTION_WORDS = set("The A An But And Or However Meanwhile Now Then So If When While In On At By For From To With "
                     "Speaking According After Before This That These Those It He She They We You I There Here Plans "
                     "Every Some Many Most Both All No Our Their His Her Its As Also Today Yesterday Last Next".split())

GENERIC_ORG_RE = re.compile(r"(?i)^(?:the\s+|our\s+|its\s+)?(?P<head>force|police|bosses|police bosses|"
                            r"force bosses|council bosses|police chiefs|chiefs|council|authority|government|"
                            r"ministers|federation|union|trust|department|ministry|party|officials|constabulary)$")
INDEFINITE_RE = re.compile(r"(?i)(?:^|\s)(?:a|an)\s+(?:[\w’'-]+\s+){0,3}(?P<head>councillor|officer|chief|MP|"
                           r"campaigner|resident|source|minister|commissioner|leader|boss|member|union|charity|council|force|"
                           r"group|politician|inspector|detective|superintendent|spokesman|spokeswoman)$")
SPOKES_RE = re.compile(r"(?i)\b(?:a|an|the)\s+(?:[\w’'-]+\s+)?(?:spokesman|spokeswoman|spokesperson|representative)"
                       r"\s+(?:for|from|at|of)\s+(?P<org>.+)$")
SPOKES_BEFORE_RE = re.compile(r"(?:^|\s)(?:an?\s+|the\s+)?(?P<org>(?:[A-Z][\w’'&-]*\s+)+)(?:spokesman|spokeswoman|"
                              r"spokesperson)$")
PRONOUN_RE = re.compile(r"(?:^|\s)(?P<p>[Hh]e|[Ss]he|[Tt]hey)$")
GENERIC_HEAD_FITS = {"force": ("Police", "Constabulary", "Force"), "police": ("Police", "Constabulary", "Force"),
                     "constabulary": ("Police", "Constabulary"), "council": ("Council", "Authority"),
                     "authority": ("Council", "Authority"), "government": ("Government", "Office", "Ministry"),
                     "ministers": ("Government", "Office", "Ministry"), "department": ("Department", "Office"),
                     "ministry": ("Ministry",), "federation": ("Federation",), "union": ("Union", "Unison", "GMB"),
                     "trust": ("Trust",), "party": ("Party", "Labour", "Conservatives", "Democrats")}
PERSON_HEADS = set("councillor officer chief MP campaigner resident source minister commissioner leader boss member "
                   "politician inspector detective superintendent spokesman spokeswoman".lower().split())

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
}
EXTRA_WORDS = {"more", "extra", "new", "additional"}
SPAN_STOP_WORDS = set("to by for in on at from with and or but than since who which that is are was were will would "
                      "has have had be been said says a an the".split())
TIME_UNITS = re.compile(r"(?i)^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
                        r"square|miles?|km|metres?|feet|am|pm|a\.m|p\.m|o'clock|st|nd|rd|th)\b")
BARE_TRIGGERS = re.compile(r"(?i)(?:\bfrom|\bup from|\bdown from|\bto|\bone of|\bthere (?:are|were|is|was)|\brose to|"
                           r"\bfell to|\btotal of|\bcompared with|\bcompared to|\bthan|\band)\s+$")
PERIOD_WORDS = re.compile(r"(?i)^\s*(?:last|this|next) (?:year|month|week|spring|summer|autumn|winter)\b")
PERIOD_RE = re.compile(
    r"(?i)\b(?:since\s+[^,.;:]{0,40}?\b(?:year|month|week|\d{4}|" + "|".join(MONTHS[:12]) + r")\b"
    r"|(?:by\s+)?(?:last|this|next|the past|the last|the previous|the coming)\s+(?:\d+\s+|[a-z]+\s+)?"
    r"(?:years?|months?|weeks?|decade|spring|summer|autumn|winter|financial year)\b"
    r"|in the year to \w+|between \d{4} and \d{4}|in the new year|in a year|(?:per|each|every) (?:year|month|week)"
    r"|(?:in|during|by) (?:\d{4}(?:/\d{2,4})?|" + "|".join(MONTHS[:12]) + r")\b|set to be launched|currently)")

WORD_VALUES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                           "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(TENS)})
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NUMBER_WORD_RE = re.compile(r"(?i)\b(?:(?:half\s+)?an?\s+dozen|an?\s+(?:hundred|thousand|million)|"
                            r"(?:" + "|".join(WORD_VALUES) + r")(?:(?:\s+|-)(?:and\s+)?(?:" + "|".join(WORD_VALUES)
                            + r"|hundred|thousand|million))*)\b")
DIGITS_RE = re.compile(r"(?P<money>£\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                       r"(?P<scale>\s?(?:m|bn|k|million|billion)\b)?(?P<pct>\s?(?:%|per\s?cent\b|percent\b))?")

TOPIC_KEYWORDS = {
    "officer-numbers": r"officers?\b|bobbies|pcsos?\b|constables|police numbers|recruit|more police|extra police|"
                       r"uniformed|fair share of officers",
    "town-centre-teams": r"town centre teams?",
    "arrests": r"arrest|proactive|\bop\b|operation",
    "zero-tolerance": r"zero.tolerance|deterrent|consequences|crack(?:ing)? down",
    "multi-agency": r"agenc|share (?:information|intelligence)|sharing|work together|legal duty|public bodies|"
                    r"speak to each other|schools and health",
    "prevention": r"prevent|early intervention|youth workers|schools",
    "serious-violence": r"serious (?:violent )?crime|violen|knife|stabb|rise \[in crime\]|sharp rise|crime has risen",
}
PROPOSED_TOPICS = {
    "funding": ("Funding and budgets", "Money for policing: budgets, council tax precepts, grants and spending.",
                r"£|budget|precept|council tax|funding|funded|money|grant"),
    "police-stations": ("Police stations", "Police stations and front counters: where they are and when they open.",
                        r"station|front counter"),
    "response-times": ("Response times", "How quickly police answer calls and attend incidents.",
                       r"response times?"),
}
UNTAGGED_TOPIC = ("needs-topic", "Needs a topic", "Draft: no topic keyword matched; choose one in review.")


# --- small records ------------------------------------------------------------------------------------------

@dataclass
class Quoted:
    """Words inside one pair of quote marks within one paragraph."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None: the quote runs on to the end of its paragraph
    para: int
    continues: bool = False  # this paragraph continues the previous paragraph's quote
    unclosed: bool = False  # the quote never closes: the next paragraph does not open again
    kind: str = "direct"
    speaker: int | None = None
    note: str = ""


@dataclass
class Entity:
    name: str
    kind: str  # person, organisation
    roles: list[str] = field(default_factory=list)
    organisation: str = ""
    affiliation: str = ""
    gender: str = ""
    mentions: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Ref:
    """Who a subject phrase names, before it is resolved against the article: a name, or a pointer."""

    kind: str  # person, surname, organisation, pronoun, generic-org, next-person, next-org
    name: str = ""
    role: str = ""
    head: str = ""
    gender: str = ""
    affiliation: str = ""


@dataclass
class Row:
    kind: str
    start: int
    end: int
    speaker: int
    note: str = ""


@dataclass
class Figure:
    value: float
    unit: str
    metric: str
    num_start: int
    num_end: int
    start: int
    end: int
    period: str = ""
    written: str = ""
    speaker: int | None = None
    quote: int | None = None


@dataclass
class Draft:
    """A drafted dataset: the six tables as frames (every cell a string), the article, and what to check."""

    text: str
    frames: dict[str, pd.DataFrame]
    unsure: list[str]
    skipped_numbers: list[str]
    proposed_areas: list[str]  # ids of areas the gazetteer did not hold

    def speaker_names(self, frame: pd.DataFrame) -> pd.Series:
        return frame["speaker_id"].map(self.frames["speakers"].set_index("speaker_id")["name"])


# --- paragraphs, quotes and sentences -------------------------------------------------------------------------

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


# --- names ----------------------------------------------------------------------------------------------------

def _words(phrase: str) -> list[str]:
    return re.findall(r"[\w’'&.-]+", phrase)


def _is_name_word(word: str, known_places: set[str]) -> bool:
    return (word[:1].isupper() and not word.isupper() and word not in ROLE_WORDS and word not in ORG_HEADS
            and word not in PLACE_HEADS and word not in FUNCTION_WORDS and word not in MONTHS and word not in DAYS
            and word.rstrip("’'s") not in known_places and word not in known_places)


def parse_named(phrase: str, known_places: set[str], acronyms: bool = True) -> Ref | None:
    """A capitalised phrase at the end of a subject: a person (with any title or role before the name) or an
    organisation. `Southend District Commander Neil Pudney` -> person Neil Pudney, role Southend District
    Commander."""
    words = [re.sub(r"[’']s$", "", w) for w in _words(phrase)]
    while words and words[0] in FUNCTION_WORDS:
        words = words[1:]
    if not words:
        return None
    tail = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        tail.insert(0, w)
    if not tail:
        return None
    role_at = max((i for i, w in enumerate(tail) if w in ROLE_WORDS), default=-1)
    name = tail[role_at + 1:]
    before = " ".join(words[: len(words) - len(tail) + role_at + 1])
    affiliation = next((p for w, p in PARTIES.items() if re.search(rf"\b{w}\b", before)), "")
    gender = _gender(tail[: role_at + 1])
    if 2 <= len(name) <= 3 and all(_is_name_word(w, known_places) for w in name):
        return Ref("person", " ".join(name), role=_role_text(before), gender=gender, affiliation=affiliation)
    if len(name) == 1 and role_at >= 0 and tail[role_at] in HONORIFICS and _is_name_word(name[0], known_places):
        return Ref("surname", name[0], role=_role_text(before), gender=gender, affiliation=affiliation)
    org = " ".join(tail)
    if tail[-1] in ORG_HEADS or org in KNOWN_ORG_ACRONYMS or (acronyms and org.isupper() and 2 <= len(org) <= 6):
        return Ref("organisation", org)
    return None


def _gender(titles: list[str]) -> str:
    if "Mr" in titles or "Sir" in titles or "Lord" in titles:
        return "m"
    if {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"} & set(titles):
        return "f"
    return ""


def _role_text(before: str) -> str:
    """The role words at the end of `before`: `Home Secretary` in `... was speaking after Home Secretary`."""
    words: list[str] = []
    for w in reversed(before.split()):
        if w in FUNCTION_WORDS or not (w[:1].isupper() or w.lower() in ROLE_LOWER):
            break
        words.insert(0, w)
    role = " ".join(w for w in words if w not in ("Mr", "Mrs", "Ms", "Miss", "Dr"))
    return "" if role in PARTIES else role


def role_phrase_before(text: str, at: int) -> str:
    """Role words just before a name: `Southend’s community safety chief` before `Martin Terry`; nothing when
    a comma or full stop comes between."""
    before = re.split(r"[^\w’'\s-]", text[max(0, at - 80):at])[-1]
    return _role_text(before)


def parse_subject(phrase: str, known_places: set[str]) -> Ref | None:
    """Who a subject phrase (text just before a verb of saying) names."""
    phrase = phrase.strip(" ,\x00")
    if not phrase:
        return None
    if m := PRONOUN_RE.search(phrase):
        return Ref("pronoun", gender={"he": "m", "she": "f"}.get(m.group("p").lower(), ""))
    if m := SPOKES_RE.search(phrase):
        return parse_named(m.group("org"), known_places) or _generic(m.group("org"))
    if m := SPOKES_BEFORE_RE.search(phrase):
        return parse_named(m.group("org"), known_places) or Ref("organisation", m.group("org").strip())
    if m := INDEFINITE_RE.search(phrase):
        head = m.group("head").lower()
        return Ref("next-person" if head in PERSON_HEADS else "next-org", head=head)
    if generic := _generic(phrase):
        return generic
    named = parse_named(phrase, known_places)
    if named is None and re.fullmatch(r"(?:the\s+)?[A-Z][\w&’'-]+", phrase) and phrase not in FUNCTION_WORDS:
        return Ref("single", phrase.removeprefix("the "))
    return named


def _generic(phrase: str) -> Ref | None:
    m = GENERIC_ORG_RE.fullmatch(phrase.strip())
    return Ref("generic-org", head=m.group("head").lower().split()[-1]) if m else None


# --- the article read in order ---------------------------------------------------------------------------------

@dataclass
class Reading:
    """State while reading an article from top to bottom."""

    text: str
    narrative: str
    known_places: set[str]
    entities: list[Entity] = field(default_factory=list)
    speakers_seen: list[int] = field(default_factory=list)  # entity ids, in order of speaking
    unsure: list[str] = field(default_factory=list)

    def entity(self, ref: Ref, at: int) -> int:
        """Find or add the entity a named ref points at."""
        if ref.kind == "surname":
            same = [i for i, e in enumerate(self.entities) if e.kind == "person" and e.name.split()[-1] == ref.name]
            if same:
                return self._update(min(same, key=lambda i: abs(self.entities[i].mentions[0] - at)), ref, at)
        name = ref.name if ref.kind != "surname" else f"{ref.role.split()[-1] if ref.role else 'Mr'} {ref.name}"
        kind = "organisation" if ref.kind in ("organisation", "single") else "person"
        name = re.sub(r"^(?:The|the)\s+", "", name)
        for i, e in enumerate(self.entities):
            if e.name.casefold() == name.casefold():
                return self._update(i, ref, at)
        self.entities.append(Entity(name, kind, mentions=[at]))
        return self._update(len(self.entities) - 1, ref, at)

    def _update(self, index: int, ref: Ref, at: int) -> int:
        e = self.entities[index]
        if ref.role and ref.role not in e.roles and not all(w in HONORIFICS for w in ref.role.split()):
            e.roles.append(ref.role)
        e.affiliation = e.affiliation or ref.affiliation
        e.gender = e.gender or ref.gender
        if at not in e.mentions:
            e.mentions.append(at)
        return index

    def resolve(self, ref: Ref, at: int) -> tuple[int | None, str]:
        """The entity a subject names, and a note when it was inferred rather than named."""
        if ref.kind in ("person", "surname", "organisation"):
            return self.entity(ref, at), ""
        if ref.kind == "single":
            person = [i for i, e in enumerate(self.entities)
                      if e.kind == "person" and ref.name in e.name.split()]
            return (person[-1], "") if person else (self.entity(ref, at), "")
        if ref.kind == "pronoun":
            return self._last_speaker(ref.gender, at)
        if ref.kind == "generic-org":
            return self._organisation(ref.head, at)
        return self._next_named("person" if ref.kind == "next-person" else "organisation", ref.head, at)

    def _last_speaker(self, gender: str, at: int) -> tuple[int | None, str]:
        people = [i for i in reversed(self.speakers_seen) if self.entities[i].kind == "person"]
        fitting = [i for i in people if not gender or self.entities[i].gender in ("", gender)]
        chosen = (fitting or people or [None])[0]
        if chosen is None:
            chosen = self._mentioned_before("person", (), at)
        if chosen is None:
            return None, ""
        return chosen, f"The pronoun is read as {self.entities[chosen].name}, the last named speaker (attribution " \
                       "inferred)."

    def _organisation(self, head: str, at: int) -> tuple[int | None, str]:
        fits = GENERIC_HEAD_FITS.get(head, ())
        chosen = self._mentioned_before("organisation", fits, at)
        where = "the last named organisation"
        if chosen is None:
            chosen, where = self._mentioned_after("organisation", fits, at), "the next organisation named"
        if chosen is None:
            return None, ""
        return chosen, f"'{head}' read as {self.entities[chosen].name}, {where} (attribution inferred)."

    def _next_named(self, kind: str, head: str, at: int) -> tuple[int | None, str]:
        fits = GENERIC_HEAD_FITS.get(head, ())
        chosen = self._mentioned_after(kind, fits, at)
        if chosen is None:
            return None, ""
        return chosen, f"'a {head}' in the article; read as {self.entities[chosen].name}, the next {kind} named " \
                       "(attribution inferred)."

    def _mentioned_before(self, kind: str, fits: tuple[str, ...], at: int) -> int | None:
        best = [(max(m for m in e.mentions if m < at), i) for i, e in enumerate(self.entities)
                if e.kind == kind and any(m < at for m in e.mentions) and _fits(e, fits)]
        return max(best)[1] if best else None

    def _mentioned_after(self, kind: str, fits: tuple[str, ...], at: int) -> int | None:
        best = [(min(m for m in e.mentions if m > at), i) for i, e in enumerate(self.entities)
                if e.kind == kind and any(m > at for m in e.mentions) and _fits(e, fits)]
        return min(best)[1] if best else None


def _fits(entity: Entity, fits: tuple[str, ...]) -> bool:
    return not fits or any(f in entity.name for f in fits)


def collect_mentions(reading: Reading, paras: list[tuple[int, int]]) -> None:
    """Register every person and organisation named in the narrative (outside quotes), with roles."""
    narrative = reading.narrative
    for p_start, p_end in paras:
        for m in re.finditer(r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the|le|de)(?=[\s,.:;]))*",
                             narrative[p_start:p_end]):
            start = p_start + m.start()
            phrase = m.group()
            phrase = re.sub(r"\s+(?:of|and|for|the|le|de)$", "", phrase)
            ref = parse_named(phrase, reading.known_places, acronyms=False)
            if ref is None or ref.kind == "surname" and not _has_surname(reading, ref.name):
                continue
            if ref.kind == "person" and not ref.role:
                ref = Ref(ref.kind, ref.name, role=_role_text(role_phrase_before(narrative, start)),
                          gender=ref.gender, affiliation=ref.affiliation)
            at = start + phrase.rfind(ref.name.split()[0]) if ref.kind == "person" else start
            index = reading.entity(ref, at)
            _add_apposition(reading, index, narrative, start + len(phrase))
            _add_apposition_before(reading, index, narrative, start)


def _has_surname(reading: Reading, surname: str) -> bool:
    return any(e.kind == "person" and e.name.split()[-1] == surname for e in reading.entities)


def _add_apposition(reading: Reading, index: int, narrative: str, after: int) -> None:
    """`Tony Cox, leader of the Southend Conservatives, said`: the role after the name."""
    m = re.match(r",\s+(?P<role>(?:the\s+)?[a-zA-Z][^,.;:\x00“”\"]{2,80}?)(?=,|\.\s|\.$|$)", narrative[after:])
    if not m or re.match(r"(?:who|which|whose|where|when|and|but|said|added|\d|\w+ing\b)", m.group("role")):
        return
    role = m.group("role").removeprefix("the ").strip()
    entity = reading.entities[index]
    looks_like_role = role[:1].islower() or role.split()[0] in ROLE_WORDS or "’s" in role or "'s" in role
    if entity.kind == "person" and looks_like_role and role not in entity.roles:
        entity.roles.append(role)


def _add_apposition_before(reading: Reading, index: int, narrative: str, at: int) -> None:
    """`the Police, Fire and Crime Commissioner, Daniel Crane,`: the role in a comma phrase before the name."""
    m = re.search(r"(?:^|[.:;]\s|\s(?:to|from|by|with|and)\s)(?:the\s+)?(?P<role>[A-Z][^.;:\x00]{3,80}?),\s+$",
                  narrative[max(0, at - 90):at])
    entity = reading.entities[index]
    if m and entity.kind == "person" and any(w in ROLE_WORDS or w.lower() in ROLE_LOWER
                                             for w in _words(m.group("role"))):
        role = m.group("role").strip()
        if role not in entity.roles and not any(role in r for r in entity.roles):
            entity.roles.append(role)


# --- attribution ------------------------------------------------------------------------------------------------

@dataclass
class Attribution:
    ref: Ref
    verb_start: int
    verb_end: int
    claim: tuple[int, int] | None  # the reported clause, if the verb introduces one
    subject_start: int


def find_attribution(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """The first verb of saying in a sentence that has a speaker, with the clause it reports."""
    narrative = reading.narrative
    sentence = narrative[s_start:s_end]
    if found := _according_to(reading, s_start, s_end) or _passive_agent(reading, s_start, s_end):
        return found
    for m in VERB_RE.finditer(sentence):
        if BLANK in sentence[m.start():m.end()]:
            continue
        verb_start, verb_end = s_start + m.start(), s_start + m.end()
        before = narrative[s_start:verb_start]
        cut = max(before.rfind(c) for c in ":;”\"\x00")
        phrase = AUX_TAIL_RE.sub("", before[cut + 1:])
        ref, subject_start = _subject_before(phrase, reading.known_places, s_start + cut + 1)
        if ref is None and not phrase.strip(" ,"):
            ref = _subject_after(narrative[verb_end:s_end], reading.known_places)
            subject_start = verb_end
        if ref is None:
            continue
        claim = _claim_span(reading, m, verb_start, verb_end, s_start, s_end, subject_start)
        return Attribution(ref, verb_start, verb_end, claim, subject_start)
    return None


def _subject_before(phrase: str, places: set[str], offset: int) -> tuple[Ref | None, int]:
    """The subject adjacent to the verb, skipping appositions between commas."""
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", phrase)]
    for position, (start, chunk) in enumerate(reversed(chunks)):
        clause = re.match(r"\s*(?:and|but|while|as)\s+", chunk)  # `..., and the force says`: a new clause
        text = chunk[clause.end():].strip() if clause else chunk.strip()
        if not text:
            continue
        is_first = position == len(chunks) - 1
        if not is_first and not clause and (re.match(r"(?:who|which|whose|where|\d{1,3}$)", text) or
                                            text[:1].islower() and not GENERIC_ORG_RE.search(text)
                                            and not INDEFINITE_RE.search(text) and not PRONOUN_RE.search(text)):
            continue
        ref = parse_subject(text, places)
        return ref, offset + start + (len(chunk) - len(chunk.lstrip()))
    return None, offset


def _subject_after(after: str, places: set[str]) -> Ref | None:
    m = re.match(r"\s+(?P<np>[^,.;:\x00“”\"]+)", after)
    if not m:
        return None
    ref = parse_subject(m.group("np"), places)
    return ref if ref and ref.kind in ("person", "surname", "organisation", "pronoun") else None


def _claim_span(reading: Reading, m: re.Match, verb_start: int, verb_end: int, s_start: int, s_end: int,
                subject_start: int) -> tuple[int, int] | None:
    narrative = reading.narrative
    rest = narrative[verb_end:s_end]
    if re.match(r"\s*[:,]?\s*[“\"]", rest) or not rest.strip(" .!?"):
        if not rest.strip(" .!?") and subject_start > s_start:
            return _fronted_claim(narrative, s_start, subject_start)
        return None
    if any(q in narrative[s_start:verb_start] for q in "”\"") and narrative[s_start] in OPEN_MARKS + STRAIGHT:
        return None  # `"...," he said, adding ...`: a direct quote's attribution
    if m.group("claim"):
        start = verb_start
        if that := re.match(r"\s+that\s+", rest):
            start = verb_end + that.end()
    else:
        skip = re.match(r"\s+(?:[^,\x00“”\"]{0,60}?\s)?that\s+", rest) if m.group() in ("told", "tells") else None
        skip = skip or re.match(r",?\s+(?:that\s+)?", rest)
        start = verb_end + skip.end()
    end = s_end
    while end > start and narrative[end - 1] in " .!?":
        end -= 1
    return (start, end) if end - start > 3 else None


def _fronted_claim(narrative: str, s_start: int, subject_start: int) -> tuple[int, int] | None:
    """`CLAIM, a councillor has declared.`: the claim is the sentence before the comma."""
    end = narrative.rfind(",", s_start, subject_start)
    if end <= s_start or narrative[s_start] in OPEN_MARKS + STRAIGHT:
        return None
    return s_start, end


def _according_to(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    sentence = reading.narrative[s_start:s_end]
    if m := re.match(r"According to (?P<who>[^,]+),\s+", sentence):
        claim = (s_start + m.end(), s_end - (1 if sentence.endswith(".") else 0))
    elif m := re.search(r",\s+according to (?P<who>[^,]+?)\.?$", sentence):
        claim = (s_start, s_start + m.start())
    else:
        return None
    who = re.sub(r"^(?:the\s+)?(?:latest\s+|new\s+|official\s+)?", "", m.group("who"))
    who = re.sub(r"\s+(?:figures|data|statistics|research|report|analysis)$", "", who)
    ref = parse_subject(who, reading.known_places) or _generic(who)
    if ref is None:
        return None
    return Attribution(ref, s_start + m.start("who"), s_start + m.end("who"), claim, s_start + m.start("who"))


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


def attribute_claims(reading: Reading, paras: list[tuple[int, int]], quotes: list[Quoted]) -> list[Row]:
    """Every quote and reported claim, in reading order, with its speaker (an index into reading.entities)."""
    rows: list[Row] = []
    last_direct: Quoted | None = None
    for index, (p_start, p_end) in enumerate(paras):
        attributions = []
        for s_start, s_end in sentence_spans(reading.narrative, p_start, p_end):
            found = find_attribution(reading, s_start, s_end)
            if found is None:
                continue
            speaker, note = reading.resolve(found.ref, found.subject_start)
            if speaker is None:
                reading.unsure.append(f"No speaker found for the claim at {s_start}: "
                                      f"{_clip(reading.text[s_start:s_end])!r}")
                continue
            reading.speakers_seen.append(speaker)
            attributions.append((s_start, s_end, found, speaker, note))
            if found.claim:
                rows.append(Row("reported", *found.claim, speaker, note))
        for q in (q for q in quotes if q.para == index):
            if q.kind == "partial":
                rows += _partial_row(reading, q, attributions)
                continue
            speaker, note = _direct_speaker(reading, q, attributions, last_direct)
            if speaker is None:
                words = _clip(reading.text[q.start:q.end])
                reading.unsure.append(f"No speaker found for the quote at {q.start}: {words!r}")
                continue
            q.speaker, q.note, last_direct = speaker, note, q
            rows.append(Row("direct", q.start, _direct_end(reading.text, q), speaker, note))
    return rows


def _direct_end(text: str, q: Quoted) -> int:
    end = q.end
    while end > q.start and (text[end - 1].isspace() or (text[end - 1] == "," and q.close_at is not None)):
        end -= 1
    return end


def _direct_speaker(reading: Reading, q: Quoted, attributions: list, last: Quoted | None) -> tuple[int | None, str]:
    if q.continues and last is not None:
        return last.speaker, last.note
    in_paragraph = [a for a in attributions if a[2].claim is None]
    same_sentence = [a for a in in_paragraph if a[0] <= q.open_at < a[1]]
    chosen = (same_sentence or in_paragraph or [None])[0]
    if chosen is not None:
        return chosen[3], chosen[4]
    if reading.speakers_seen:
        speaker = reading.speakers_seen[-1]
        return speaker, (f"No speaker named in the paragraph; read as {reading.entities[speaker].name}, the last "
                         "speaker (attribution inferred).")
    return None, ""


def _partial_row(reading: Reading, q: Quoted, attributions: list) -> list[Row]:
    around = [a for a in attributions if a[0] <= q.open_at < a[1]]
    if not around:
        reading.unsure.append(f"Quote marks with no speaker in their sentence (a title or scare quotes?), left out: "
                              f"{reading.text[q.start:q.end]!r} at {q.start}")
        return []
    return [Row("partial", q.start, q.end, around[0][3], around[0][4])]


# --- figures ------------------------------------------------------------------------------------------------------

def number_matches(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, value, kind) of every number written in digits or words; kind: digits, money, pct, words."""
    found = []
    for m in DIGITS_RE.finditer(text):
        if text[max(0, m.start() - 1):m.start()].isalnum() or (m.end() < len(text) and text[m.end()].isalpha()
                                                               and not m.group("scale")):
            continue
        kind = "money" if m.group("money") else "pct" if m.group("pct") else "digits"
        found.append((m.start(), m.end(), float(m.group("num").replace(",", "")), kind))
    for m in NUMBER_WORD_RE.finditer(text):
        if not any(s <= m.start() < e for s, e, _, _ in found):
            found.append((m.start(), m.end(), words_value(m.group()), "words"))
    return sorted(found)


def words_value(phrase: str) -> float:
    """`two hundred` -> 200, `a dozen` -> 12, `twenty-five` -> 25."""
    words = re.findall(r"[a-z]+", phrase.lower())
    if "dozen" in words:
        return 6.0 if "half" in words else 12.0
    total, current = 0, 0
    for w in words:
        if w in ("a", "an"):
            current = max(current, 1)
        elif w in WORD_VALUES:
            current += WORD_VALUES[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in SCALES:
            total, current = total + max(current, 1) * SCALES[w], 0
    return float(total + current)


def not_a_figure(text: str, start: int, end: int, value: float) -> str:
    """Why a number is not a resourcing figure (a date, year, time, age or duration), or "" if it may be one."""
    before, after = text[max(0, start - 25):start], text[end:end + 25]
    months = "|".join(MONTHS)
    if re.match(r"-(?:year|hour|minute|day|week|month)", after) or re.match(r"\s*-?years?[ -]old", after) \
            or re.search(r"\baged\s*$", before):
        return "an age or a duration"
    if re.search(r"[A-Za-z],\s*$", before) and re.match(r",", after) and value < 120:
        return "an age"
    if re.match(r"\s*(?:am|pm|a\.m|p\.m)\b|[:.]\d\d\s*(?:am|pm)", after):
        return "a time"
    if re.search(rf"\b(?:{months})\s*$", before) or re.match(rf"(?:st|nd|rd|th)?\s+(?:{months})\b", after):
        return "a date"
    if re.match(r"(?:st|nd|rd|th)\b", after):
        return "an ordinal"
    if re.fullmatch(r"(?:19|20)\d\d", text[start:end]) and not unit_after(text, end):
        return "a year"
    if TIME_UNITS.match(after) and not re.match(r"(?i)\s*(?:am|pm)\b", after) or re.match(r"\s*square\b", after):
        return "a duration or measure"
    return ""


def unit_after(text: str, end: int) -> tuple[str, int, set[str]] | None:
    """What a number counts: the first unit noun in the next few words (`150 extra officers`)."""
    tokens = list(re.finditer(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]", text[end:end + 60]))
    modifiers: set[str] = set()
    for k, tok in enumerate(tokens[:5]):
        word = tok.group().lower()
        if word in UNIT_NOUNS:
            last = tok
            for nxt in tokens[k + 1:k + 3]:
                if nxt.group().lower() not in UNIT_NOUNS:
                    break
                last = nxt
            return UNIT_NOUNS[last.group().lower()], end + last.end(), modifiers
        if word == "of" and k == 0 and len(tokens) > 1 and tokens[1].group().lower() in ("our", "the", "their", "its"):
            continue
        if not tok.group()[0].isalpha() or word in SPAN_STOP_WORDS or word == "of":
            return None
        modifiers.add(word)
    return None


def find_figures(text: str, rows: list[Row], paras: list[tuple[int, int]]) -> tuple[list[Figure], list[str]]:
    """Resourcing figures and, for the report, the numbers left out and why."""
    figures, skipped = [], []
    for start, end, value, kind in number_matches(text):
        written = text[start:end]
        reason = "" if kind in ("money", "pct") else not_a_figure(text, start, end, value)
        if reason:
            skipped.append(f"{written!r} at {start}: {reason}")
            continue
        figure = _money_or_pct(text, start, end, value, kind) or _counted(text, start, end, value, kind, figures, paras)
        if figure is None:
            if kind != "words" or value > 1:
                skipped.append(f"{written!r} at {start}: no unit found after it")
            continue
        figure.period, period_start, period_end = _period(text, figure, paras)
        if period_start is not None and re.fullmatch(r"\s*", text[figure.end:period_start]):
            figure.end = period_end
        figures.append(figure)
    return figures, skipped


def _money_or_pct(text: str, start: int, end: int, value: float, kind: str) -> Figure | None:
    written = text[start:end]
    if kind == "money":
        scale = re.search(r"(m|bn|k|million|billion)\s*$", written)
        unit = {"m": "million pounds", "million": "million pounds", "bn": "billion pounds", "billion": "billion pounds",
                "k": "thousand pounds"}.get(scale.group(1) if scale else "", "pounds")
        return Figure(value, unit, "funding", start, end, start, end, written=written)
    if kind == "pct":
        change = re.search(r"(?i)\b(?:ris\w*|rose|fall\w*|fell|up|down|increase\w*|decrease\w*|improv\w*|cut|drop\w*)"
                           r"(?:\s+\w+){0,3}\s*$", text[max(0, start - 40):start])
        num = re.match(r"[\d.,]+", written)
        return Figure(value, "per cent", "percentage_change" if change else "percentage", start,
                      start + num.end(), start, end, written=written)
    return None


def _counted(text: str, start: int, end: int, value: float, kind: str, figures: list[Figure],
             paras: list[tuple[int, int]]) -> Figure | None:
    before = text[max(0, start - 30):start]
    found = unit_after(text, end)
    if found:
        unit, unit_end, modifiers = found
        verb = re.search(r"\barrested\s+$", before)
        metric = _metric(unit, modifiers, before)
        span_start = start - len(verb.group()) if verb else start
        return Figure(value, unit, metric, start, end, span_start, unit_end, written=text[start:end])
    if kind == "words" or not (PERIOD_WORDS.match(text[end:]) or BARE_TRIGGERS.search(before)):
        return None
    unit, metric = _inherited_unit(text, start, figures, paras)
    if not unit:
        return None
    return Figure(value, unit, metric, start, end, start, end, written=text[start:end])


def _metric(unit: str, modifiers: set[str], before: str) -> str:
    if unit == "arrests" or re.search(r"\barrested\s+$", before):
        return "arrests"
    base = re.sub(r"\W+", "_", unit.lower())
    if modifiers & EXTRA_WORDS:
        return f"extra_{base}"
    if re.search(r"\b(?:recruited|hired)\s+(?:more than\s+)?$", before):
        return f"recruited_{base}"
    return base


def _inherited_unit(text: str, start: int, figures: list[Figure], paras: list[tuple[int, int]]) -> tuple[str, str]:
    """`150 extra officers last year and 215 this year`: a bare number counts what the figure before it counts,
    or the unit noun earlier in its sentence."""
    p_start = next(s for s, e in paras if s <= start < e)
    earlier = [f for f in figures if p_start <= f.num_start < start and f.unit not in ("per cent",)]
    if earlier:
        return earlier[-1].unit, earlier[-1].metric
    sentence = re.split(r"[.!?]\s", text[p_start:start])[-1]
    nouns = [w for w in re.findall(r"[A-Za-z]+", sentence) if w.lower() in UNIT_NOUNS]
    if nouns:
        unit = UNIT_NOUNS[nouns[-1].lower()]
        return unit, re.sub(r"\W+", "_", unit.lower())
    return "", ""


def _period(text: str, figure: Figure, paras: list[tuple[int, int]]) -> tuple[str, int | None, int]:
    """The period words nearest the figure in its sentence (after it first), with where they start when they
    follow it (None when they come before it)."""
    p_start, p_end = next((s, e) for s, e in paras if s <= figure.num_start < e)
    s_start, s_end = next(((s, e) for s, e in sentence_spans(text, p_start, p_end) if s <= figure.num_start < e),
                          (p_start, p_end))
    after = list(PERIOD_RE.finditer(text, figure.end, s_end))
    if after and not re.search(r"[,;]|\d", text[figure.end:after[0].start()]):
        return after[0].group(), after[0].start(), after[0].end()
    before = list(PERIOD_RE.finditer(text, s_start, figure.start))
    if before:
        return before[-1].group(), None, 0
    if after:
        return after[0].group(), None, 0
    return "", None, 0


def attribute_figures(figures: list[Figure], rows: list[Row], publisher: int) -> None:
    """Each figure is claimed by the smallest claim it sits in, or by the article itself."""
    for figure in figures:
        holding = [(r.end - r.start, i) for i, r in enumerate(rows) if r.start <= figure.num_start and
                   figure.num_end <= r.end]
        if not holding:
            figure.speaker = publisher
            continue
        index = min(holding)[1]
        row = rows[index]
        figure.speaker, figure.quote = row.speaker, index
        figure.start, figure.end = max(figure.start, row.start), min(figure.end, row.end)


# --- areas and topics ---------------------------------------------------------------------------------------------

COUNTIES = set("""Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon
    Dorset Durham Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire Leicestershire
    Lincolnshire Norfolk Northamptonshire Northumberland Nottinghamshire Oxfordshire Rutland Shropshire Somerset
    Staffordshire Suffolk Surrey Sussex Warwickshire Wiltshire Worcestershire Yorkshire""".split())
PLACE_CUT = ORG_HEADS | ROLE_WORDS | PLACE_HEADS | {"City", "Borough", "District", "County"}
PLACE_BEFORE_RE = re.compile(r"\b(?:in|of|at|from|to|across|around|near|for|into|on|outside|throughout|covering)\s+"
                             r"(?P<list>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:(?:,\s+|\s+and\s+)[A-Z][\w-]+"
                             r"(?:\s+[A-Z][\w-]+){0,2})*)")
PLACE_AFTER_RE = re.compile(r"(?P<list>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:’s|'s)?\s+(?:Council|Borough Council|"
                            r"District Council|City Council|resident|residents|town centre|district|MP|police station|"
                            r"High Street|constituency|community)\b|(?P<poss>[A-Z][\w-]+)(?:’s|'s)\s")


def proposed_places(text: str, known: set[str], not_places: set[str]) -> list[str]:
    """Place names in the text that the gazetteer does not hold, read from their context (`in Wickford`,
    `Basildon Council`, `Rochford resident`, `Chelmsford’s`)."""
    names: list[str] = []
    for m in list(PLACE_BEFORE_RE.finditer(text)) + list(PLACE_AFTER_RE.finditer(text)):
        for part in re.split(r",\s+|\s+and\s+", m.group("list") or m.group("poss")):
            name = _place_name(part)
            if name and name not in known and name not in names and _plausible_place(name, text, not_places):
                names.append(name)
    return _merge_prefixes(names)


def _place_name(part: str) -> str:
    """`Basildon Council` -> Basildon; `Town Centre Teams` -> "" (a facility or a team, not a place)."""
    words: list[str] = []
    for w in part.split():
        if not words and w in FUNCTION_WORDS:
            continue
        if w in PLACE_CUT:
            return " ".join(words) if w in ORG_HEADS | ROLE_WORDS | {"City", "Borough", "District", "County"} else ""
        words.append(w)
    return " ".join(words)


def _plausible_place(name: str, text: str, not_places: set[str]) -> bool:
    first = name.split()[0]
    return not (name.isupper() or re.fullmatch(r"[A-Z]{2,}s", name)
                or first in FUNCTION_WORDS or first in MONTHS or first in DAYS or name in not_places
                or any(w in not_places for w in name.split()) or name in PARTIES
                or re.search(rf"\b{re.escape(name.lower())}\b", text) or name.split()[-1] in PLACE_HEADS)


def _merge_prefixes(names: list[str]) -> list[str]:
    return [n for n in names if not any(o != n and o.startswith(n + " ") for o in names)]


def area_mentions(text: str, areas: pd.DataFrame) -> list[tuple[int, int, str]]:
    """(start, end, area_id) of every area name in the text, longest names first; national words name the root."""
    found: list[tuple[int, int, str]] = []
    for _, area in areas.sort_values("name", key=lambda s: -s.str.len()).iterrows():
        for m in re.finditer(rf"\b{re.escape(area['name'])}(?:-on-Sea)?\b", text):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), area["area_id"]))
    root = _root_area(areas)
    if root:
        found += [(m.start(), m.end(), root) for m in NATIONAL_WORDS.finditer(text)
                  if not any(s < m.end() and m.start() < e for s, e, _ in found)]
    prefixes = {a.split()[0]: a_id for a, a_id in zip(areas["name"], areas["area_id"], strict=True) if " " in a}
    found += [(m.start(), m.end(), prefixes[m.group()]) for m in re.finditer(r"[A-Z][\w-]+", text)
              if m.group() in prefixes and not any(s <= m.start() < e for s, e, _ in found)]
    return sorted(found)


def _root_area(areas: pd.DataFrame) -> str:
    roots = areas[areas["parent_id"].fillna("") == ""]
    return roots["area_id"].iloc[0] if len(roots) else ""


def areas_with_proposals(text: str, gazetteer: pd.DataFrame, not_places: set[str]) -> pd.DataFrame:
    """The gazetteer plus a proposed row for each new place, inside the county the article names most."""
    names = proposed_places(text, set(gazetteer["name"]), not_places)
    counts = pd.Series([a for _, _, a in area_mentions(text, gazetteer)], dtype=str).value_counts()
    counties = [a for a in counts.index if gazetteer.set_index("area_id").at[a, "kind"] == "county"]
    root = _root_area(gazetteer)
    taken = set(gazetteer["area_id"])
    rows = []
    for name in names:
        area_id = _unique(slug(name), taken)
        is_county = name in COUNTIES
        rows.append({"area_id": area_id, "name": name, "kind": "county" if is_county else "town",
                     "parent_id": root if is_county or not counties else counties[0], "proposed": "true"})
    extra = pd.DataFrame(rows, columns=["area_id", "name", "kind", "parent_id", "proposed"])
    return pd.concat([gazetteer.assign(proposed="false"), extra], ignore_index=True).fillna("")


def topics_for(text: str, topics: pd.DataFrame) -> list[str]:
    """Topic ids whose keywords the text holds: the gazetteer's topics, then the proposed ones."""
    found = [t for t in topics["topic_id"] if re.search(_topic_pattern(topics, t), text, re.I)]
    if not found:
        found = [t for t, (_, _, pattern) in PROPOSED_TOPICS.items() if re.search(pattern, text, re.I)]
    return found or [UNTAGGED_TOPIC[0]]


def _topic_pattern(topics: pd.DataFrame, topic_id: str) -> str:
    if topic_id in TOPIC_KEYWORDS:
        return TOPIC_KEYWORDS[topic_id]
    label = topics.set_index("topic_id").at[topic_id, "label"]
    words = [re.escape(w.lower()) for w in re.findall(r"[A-Za-z]{4,}", label)]
    return r"\b(?:" + "|".join(words) + r")" if words else r"(?!)"


# --- the draft --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleMeta:
    title: str
    publisher: str
    url: str = ""
    published: str = ""
    path: str = "seeds/article.txt"


def draft_article(text: str, meta: ArticleMeta, gazetteer: pd.DataFrame, topics: pd.DataFrame) -> Draft:
    """Read an article and return the draft tables, every span computed from `text`. `gazetteer` is an areas
    table (known places) and `topics` a topics table, e.g. the shipped ones (`shipped_tables()`)."""
    gazetteer, topics = gazetteer.fillna("").astype(str), topics.fillna("").astype(str)
    paras = paragraph_spans(text)
    quotes = quoted_spans(text, paras)
    narrative = blanked(text, quotes)
    for q in quotes:
        q.kind = classify_quote(narrative, q, paras[q.para][0])
    narrative = blanked(text, quotes)
    first_pass = Reading(text, narrative, set(gazetteer["name"]))
    collect_mentions(first_pass, paras)
    areas = areas_with_proposals(text, gazetteer, _name_words(first_pass))
    reading = Reading(text, narrative, set(areas["name"]))
    collect_mentions(reading, paras)
    rows = attribute_claims(reading, paras, quotes)
    rows.sort(key=lambda r: (r.start, {"reported": 0, "direct": 1, "partial": 2}[r.kind]))
    publisher = reading.entity(Ref("organisation", meta.publisher), len(text))
    figures, skipped = find_figures(text, rows, paras)
    attribute_figures(figures, rows, publisher)
    unsure = reading.unsure + _quote_warnings(text, quotes) + _publisher_warnings(figures, publisher, text)
    frames = _frames(text, meta, reading, rows, figures, areas, topics, publisher)
    unsure += [f"New area proposed: {n} (kind {k}, inside {p or 'nothing'}); check the name, kind and parent."
               for n, k, p in frames["areas"].loc[lambda a: a["area_id"].isin(_proposed_ids(areas)),
                                                  ["name", "kind", "parent_id"]].itertuples(index=False)]
    unsure += [f"{qid}: no topic keyword matched; tagged '{UNTAGGED_TOPIC[0]}'." for qid, t in
               zip(frames["quotes"]["quote_id"], frames["quotes"]["topics"], strict=True) if t == UNTAGGED_TOPIC[0]]
    return Draft(text, frames, unsure, skipped, sorted(_proposed_ids(areas)))


def _name_words(reading: Reading) -> set[str]:
    return {w for e in reading.entities if e.kind == "person" for w in e.name.split()} | \
           {e.name for e in reading.entities if e.kind == "organisation"}


def _proposed_ids(areas: pd.DataFrame) -> set[str]:
    return set(areas.loc[areas["proposed"] == "true", "area_id"])


def _quote_warnings(text: str, quotes: list[Quoted]) -> list[str]:
    return [f"A quote never closes; read to the end of its paragraph: {_clip(text[q.start:q.end])!r} at {q.start}"
            for q in quotes if q.unclosed]


def _publisher_warnings(figures: list[Figure], publisher: int, text: str) -> list[str]:
    return [f"Figure {text[f.start:f.end]!r} at {f.start} is in no quote or claim; attributed to the publisher as the "
            "article's own statement." for f in figures if f.speaker == publisher]


def _frames(text: str, meta: ArticleMeta, reading: Reading, rows: list[Row], figures: list[Figure],
            areas: pd.DataFrame, topics: pd.DataFrame, publisher: int) -> dict[str, pd.DataFrame]:
    mentions = area_mentions(text, areas)
    main_area = _main_area(mentions, areas)
    used = sorted({r.speaker for r in rows} | {f.speaker for f in figures})
    speakers = {i: _speaker_row(reading.entities[i], areas, main_area, i == publisher) for i in used}
    _unique_speaker_ids(speakers)
    source_id = slug(meta.title)[:60].strip("-") or "article"
    quote_rows = [_quote_row(f"q{n:02d}", source_id, r, speakers, mentions, text, topics, _context(r, rows))
                  for n, r in enumerate(rows, 1)]
    figure_rows = [_figure_row(f"f{n:02d}", source_id, f, speakers, quote_rows, mentions)
                   for n, f in enumerate(figures, 1)]
    used_topics = {t for q in quote_rows for t in q["topics"].split(";")}
    return {
        "sources": _frame(schema.SOURCES, [{
            "source_id": source_id, "title": meta.title, "publisher": meta.publisher, "url": meta.url,
            "published": meta.published, "path": meta.path,
            "note": "Drafted by `python -m components draft`; review before merging."}]),
        "areas": areas.drop(columns="proposed").reset_index(drop=True),
        "speakers": _frame(schema.SPEAKERS, list(speakers.values())),
        "topics": _topics_frame(topics, used_topics),
        "quotes": _frame(schema.QUOTES, quote_rows),
        "figures": _frame(schema.FIGURES, figure_rows),
    }


def _frame(table: schema.Table, rows: list[dict]) -> pd.DataFrame:
    columns = [c.name for c in table.columns]
    return pd.DataFrame(rows, columns=columns, dtype=object).fillna("").astype(str)


def _main_area(mentions: list[tuple[int, int, str]], areas: pd.DataFrame) -> str:
    counts = pd.Series([a for _, _, a in mentions], dtype=str).value_counts()
    return counts.index[0] if len(counts) else (_root_area(areas) or areas["area_id"].iloc[0])


def _speaker_row(entity: Entity, areas: pd.DataFrame, main_area: str, is_publisher: bool) -> dict:
    roles = "; ".join(entity.roles)
    organisation = entity.name if entity.kind == "organisation" else _organisation_in(roles)
    affiliation = entity.affiliation or next((p for w, p in PARTIES.items() if re.search(rf"\b{w}\b", roles)), "")
    if is_publisher:
        roles = "Publisher: figures the article states without attributing them"
    where = area_mentions(f"{entity.name}; {roles}; {organisation}", areas)
    if not where and NATIONAL_ROLES.search(f"{entity.name}; {roles}"):
        where = [(0, 0, _root_area(areas))]
    return {"speaker_id": slug(entity.name), "name": entity.name, "kind": entity.kind, "role": roles,
            "organisation": organisation, "affiliation": affiliation,
            "area_id": where[0][2] if where else ("" if is_publisher else main_area)}


def _organisation_in(roles: str) -> str:
    for m in re.finditer(r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for))*", roles):
        if len(m.group().split()) > 1 and m.group().split()[-1] in ORG_HEADS:
            return re.sub(r"^(?:The|Police, Fire and Crime)\s+", "", m.group())
    return ""


def _unique_speaker_ids(speakers: dict[int, dict]) -> None:
    taken: set[str] = set()
    for row in speakers.values():
        row["speaker_id"] = _unique(row["speaker_id"] or "speaker", taken)


def _context(row: Row, rows: list[Row]) -> tuple[int, int]:
    """A partial quote is tagged by the claim around it; other rows by their own words."""
    around = [(r.end - r.start, r.start, r.end) for r in rows if r.kind == "reported" and r.start <= row.start
              and row.end <= r.end]
    return min(around)[1:] if row.kind == "partial" and around else (row.start, row.end)


def _quote_row(quote_id: str, source_id: str, row: Row, speakers: dict[int, dict],
               mentions: list[tuple[int, int, str]], text: str, topics: pd.DataFrame, context: tuple[int, int]) -> dict:
    speaker = speakers[row.speaker]
    inside = [a for s, e, a in mentions if row.start <= s and e <= row.end]
    area_ids = list(dict.fromkeys(([speaker["area_id"]] if speaker["area_id"] else []) + inside))
    return {"quote_id": quote_id, "source_id": source_id, "speaker_id": speaker["speaker_id"], "kind": row.kind,
            "text": text[row.start:row.end], "start": str(row.start), "end": str(row.end),
            "area_ids": ";".join(area_ids), "topics": ";".join(topics_for(text[context[0]:context[1]], topics)),
            "note": row.note}


def _figure_row(figure_id: str, source_id: str, f: Figure, speakers: dict[int, dict], quote_rows: list[dict],
                mentions: list[tuple[int, int, str]]) -> dict:
    speaker = speakers[f.speaker]
    quote = quote_rows[f.quote] if f.quote is not None else None
    nearby = [a for s, e, a in mentions if quote and int(quote["start"]) <= s < int(quote["end"])]
    area = speaker["area_id"] or (nearby[0] if nearby else "") or (quote["area_ids"].split(";")[0] if quote else "")
    value = f"{f.value:g}" if f.value != int(f.value) else str(int(f.value))
    return {"figure_id": figure_id, "source_id": source_id, "speaker_id": speaker["speaker_id"],
            "quote_id": quote["quote_id"] if quote else "", "metric": f.metric, "value": value, "unit": f.unit,
            "period_text": f.period, "period_start": "", "period_end": "", "area_id": area or _first_area(mentions),
            "start": str(f.start), "end": str(f.end), "period_inferred": "false", "period_basis": "",
            "note": "Number written in words." if not re.search(r"\d", f.written) else ""}


def _first_area(mentions: list[tuple[int, int, str]]) -> str:
    return mentions[0][2] if mentions else "national"


def _topics_frame(topics: pd.DataFrame, used: set[str]) -> pd.DataFrame:
    known = set(topics["topic_id"])
    extra = [{"topic_id": t, "label": label, "description": description}
             for t, (label, description, _) in PROPOSED_TOPICS.items() if t in used and t not in known]
    if UNTAGGED_TOPIC[0] in used:
        extra.append(dict(zip(("topic_id", "label", "description"), UNTAGGED_TOPIC, strict=True)))
    return pd.concat([topics, pd.DataFrame(extra, columns=topics.columns)], ignore_index=True).fillna("").astype(str)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold().replace("’", "").replace("'", "")).strip("-")


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _clip(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_csv_strings(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)


def shipped_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shipped areas (the default gazetteer) and topics."""
    return read_csv_strings(DEFAULT_AREAS), read_csv_strings(DEFAULT_TOPICS)


# --- quality: a draft against a curated answer ------------------------------------------------------------------

QUALITY_ROWS = ("quotes", "quotes attributed", "figures", "figures attributed")
REPORTED_MIN_OVERLAP = 0.8  # reported clauses have soft edges: intersection over union of the two spans


def speaker_names_of(draft: Draft) -> pd.Series:
    """The speaker name of each drafted quote, in quote order."""
    return draft.speaker_names(draft.frames["quotes"])


def found_claims(draft: Draft) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The draft's quotes (kind, text, start, end, speaker) and figures (value, start, end, speaker)."""
    quotes, figures = draft.frames["quotes"], draft.frames["figures"]
    return (_claims(quotes.assign(speaker=draft.speaker_names(quotes)), ["kind", "text"]),
            _claims(figures.assign(speaker=draft.speaker_names(figures)), ["value"]))


def expected_from_dataset(data_dir: Path, source_id: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A curated dataset's quotes and figures for one source, as the answer a draft is measured against."""
    from components.dataset.read import read_dataset

    frames = read_dataset(data_dir).frames
    names = frames["speakers"].set_index("speaker_id")["name"]
    quotes = frames["quotes"][frames["quotes"]["source_id"] == source_id]
    figures = frames["figures"][frames["figures"]["source_id"] == source_id]
    return (_claims(quotes.assign(speaker=quotes["speaker_id"].map(names)), ["kind", "text"]),
            _claims(figures.assign(speaker=figures["speaker_id"].map(names)), ["value"]))


def expected_from_answers(text: str, answers: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Answers written as {"quotes": [{kind, speaker, text}], "figures": [{value, speaker, text, nth?}]}: each
    text is found in the article (its `nth` occurrence, 0 by default)."""
    def located(items: list[dict]) -> list[dict]:
        rows = []
        for item in items:
            starts = [m.start() for m in re.finditer(re.escape(item["text"]), text)]
            start = starts[item.get("nth", 0)]
            rows.append({**item, "start": start, "end": start + len(item["text"])})
        return rows

    quotes = pd.DataFrame(located(answers["quotes"]), columns=["kind", "text", "start", "end", "speaker"])
    figures = pd.DataFrame(located(answers["figures"]), columns=["value", "start", "end", "speaker"])
    return _claims(quotes, ["kind", "text"]), _claims(figures, ["value"])


def _claims(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = frame[columns + ["start", "end", "speaker"]].reset_index(drop=True).copy()
    out[["start", "end"]] = out[["start", "end"]].astype(int)
    if "value" in out:
        out["value"] = out["value"].astype(float)
    out["speaker"] = out["speaker"].fillna("").astype(str)
    return out


def quote_pairs(found: pd.DataFrame, expected: pd.DataFrame) -> list[tuple[int, int]]:
    """(found row, expected row) pairs, one to one: same kind, and the same words (direct, partial) or spans that
    mostly overlap (reported)."""
    pairs, used = [], set()
    for e, exp in expected.iterrows():
        for f, got in found.iterrows():
            if f not in used and got["kind"] == exp["kind"] and _same_quote(got, exp):
                pairs.append((f, e))
                used.add(f)
                break
    return pairs


def _same_quote(got: pd.Series, exp: pd.Series) -> bool:
    overlap = min(got["end"], exp["end"]) - max(got["start"], exp["start"])
    if overlap <= 0:
        return False
    if exp["kind"] == "reported":
        union = max(got["end"], exp["end"]) - min(got["start"], exp["start"])
        return overlap / union >= REPORTED_MIN_OVERLAP
    return got["text"].strip(" ,") == exp["text"].strip(" ,")


def figure_pairs(found: pd.DataFrame, expected: pd.DataFrame) -> list[tuple[int, int]]:
    """(found row, expected row) pairs, one to one: the same value, and evidence spans that overlap."""
    pairs, used = [], set()
    for e, exp in expected.iterrows():
        for f, got in found.iterrows():
            if f not in used and abs(got["value"] - exp["value"]) < 1e-9 and \
                    min(got["end"], exp["end"]) > max(got["start"], exp["start"]):
                pairs.append((f, e))
                used.add(f)
                break
    return pairs


def draft_quality(found_quotes: pd.DataFrame, found_figures: pd.DataFrame, expected_quotes: pd.DataFrame,
                  expected_figures: pd.DataFrame) -> pd.DataFrame:
    """Recall and precision of quotes and figures, found at all and found with the right speaker (by name)."""
    rows = []
    for label, found, expected, pairs in (
            ("quotes", found_quotes, expected_quotes, quote_pairs(found_quotes, expected_quotes)),
            ("figures", found_figures, expected_figures, figure_pairs(found_figures, expected_figures))):
        right = [(f, e) for f, e in pairs if _same_name(found.at[f, "speaker"], expected.at[e, "speaker"])]
        for name, matched in ((label, pairs), (f"{label} attributed", right)):
            rows.append({"measure": name, "expected": len(expected), "found": len(found), "matched": len(matched),
                         "recall": len(matched) / len(expected) if len(expected) else 1.0,
                         "precision": len(matched) / len(found) if len(found) else 1.0})
    return pd.DataFrame(rows).set_index("measure")


def _same_name(a: str, b: str) -> bool:
    fold = str.maketrans({"’": "'"})
    return a.translate(fold).casefold().strip() == b.translate(fold).casefold().strip()


def misses(found: pd.DataFrame, expected: pd.DataFrame, pairs: list[tuple[int, int]]) -> tuple[list[str], list[str]]:
    """What a draft missed or misattributed, and what it found that the answer does not hold: for reading."""
    by_expected = {e: f for f, e in pairs}
    missed = []
    for e, exp in expected.iterrows():
        label = exp.get("text", exp.get("value"))
        if e not in by_expected:
            missed.append(f"missed: {exp.get('kind', 'figure')} {label!r} ({exp['speaker']})")
        elif not _same_name(found.at[by_expected[e], "speaker"], exp["speaker"]):
            missed.append(f"wrong speaker: {label!r}: {found.at[by_expected[e], 'speaker']} for {exp['speaker']}")
    matched = set(by_expected.values())
    extra = [f"extra: {got.get('kind', 'figure')} {got.get('text', got.get('value'))!r} ({got['speaker']})"
             for f, got in found.iterrows() if f not in matched]
    return missed, extra


def sum_quality(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Several articles' quality tables as one: counts added, recall and precision computed again."""
    total = sum(t[["expected", "found", "matched"]] for t in tables)
    total["recall"] = total["matched"] / total["expected"].where(total["expected"] > 0)
    total["precision"] = total["matched"] / total["found"].where(total["found"] > 0)
    return total.fillna(1.0)


# --- the draft folder: report and files (what to write; the CLI writes them) ----------------------------------------

def figures_split(draft: Draft) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(figures the validator accepts, figures held back): `validate.py` wants the value in digits inside the
    evidence span, so a figure written only in words ("two hundred officers") cannot be a row yet."""
    figures = draft.frames["figures"]
    ok = [not figure_span_message(row, draft.text[int(row["start"]):int(row["end"])]) for _, row in figures.iterrows()]
    mask = pd.Series(ok, index=figures.index, dtype=bool)
    return figures[mask].reset_index(drop=True), figures[~mask].reset_index(drop=True)


def draft_report(draft: Draft, meta: ArticleMeta) -> str:
    """What the draft found and what it was unsure of, as Markdown for a reviewer."""
    f = draft.frames
    quotes, speakers = f["quotes"], f["speakers"]
    kept, held = figures_split(draft)
    kinds = quotes["kind"].value_counts()
    proposed = f["areas"][f["areas"]["area_id"].isin(draft.proposed_areas)]
    lines = [
        f"# Draft: {meta.title}",
        "",
        f"Article `{meta.path}` ({len(draft.text):,} characters), publisher {meta.publisher}, "
        f"published {meta.published or 'not given'}.",
        f"Found {len(quotes)} quotes ({kinds.get('direct', 0)} direct, {kinds.get('partial', 0)} partial, "
        f"{kinds.get('reported', 0)} reported) from {len(speakers)} speakers, and {len(f['figures'])} figures "
        f"({len(held)} held back). Proposed new areas: {', '.join(proposed['name']) or 'none'}.",
        "",
        "Made by rules, not by a reader: check every row, then `python -m components merge DRAFT_DIR`.",
        "",
        "## Check these",
        "",
    ]
    notes = [f"{q.quote_id}: {q.note}" for q in quotes.itertuples() if q.note]
    held_lines = [f"Figure {r.value} {r.unit} ({draft.text[int(r.start):int(r.end)]!r}) is written in words, which "
                  "the validator does not accept as evidence yet; it is in held_back_figures.csv, not data/."
                  for r in held.itertuples()]
    lines += [f"- {_md(s)}" for s in draft.unsure + notes + held_lines] or ["- Nothing flagged."]
    lines += ["", "## Quotes", "", "| id | kind | speaker | words | areas | topics |",
              "| --- | --- | --- | --- | --- | --- |"]
    names = speakers.set_index("speaker_id")["name"]
    lines += [f"| {q.quote_id} | {q.kind} | {_md(names[q.speaker_id])} | {_md(_clip(q.text, 90))} | {q.area_ids} | "
              f"{q.topics} |" for q in quotes.itertuples()]
    lines += ["", "## Figures", "", "| id | value | unit | metric | period | speaker | quote | evidence |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {r.figure_id} | {r.value} | {r.unit} | {r.metric} | {_md(r.period_text)} | "
              f"{_md(names[r.speaker_id])} | {r.quote_id} | {_md(draft.text[int(r.start):int(r.end)])} |"
              for r in f["figures"].itertuples()]
    lines += ["", "## Speakers", "", "| id | name | kind | role | organisation | affiliation | area |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {s.speaker_id} | {_md(s.name)} | {s.kind} | {_md(s.role)} | {_md(s.organisation)} | "
              f"{_md(s.affiliation)} | {s.area_id} |" for s in speakers.itertuples()]
    lines += ["", "## Numbers not counted as figures", ""]
    lines += [f"- {_md(s)}" for s in draft.skipped_numbers] or ["- None."]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def draft_files(draft: Draft, meta: ArticleMeta, article_bytes: bytes) -> dict[str, bytes]:
    """Every file of a draft folder, by path relative to the folder: data/*.csv, the article under seeds/,
    report.md, and held_back_figures.csv when some figures cannot be rows yet."""
    kept, held = figures_split(draft)
    frames = {**draft.frames, "figures": kept}
    files = {f"data/{name}.csv": frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
             for name, frame in frames.items()}
    files[meta.path] = article_bytes
    files["report.md"] = draft_report(draft, meta).encode("utf-8")
    if len(held):
        files["held_back_figures.csv"] = held.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return files


def title_from_filename(name: str) -> str:
    """`cops-now-need-zero-tolerance-approach.txt` -> `Cops now need zero tolerance approach`."""
    words = re.sub(r"[-_]+", " ", Path(name).stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled article"


def article_quality(text: str, meta: ArticleMeta, expected: tuple[pd.DataFrame, pd.DataFrame],
                    gazetteer: pd.DataFrame, topics: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Draft one article and measure it against its expected quotes and figures: the quality table, and a line
    for each quote or figure missed, misattributed or found in excess."""
    found_quotes, found_figures = found_claims(draft_article(text, meta, gazetteer, topics))
    expected_quotes, expected_figures = expected
    lines = []
    for found, wanted, pairs in ((found_quotes, expected_quotes, quote_pairs(found_quotes, expected_quotes)),
                                 (found_figures, expected_figures, figure_pairs(found_figures, expected_figures))):
        missed, extra = misses(found, wanted, pairs)
        lines += missed + extra
    return draft_quality(found_quotes, found_figures, expected_quotes, expected_figures), lines
