"""Step 2b: the article read in order: people and organisations, and who said each quote and claim."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from components.dataset.check import clip
from components.drafting.names import _generic, _role_text, _words, parse_named, parse_subject, role_phrase_before
from components.drafting.quotes import sentence_spans
from components.drafting.records import Entity, Quoted, Ref, Row
from components.drafting.vocabulary import (
    AUX_TAIL_RE,
    BLANK,
    CLAIM_VERBS,
    GENERIC_HEAD_FITS,
    GENERIC_ORG_RE,
    HONORIFICS,
    INDEFINITE_RE,
    NAMED_GENERIC,
    OPEN_MARKS,
    PASSIVE_RE,
    PRONOUN_RE,
    ROLE_LOWER,
    ROLE_WORDS,
    SAY_VERBS,
    STRAIGHT,
    VERB_RE,
)


@dataclass
class Reading:
    """State while reading an article from top to bottom."""

    text: str
    narrative: str
    known_places: set[str]
    entities: list[Entity] = field(default_factory=list)
    speakers_seen: list[int] = field(default_factory=list)  # entity ids, in order of speaking
    silent: set[int] = field(default_factory=set)  # entities that never speak here (the publisher)
    unsure: list[str] = field(default_factory=list)

    def entity(self, ref: Ref, at: int) -> int:
        """Find or add the entity a named ref points at."""
        if ref.kind == "surname":
            same = [i for i, e in enumerate(self.entities) if e.kind == "person" and e.name.split()[-1] == ref.name]
            if not same and ref.role.split()[-1:] in (["Sir"], ["Dame"]):  # `Sir Peter`: a first name
                same = [i for i, e in enumerate(self.entities) if e.kind == "person" and e.name.split()[0] == ref.name]
            if same:
                return self._update(min(same, key=lambda i: abs(self.entities[i].mentions[0] - at)), ref, at)
        name = ref.name if ref.kind != "surname" else f"{ref.role.split()[-1] if ref.role else 'Mr'} {ref.name}"
        kind = "organisation" if ref.kind in ("organisation", "single") else "person"
        name = re.sub(r"^(?:The|the)\s+", "", name)
        for i, e in enumerate(self.entities):
            if e.name.casefold() == name.casefold() or kind == "organisation" == e.kind and name == _initials(e.name):
                return self._update(i, ref, at)  # `ASCO` is the Association of Special Constabulary Officers
        self.entities.append(Entity(name, kind, mentions=[at]))
        return self._update(len(self.entities) - 1, ref, at)

    def _update(self, index: int, ref: Ref, at: int) -> int:
        e = self.entities[index]
        if ref.role and ref.role not in e.roles and not all(w in HONORIFICS for w in ref.role.split()):
            e.roles.append(ref.role)
        e.affiliation = e.affiliation or ref.affiliation
        e.gender = e.gender or ref.gender
        e.titled = e.titled or bool(ref.role)
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
            return self._organisation(ref.head, at, ref.name)
        if ref.kind == "role-person":
            return self._person_in_role(ref.head, at)
        if ref.kind == "group":
            return None, (f"Who said this? '{ref.name}' names a group, not one speaker; the speaker is left blank to "
                          "fill in (or name the body they speak for).")
        return self._next_named("person" if ref.kind == "next-person" else "organisation", ref.head, at)

    def _last_speaker(self, gender: str, at: int) -> tuple[int | None, str]:
        people = [i for i in reversed(self.speakers_seen) if self.entities[i].kind == "person"]
        fitting = [i for i in people if not gender or self.entities[i].gender in ("", gender)]
        chosen = (fitting or people or [None])[0]
        if chosen is None:
            chosen = self._mentioned_before("person", (), at)
        if chosen is None:
            return None, ("Who said this? The pronoun comes before anyone it could mean is named; the speaker is "
                          "left blank to fill in.")
        rivals = self.named_between(chosen, at, "person", gender)
        if len(rivals) > 1:
            names = " or ".join(self.entities[i].name for i in rivals)
            return None, (f"Who said this? The pronoun could mean {self.entities[chosen].name} (the last speaker) or "
                          f"{names} (named since); the speaker is left blank to fill in.")
        if rivals and not (self.opens_its_sentence(rivals[0], at) and self.speaks_here(rivals[0])):
            return None, (f"Who said this? The pronoun could mean {self.entities[chosen].name} (the last speaker) or "
                          f"{self.entities[rivals[0]].name} (named since); the speaker is left blank to fill in.")
        if rivals:  # `The Home Secretary, Priti Patel, set out ...` then `She said:`: the subject named since
            return rivals[0], (f"The pronoun is read as {self.entities[rivals[0]].name}, the only person named since "
                               f"{self.entities[chosen].name} spoke (attribution inferred).")
        return chosen, f"The pronoun is read as {self.entities[chosen].name}, the last named speaker (attribution " \
                       "inferred)."

    def speaks_here(self, entity: int) -> bool:
        """Whether an entity looks like a speaker of this article: it has spoken, or has a title or role (a run of
        capitals with neither, `London Colney`, may be a place)."""
        return entity in self.speakers_seen or self.entities[entity].titled or bool(self.entities[entity].roles)

    def opens_its_sentence(self, entity: int, before: int) -> bool:
        """Whether the entity's last mention before `before` is the subject of its sentence: at most a title or an
        apposition before it, no preposition (`... put forward by Chief Constable X` is not a subject)."""
        at = max(m for m in self.entities[entity].mentions if m < before)
        lead = re.split(r"[.!?\n,]", self.narrative[max(0, at - 80):at])[-1].split()  # `At the AGM, resident X`
        return len(lead) <= 6 and not {w.strip(",").lower() for w in lead} & OBJECT_WORDS

    def named_between(self, chosen: int, at: int, kind: str, gender: str = "") -> list[int]:
        """Other entities of `kind` (any kind when "") named after `chosen` was last named and before `at`, the
        latest first: the reason a guess of `chosen` would not be safe."""
        since = max((m for m in self.entities[chosen].mentions if m < at), default=-1)
        rivals = [(max(m for m in e.mentions if since < m < at), i) for i, e in enumerate(self.entities)
                  if i != chosen and (not kind or e.kind == kind) and (not gender or e.gender in ("", gender))
                  and any(since < m < at for m in e.mentions) and i not in self.silent]
        # one named in passing (`put forward by Chief Constable X`) is no rival: one who speaks or is a subject is
        return [i for _, i in sorted(rivals, reverse=True) if i in self.speakers_seen or self.opens_its_sentence(i, at)]

    def _person_in_role(self, head: str, at: int) -> tuple[int | None, str]:
        """`The Labour councillor said`: the person last named before `at` whose role holds the word."""
        fitting = [(max(m for m in e.mentions if m < at), i) for i, e in enumerate(self.entities)
                   if e.kind == "person" and any(m < at for m in e.mentions)
                   and re.search(rf"(?i)\b{re.escape(head)}", " ".join(e.roles))]
        if not fitting:  # `The chairman of Hampshire's police federation has insisted`, a lede: named next
            return self._next_named("person", head, at)
        chosen = max(fitting)[1]
        return chosen, (f"'the {head}' read as {self.entities[chosen].name}, the last {head} named (attribution "
                        "inferred).")

    def _organisation(self, head: str, at: int, phrase: str = "") -> tuple[int | None, str]:
        fits = GENERIC_HEAD_FITS.get(head, ())
        chosen = self._mentioned_before("organisation", fits, at)
        where = "the last named organisation"
        if chosen is None:
            chosen, where = self._mentioned_after("organisation", fits, at), "the next organisation named"
        if chosen is None and re.fullmatch(NAMED_GENERIC, phrase, re.I):  # `the police federation`, named nowhere else
            chosen = self.entity(Ref("organisation", phrase.title()), at)
            return chosen, f"'{phrase}' read as the organisation {self.entities[chosen].name} (check its name)."
        if chosen is None:
            return None, ""
        return chosen, f"'{head}' read as {self.entities[chosen].name}, {where} (attribution inferred)."

    def _next_named(self, kind: str, head: str, at: int) -> tuple[int | None, str]:
        fits = GENERIC_HEAD_FITS.get(head, ())
        chosen = self._mentioned_after(kind, fits, at)
        if kind == "person":  # `an incensed councillor`: the next person named with that role, or with any role
            later = sorted((min(m for m in e.mentions if m > at), i) for i, e in enumerate(self.entities)
                           if e.kind == "person" and (e.titled or e.roles) and any(m > at for m in e.mentions))
            in_role = [i for _, i in later if re.search(rf"(?i)\b{re.escape(head)}", " ".join(self.entities[i].roles))]
            chosen = (in_role or [i for _, i in later] or [None])[0]
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


def _initials(name: str) -> str:
    """`Association of Special Constabulary Officers` -> `ASCO` (two letters or more, else "")."""
    letters = "".join(w[0] for w in name.split() if w[:1].isupper())
    return letters if len(letters) >= 2 else ""


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
    m = re.search(r"(?:^|[.:;]\s+|\s(?:to|from|by|with|and)\s)(?:[Tt]he\s+)?(?P<role>[A-Z][^.;:\x00]{3,80}?),\s+$",
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


CLAIM_ENDS_RE = re.compile(r"(?:,?\s+(?:but|and)\s+(?:also\s+)?(?:added|said|warned|insisted)|,\s+adding)\s*"
                           r"(?::|(?=[“\"‘]))|:\s*[“\"‘]")  # `..., adding: "..."`, `but added "..."`
INVERTING_VERBS = {"say", "says", "said", "claim", "claims", "claimed", "warn", "warns", "warned", "added", "insists",
                   "insisted", "admitted", "argued", "argues", "believes", "stated", "states"}  # no object after
INVERTED_RE = re.compile(r"\s+[^,.;:\x00“”\"]{2,80}?[.!?]?\s*")  # a verb with only its subject after it
OBJECT_WORDS = {"by", "to", "with", "from", "for", "after", "than", "and", "of", "on", "about", "against", "in", "who",
                "which", "represents", "at"}
SUBJECT_REACH = 160  # characters before a verb of saying where its subject may stand


def find_attribution(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """The first verb of saying in a sentence that has a speaker, with the clause it reports."""
    narrative = reading.narrative
    sentence = narrative[s_start:s_end]
    if found := (_according_to(reading, s_start, s_end) or _passive_agent(reading, s_start, s_end)
                 or _figures_show(reading, s_start, s_end)):
        return found
    for m in VERB_RE.finditer(sentence):
        if BLANK in sentence[m.start():m.end()]:
            continue
        verb_start, verb_end = s_start + m.start(), s_start + m.end()
        reach = max(s_start, verb_start - SUBJECT_REACH)  # a subject stands near its verb: linear in the text
        before = narrative[reach:verb_start]
        cut = max(before.rfind(c) for c in ":;”\"\x00")
        phrase = AUX_TAIL_RE.sub("", before[cut + 1:])
        ref, subject_start = _subject_before(phrase, reading.known_places, reach + cut + 1)
        if ref is None and not phrase.strip(" ,"):
            ref = _subject_after(narrative[verb_end:s_end], reading.known_places)
            subject_start = verb_end
        elif ref is None and m.group() in INVERTING_VERBS and INVERTED_RE.fullmatch(narrative, verb_end, s_end):
            # `... it will still have fewer officers than in 2010, say the police federation.`
            ref = _subject_after(narrative[verb_end:s_end], reading.known_places)
            if ref is not None:
                end = verb_start
                while end > s_start and narrative[end - 1] in " ,":
                    end -= 1
                return Attribution(ref, verb_start, verb_end, (s_start, end) if end - s_start > 3 else None, verb_end)
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
            named = parse_subject(text, places) if re.match(r"(?:the|its|our|their)\s", text) else None
            if named is not None and named.kind == "person" and named.role:  # `the federation head Craig O'Leary, says`
                return named, offset + start + (len(chunk) - len(chunk.lstrip()))
            continue
        ref = parse_subject(text, places)
        if ref is None and not is_first:
            continue  # `Debbie Abrahams, MP for Oldham East and Saddleworth, said`: a title after the name
        return ref, offset + start + (len(chunk) - len(chunk.lstrip()))
    return None, offset


def _subject_after(after: str, places: set[str]) -> Ref | None:
    m = re.match(r"\s+(?P<np>[^,.;:\x00“”\"]+)", after)
    if not m:
        return None
    ref = parse_subject(m.group("np"), places)
    return ref if ref and ref.kind in ("person", "surname", "organisation", "pronoun", "generic-org") else None


def _claim_span(reading: Reading, m: re.Match, verb_start: int, verb_end: int, s_start: int, s_end: int,
                subject_start: int) -> tuple[int, int] | None:
    narrative = reading.narrative
    rest = narrative[verb_end:s_end]
    if re.match(r"\s*[:,]?\s*[“\"‘]|[^,.;:\x00“”\"]{0,60}:\s*[“\"‘]", rest) or not rest.strip(" .!?"):
        if not rest.strip(" .!?") and subject_start > s_start:
            return _fronted_claim(narrative, s_start, subject_start)
        return None
    if narrative[s_start] in OPEN_MARKS + STRAIGHT and any(q in narrative[s_start:verb_start] for q in "”\""):
        return None  # `"...," he said, adding ...`: a direct quote's attribution
    if m.group("claim"):
        start = verb_start
        if that := re.match(r"\s+that\s+", rest):
            start = verb_end + that.end()
    elif rest.startswith(",") and subject_start - s_start > 3 and narrative[subject_start - 2:subject_start] == ", ":
        start = s_start  # `The public, he said, would notice ...`: the claim is the whole sentence
    else:
        told = m.group() in ("told", "tells")
        skip = re.match(r"\s+(?:[^,\x00“”\"]{0,60}?\s)?that\s+", rest) if told else None
        # `told the Local Democracy Reporting Service the people of ...`: the listener, then the claim
        skip = skip or (re.match(r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,6}", rest) if told else None)
        skip = skip or re.match(r"[,:]?\s*(?:that\s+)?", rest)
        start = verb_end + skip.end()
    end = s_end
    if more := CLAIM_ENDS_RE.search(narrative, start, s_end):  # `..., adding: "..."`: a quote of its own follows
        end = more.start()
    while end > start and narrative[end - 1] in " .!?,":
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
    elif m := re.search(r",?\s+according to (?P<who>[^,]{2,80}),\s+", sentence):  # `..., according to X, CLAIM.`
        claim = (s_start + m.end(), s_end - (1 if sentence.endswith(".") else 0))
    else:
        return None
    who = re.sub(r"^(?:the\s+)?(?:latest\s+|new\s+|official\s+)?", "", m.group("who"))
    who = re.sub(r"\s+(?:figures|data|statistics|research|report|analysis)$", "", who)
    ref = parse_subject(who, reading.known_places) or _generic(who)
    if ref is None:
        return None
    return Attribution(ref, s_start + m.start("who"), s_start + m.end("who"), claim, s_start + m.start("who"))


FIGURES_SHOW_RE = re.compile(
    r"(?:\b(?i:figures|data|statistics)\s+(?:released|published|issued|obtained|revealed)\s+by\s+(?P<by>[^,\x00“”\"]{2,60}?)"
    r"|(?P<of>\b[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4}+)(?:’s|'s)?\s+(?:figures|data|statistics))"
    r"\s+(?:also\s+)?(?:show|shows|showed|shown|reveal|reveals|revealed)\s+(?:that\s+)?")


def _figures_show(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """`figures released by the Home Office show ...`, `The Home Office figures also showed ...`: the body that
    published the figures is the source of the claim."""
    m = FIGURES_SHOW_RE.search(reading.narrative, s_start, s_end)
    if not m:
        return None
    who = m.group("by") or m.group("of")
    ref = parse_subject(re.sub(r"^(?:the|The)\s+", "", who), reading.known_places)
    if ref is None or ref.kind != "organisation":
        return None
    end = s_end
    while end > m.end() and reading.narrative[end - 1] in " .!?":
        end -= 1
    start = m.start("by") if m.group("by") else m.start("of")
    return Attribution(ref, m.start(), m.end(), (m.end(), end), start) if end - m.end() > 3 else None


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
    by_paragraph: dict[int, list[Quoted]] = {}
    for q in quotes:
        by_paragraph.setdefault(q.para, []).append(q)
    for index, (p_start, p_end) in enumerate(paras):
        attributions = []
        unresolved = False  # a verb of saying in the paragraph whose subject names nobody known
        for s_start, s_end in sentence_spans(reading.narrative, p_start, p_end):
            found = find_attribution(reading, s_start, s_end)
            if found is None:
                continue
            speaker, note = reading.resolve(found.ref, found.subject_start)
            if speaker is None and not note:
                reading.unsure.append(f"No speaker found for the claim at {s_start}: "
                                      f"{clip(reading.text[s_start:s_end])!r}")
                unresolved = True
                continue
            if speaker is None:  # someone speaks, but the text does not say who: drafted blank, flagged
                attributions.append((s_start, s_end, found, None, note))
                for claim in _claims_joined_by_and(reading.narrative, found.claim):
                    rows.append(Row("reported", *claim, None, note))
                continue
            reading.speakers_seen.append(speaker)
            attributions.append((s_start, s_end, found, speaker, note))
            for claim in _claims_joined_by_and(reading.narrative, found.claim):
                rows.append(Row("reported", *claim, speaker, note))
        for q in by_paragraph.get(index, []):
            if q.kind == "partial":
                rows += _partial_row(reading, q, attributions)
                continue
            speaker, note = _direct_speaker(reading, q, attributions, last_direct, unresolved)
            if speaker is None and not note:
                note = "Who said this? No speaker is named for this quote; the speaker is left blank to fill in."
            q.speaker, q.note, last_direct = speaker, note, q
            rows.append(Row("direct", q.start, _direct_end(reading.text, q), speaker, note))
    return rows


AND_VERB_RE = re.compile(rf"(?:\s+and\s+(?:also\s+)?(?:(?P<claim>{CLAIM_VERBS})|(?P<say>{'|'.join(SAY_VERBS)}))"
                         r"|,\s+(?:(?P<claiming>accusing|urging|calling for|calling on|describing|arguing that)|"
                         r"claiming|saying|insisting|arguing|warning))\b(?:\s+that\b)?\s*")


def _claims_joined_by_and(narrative: str, claim: tuple[int, int] | None) -> list[tuple[int, int]]:
    """`said he was "delighted" with the newcomers and expressed his commitment to ...`: two claims, the second
    from its verb (a claim verb) or after it (a verb of saying)."""
    if claim is None:
        return []
    m = AND_VERB_RE.search(narrative, claim[0], claim[1])
    if m is None or m.start() - claim[0] < 4 or claim[1] - m.end() < 4:
        return [claim]
    second = m.start("claim") if m.group("claim") else m.start("claiming") if m.group("claiming") else m.end()
    return [(claim[0], m.start()), (second, claim[1])]


def _direct_end(text: str, q: Quoted) -> int:
    end = q.end
    while end > q.start and (text[end - 1].isspace() or (text[end - 1] == "," and q.close_at is not None)):
        end -= 1
    return end


def _direct_speaker(reading: Reading, q: Quoted, attributions: list, last: Quoted | None,
                    unresolved: bool) -> tuple[int | None, str]:
    """The speaker of a direct quote: the attribution in its sentence or paragraph; else, for a quote that
    continues or stands alone, the last speaker, but only when nobody else has been named since."""
    if q.continues and last is not None:
        return last.speaker, last.note
    in_paragraph = [a for a in attributions if a[2].claim is None]
    same_sentence = [a for a in in_paragraph if a[0] <= q.open_at < a[1]]
    chosen = (same_sentence or in_paragraph or [None])[0]
    if chosen is not None:
        return chosen[3], chosen[4]
    if unresolved:
        return None, ("Who said this? The paragraph names a speaker the draft could not read; the speaker is left "
                      "blank to fill in.")
    if not reading.speakers_seen or reading.speakers_seen[-1] is None:
        return None, ""
    speaker = reading.speakers_seen[-1]
    rivals = reading.named_between(speaker, q.open_at, "")
    if rivals:
        return None, (f"Who said this? No speaker is named in the paragraph; {reading.entities[speaker].name} spoke "
                      f"last, but {reading.entities[rivals[0]].name} is named since; the speaker is left blank to "
                      "fill in.")
    return speaker, (f"No speaker named in the paragraph; read as {reading.entities[speaker].name}, the last "
                     "speaker (attribution inferred).")


def _partial_row(reading: Reading, q: Quoted, attributions: list) -> list[Row]:
    around = [a for a in attributions if a[0] <= q.open_at < a[1]]
    if around:
        return [Row("partial", q.start, q.end, around[0][3], around[0][4])]
    words = reading.text[q.start:q.end].split()
    if len(words) < 2 or all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        reading.unsure.append(f"Quote marks with no speaker in their sentence (a title or scare quotes?), left out: "
                              f"{reading.text[q.start:q.end]!r} at {q.start}")
        return []
    return [Row("partial", q.start, q.end, None, "Who said this? Words quoted in the article's own sentence, with no "
                "speaker named; the speaker is left blank to fill in (or delete the row if they are nobody's).")]
