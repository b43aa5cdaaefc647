"""Step 2b: the article read in order: the people and organisations it names, and whom a phrase points at."""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import dataclass, field

from components.dataset.numbers import WORD_VALUES
from components.drafting.doubt import USUALLY_RIGHT
from components.drafting.names import FIRST_NAMES, _role_text, _words, parse_named, role_phrase_before
from components.drafting.records import Entity, Ref
from components.drafting.vocabulary import (
    DAY_LEAD_RE,
    FUNCTION_WORDS,
    GENERIC_HEAD_FITS,
    HONORIFICS,
    NAMED_GENERIC,
    PARTY_NAMES,
    ROLE_ACRONYMS,
    ROLE_LOWER,
    ROLE_WORDS,
    VERB_RE,
)

PLACE_BEFORE_RE = re.compile(r"\b(?:MPs?|MSPs?|AMs?|MEPs?|[Cc]ouncillor|[Mm]ember|[Cc]andidate|[Cc]ommissioner|"
                             r"[Cc]ommander|"
                             r"[Ll]eader|[Ss]pokesman|[Ss]pokeswoman|[Mm]inister)\s+(?:for|of)\s+$")
# `Police said`: which force is meant is read from the article, not an organisation called "Police"
BARE_HEADS = {"Police", "Force", "Constabulary", "Council", "Government"}
# `accusing Commissioner X of ...`: a participle before a name makes it an object
OBJECT_PARTICIPLES = {"accusing", "criticising", "blaming", "urging", "praising", "thanking", "challenging", "calling",
                      "asking", "telling", "naming", "backing", "joining", "replacing", "succeeding"}
OBJECT_WORDS = {"by", "to", "with", "from", "for", "after", "than", "and", "of", "on", "about", "against", "in", "who",
                "which", "represents", "at"}  # words before a name that make it an object, not a subject


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
    documents: dict[str, int] = field(default_factory=dict)  # `statement`, `report`: who the last one named was by
    aliases: dict[str, int] = field(default_factory=dict)  # `MOPAC`: the body named in full before `(MOPAC)`
    claims: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, speaker) of each reported claim
    spokes: dict[int, str] = field(default_factory=dict)  # a body whose spokesman (m), -woman (f) spoke last for it
    _forces: list[str] | None = None  # `X Police` names in the whole text, quotes included, read when first needed

    def entity(self, ref: Ref, at: int) -> int:
        """Find or add the entity a named ref points at."""
        if ref.kind == "surname":
            same = [i for i, e in enumerate(self.entities) if e.kind == "person" and _surname_of(e.name, ref.name)]
            if not same and ref.role.split()[-1:] in (["Sir"], ["Dame"]):  # `Sir Peter`: a first name
                same = [i for i, e in enumerate(self.entities) if e.kind == "person" and e.name.split()[0] == ref.name]
            if not same:  # `Ms Hernandaz` after `Alison Hernandez`: one letter mistyped in a long surname
                same = [i for i, e in enumerate(self.entities) if e.kind == "person" and len(e.name.split()) > 1
                        and e.gender in ("", ref.gender or e.gender)  # (`Mr Dywer` is not Ann Dwyer)
                        and _one_letter_apart(e.name.split()[-1], ref.name)]
                same = same if len(same) == 1 else []
            if len(same) > 1:  # `Cllr Jones` with Hugh Jones, a councillor, and Arfon Jones, the commissioner
                same = [i for i in same if _holds_title(self.entities[i], ref.role)] or same
            if len(same) > 1 and ref.gender:  # `Mr Jones` with Marc Jones and Sarah Jones: not Sarah
                same = [i for i in same if self.entities[i].gender in ("", ref.gender)] or same
            if same:  # `Chief Supt McEwan` is the McEwan named last before here, else the one named next
                return self._update(min(same, key=lambda i: _nearest_mention(self.entities[i], at)), ref, at)
        title = ref.role.split()[-1] if ref.role else ref.head or "Mr"
        name = ref.name if ref.kind != "surname" else f"{title} {ref.name}"
        kind = "organisation" if ref.kind in ("organisation", "single") else "person"
        name = re.sub(r"^(?:The|the)\s+", "", name)
        if kind == "organisation" and name in self.aliases:
            return self._update(self.aliases[name], ref, at)
        for i, e in enumerate(self.entities):
            if e.name.casefold() == name.casefold() or kind == "organisation" == e.kind and name == _initials(e.name):
                return self._update(i, ref, at)  # `ASCO` is the Association of Special Constabulary Officers
            if kind == "organisation" == e.kind and i in self.silent and len(name) > 3 and \
                    e.name.endswith(" " + name):  # `The Gazette revealed` in the Blackpool Gazette: the publisher
                return self._update(i, ref, at)
            if kind == "organisation" == e.kind and _same_body(e.name, name):
                e.name = max(e.name, name, key=len)  # `Metropolitan Police` is the `Metropolitan Police Service`
                return self._update(i, ref, at)
            if kind == "person" == e.kind and len(e.name.split()) == 2 and e.name.split()[0] in HONORIFICS and \
                    e.name.split()[-1] == name.split()[-1] and e.gender in ("", ref.gender or e.gender):
                # `Mr Beattie` read before `Doug Beattie` was: one person (but `Mrs Lee` is not `Tom Lee`)
                e.name = name
                return self._update(i, ref, at)
        if len(self.entities) >= MAX_NAMES:  # a pasted list, not an article: one placeholder, said so on the report
            return self._unread_name(at)
        self.entities.append(Entity(name, kind, mentions=[at]))
        return self._update(len(self.entities) - 1, ref, at)

    def _unread_name(self, at: int) -> int:
        """The one placeholder every name past MAX_NAMES is read as, so no text can make the reading quadratic."""
        placeholder = f"(a name past the first {MAX_NAMES}, not read)"
        if not self.entities or self.entities[-1].name != placeholder:
            self.unsure.append(f"More than {MAX_NAMES} people and bodies are named: names from {at} on are given "
                               f"as '{placeholder}'. Is this one article?")
            self.entities.append(Entity(placeholder, "organisation"))
        self.entities[-1].mentions.append(at)
        return len(self.entities) - 1

    def _update(self, index: int, ref: Ref, at: int) -> int:
        e = self.entities[index]
        if ref.role and ref.role not in e.roles and not all(w in HONORIFICS for w in ref.role.split()):
            e.roles.append(ref.role)
        elif ref.role and ref.role not in e.titles:
            e.titles.append(ref.role)  # `Councillor Philip Saxton`: `the councillor` later is he
        e.affiliation = e.affiliation or ref.affiliation
        e.gender = e.gender or ref.gender
        e.titled = e.titled or bool(ref.role)
        if at not in e.mentions:
            e.mentions.append(at)
        return index

    def resolve(self, ref: Ref, at: int) -> tuple[int | None, str]:
        """The entity a subject names, and a note when it was inferred rather than named."""
        if ref.kind in ("person", "surname", "organisation"):
            found = self.entity(ref, at)
            name = self.entities[found].name
            if ref.kind == "surname" and not (_surname_of(name, ref.name) or ref.name in name.split()):
                return found, (f"'{ref.name}' read as {name}, one letter apart (a typo in the article?); check the "
                               "name.")  # (`entity` read it across a typo)
            return found, ""
        if ref.kind == "single":
            person = [i for i, e in enumerate(self.entities)
                      if e.kind == "person" and ref.name in e.name.split()]
            if person:
                return person[-1], ""
            # `Northern said` after `Northern Constabulary` (and `Northern Joint Police Board`): the force so named
            bodies = [i for i, e in enumerate(self.entities) if e.kind == "organisation" and i not in self.silent
                      and e.name.split()[0] == ref.name and len(e.name.split()) > 1]
            forces = [i for i in bodies if self.entities[i].name.split()[-1] in ("Police", "Constabulary")]
            if len(forces) == 1 or len(bodies) == 1:
                found = (forces or bodies)[0]
                self._mention(found, at)
                return found, (f"'{ref.name}' read as {self.entities[found].name}, named so before (attribution "
                               "inferred).")
            return self.entity(ref, at), ""
        if ref.kind == "pronoun":
            found, note = self._last_speaker(ref.gender, at)
            self._mention(found, at)
            return found, note
        if ref.kind == "generic-org":
            found, note = self._organisation(ref.head, at, ref.name)
            self._mention(found, at)
            return found, note
        if ref.kind == "role-person":
            found, note = self._person_in_role(ref.head, at, ref.name)
            self._learn_role(found, ref.head, at)
            self._mention(found, at)
            return found, note
        if ref.kind == "document":  # `The statement continued`: the speaker the last statement was given to
            if (by := self.documents.get(ref.head)) is not None:
                return by, (f"'{ref.name}' read as {self.entities[by].name}'s, whose {ref.head} the article named "
                            "before (attribution inferred).")
            if ref.gender:  # `His letter tells them`, no letter named before: whoever `his` means
                found, note = self._last_speaker(ref.gender, at)
                self._mention(found, at)
                return found, note
            return None, (f"Who said this? '{ref.name}' is no {ref.head} the article gave to anyone before; the "
                          "speaker is left blank to fill in.")
        if ref.kind == "nobody":
            return None, (f"Who said this? '{ref.name}' does not say who; the speaker is left blank to fill in (or "
                          "to leave blank if the article never says).")
        if ref.kind == "unknown":
            return None, (f"Who said this? '{ref.name}' speaks here, but names nobody the draft could read; the "
                          "speaker is left blank to fill in.")
        if ref.kind == "group":
            return None, (f"Who said this? '{ref.name}' names a group, not one speaker; the speaker is left blank to "
                          "fill in (or name the body they speak for).")
        found, note = self._next_named("person" if ref.kind == "next-person" else "organisation", ref.head, at)
        if ref.kind == "next-person":
            self._learn_role(found, ref.head, at)
        if found is None and ref.kind == "next-person":  # `a local resident, who asked not to be named, said`
            return None, (f"Who said this? An unnamed {ref.head} speaks here, named nowhere after; the speaker is "
                          "left blank to fill in.")
        return found, note

    def _mention(self, found: int | None, at: int) -> None:
        """`The PCC praised ...` read as Donna Jones: she is named there too, for whoever is named since."""
        if found is not None and at not in self.entities[found].mentions:
            self.entities[found].mentions.append(at)

    def _learn_role(self, found: int | None, head: str, at: int) -> None:
        """`THE police and crime commissioner says` read as Donna Jones, named next: `The PCC` later is her too."""
        if found is not None and head and self.entities[found].kind == "person" and \
                self.entities[found].mentions and min(self.entities[found].mentions) > at and \
                not _holds(self.entities[found], head):
            self.entities[found].roles.append(head)

    def peek(self, ref: Ref, at: int) -> int | None:
        """The entity already in the article that `ref` would resolve to, changing nothing (no new entity, mention,
        role or name): for guesses that must not steer what is read after them."""
        count, saved = len(self.entities), copy.deepcopy(self.entities)
        found, _ = self.resolve(ref, at)
        self.entities[:] = saved
        return found if found is not None and found < count else None

    def _last_speaker(self, gender: str, at: int) -> tuple[int | None, str]:
        if gender == "plural":
            return self._last_body(at)
        last = self.speakers_seen[-1] if self.speakers_seen else None
        if last is not None and self.spokes.get(last) in ("", gender) and not self.named_between(last, at, "person"):
            # `a force spokesman stressed ...` then `"...," he said`: the spokesman, for the body
            return last, (f"The pronoun is read as the spokesperson for {self.entities[last].name}, who spoke last "
                          f"{USUALLY_RIGHT}")
        people = [i for i in reversed(self.speakers_seen) if self.entities[i].kind == "person"]
        fitting = [i for i in people if not gender or self.entities[i].gender in ("", gender)]
        chosen = (fitting or people or [None])[0]
        if people and not fitting:  # `She told a meeting ...` after men spoke: the woman named last, if one is
            chosen = self._mentioned_before("person", (), at, gender)
            unknown = self._mentioned_before("person", (), at, "") if chosen is None else None
            if unknown is not None and max(m for m in self.entities[unknown].mentions if m < at) >= \
                    self.paragraph_start(at):  # `... backed by Stan Dean. He said:`: named in this paragraph
                chosen = unknown
            if chosen is None:
                return None, ("Who said this? The pronoun fits none of the speakers before it; the speaker is left "
                              "blank to fill in.")
        if chosen is None and gender:  # nobody has spoken: the person of the pronoun's sex named last, if any
            chosen = self._mentioned_before("person", (), at, gender)
        if chosen is None:  # (never one of the other sex: `Ms Lowe wrote to Mr Jones. She said`)
            chosen = self._mentioned_before("person", (), at, "" if gender else None)
        if chosen is not None and self._only_in_headline(chosen, at):
            return chosen, (f"The pronoun is read as {self.entities[chosen].name}, named in the headline (attribution "
                            "inferred).")
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
            # (to check: right in all 14 such rows of the development sets, but wrong in 4 of 10 held out)
            return rivals[0], (f"The pronoun is read as {self.entities[rivals[0]].name}, the only person named since "
                               f"{self.entities[chosen].name} spoke (attribution inferred).")
        return chosen, f"The pronoun is read as {self.entities[chosen].name}, the last named speaker {USUALLY_RIGHT}"

    def _last_body(self, at: int) -> tuple[int | None, str]:
        """`They say ...`: the organisation that spoke last, when no other organisation is named since."""
        bodies = [i for i in reversed(self.speakers_seen) if self.entities[i].kind == "organisation"]
        named = self._mentioned_before("organisation", (), at)
        sentence_start = self._sentence_start(at)
        if named is not None and max(m for m in self.entities[named].mentions if m < at) > sentence_start and \
                self.opens_its_sentence(named, at):  # `Gwent Police is closing desks because it says ...`
            return named, (f"'it' read as {self.entities[named].name}, the subject of its sentence (attribution "
                           "inferred).")
        if named is not None and max(m for m in self.entities[named].mentions if m < at) > self.paragraph_start(at) \
                and not bodies:  # `Gwent Police is closing ... because it says ...`: nobody has spoken yet
            return named, (f"'it' read as {self.entities[named].name}, the body named just before (attribution "
                           "inferred).")
        if not bodies:
            return None, "Who said this? 'They' names nobody who has spoken; the speaker is left blank to fill in."
        rivals = self.named_between(bodies[0], at, "organisation")
        if rivals:
            return None, (f"Who said this? 'They' could mean {self.entities[bodies[0]].name} (the last to speak) or "
                          f"{self.entities[rivals[0]].name} (named since); the speaker is left blank to fill in.")
        return bodies[0], (f"'They' read as {self.entities[bodies[0]].name}, the last organisation to speak "
                           "(attribution inferred).")

    def _sentence_start(self, at: int, reach: int = 400) -> int:
        """Where the sentence holding `at` starts (its last stop or line break), looking back at most `reach`."""
        return max(max(self.narrative.rfind(c, max(0, at - reach), at) for c in ".!?\n"), at - reach)

    def paragraph_start(self, at: int, reach: int = 2000) -> int:
        """Where the paragraph holding `at` starts, looking back at most `reach` characters (linear in the text)."""
        return max(self.narrative.rfind("\n", max(0, at - reach), at), at - reach)

    def speaks_here(self, entity: int) -> bool:
        """Whether an entity looks like a speaker of this article: it has spoken, or has a title or role (a run of
        capitals with neither, `London Colney`, may be a place)."""
        return entity in self.speakers_seen or self.entities[entity].titled or bool(self.entities[entity].roles)

    def opens_its_sentence(self, entity: int, before: int) -> bool:
        """Whether the entity's last mention before `before` is the subject of its sentence: at most a title or an
        apposition before it, no preposition (`... put forward by Chief Constable X` is not a subject)."""
        last = max((m for m in self.entities[entity].mentions if m < before), default=None)
        return last is not None and self._opens_at(last)  # (a speaker read from a later name has none before)

    def _opens_at(self, at: int) -> bool:
        """Whether the mention at `at` is the subject of its sentence (see `opens_its_sentence`)."""
        lead = re.split(r"[.!?\n,]", self.narrative[max(0, at - 80):at])[-1]  # `At the AGM, resident X`
        # `Police and crime commissioner X`, `Devon and Cornwall Police Chief Constable X`: an `and` inside a title
        lead = re.sub(r"(?i:police(?: fire)? and crime)|[A-Z][\w’'-]* and [A-Z]", " ", lead)
        lead = DAY_LEAD_RE.sub("", lead.lstrip()).split()  # `On Wednesday Ian Pointon criticised ...`
        # (`Mr Ross accused Mr Yousaf`: a verb of saying before the name makes it an object)
        return len(lead) <= 6 and not {w.strip(",").lower() for w in lead} & (OBJECT_WORDS | OBJECT_PARTICIPLES) \
            and not VERB_RE.search(" ".join(lead))

    def others_in_sentence(self, chosen: int, at: int, ordered: list[list[int]]) -> list[int]:
        """Entities other than `chosen` named in the sentence holding `at`, before it: people, and bodies when
        `chosen` is a body that is not theirs (the publisher, who never speaks, is left out); in order named.
        `ordered` holds each entity's mentions sorted, so that each entity costs one search."""
        sentence, speaker = self._sentence_start(at), self.entities[chosen]
        own = {speaker.organisation, speaker.affiliation}
        found = []
        for i, mentions in enumerate(ordered):
            first = bisect.bisect_left(mentions, sentence)
            e = self.entities[i]
            if i != chosen and i not in self.silent and first < len(mentions) and mentions[first] < at \
                    and (e.kind == "person" or speaker.kind == "organisation" and e.name not in own):
                found.append((mentions[first], i))
        return [i for _, i in sorted(found)]

    def named_between(self, chosen: int, at: int, kind: str, gender: str = "") -> list[int]:
        """Other entities of `kind` (any kind when "") named after `chosen` was last named and before `at`, the
        latest first: the reason a guess of `chosen` would not be safe."""
        since = max((m for m in self.entities[chosen].mentions if m < at), default=-1)
        rivals = [([m for m in e.mentions if since < m < at], i) for i, e in enumerate(self.entities)
                  if i != chosen and (not kind or e.kind == kind) and (not gender or e.gender in ("", gender))
                  and any(since < m < at for m in e.mentions) and i not in self.silent]
        # one named in passing (`put forward by Chief Constable X`) is no rival: one who speaks or is the subject of a
        # sentence since is, and so is one named in the same sentence (`... Mayor Boris Johnson's pledge when he
        # declared`)
        sentence = self._sentence_start(at)
        # nor is one named only as an object in the sentence that names `chosen` (`X said he would meet Mr Bett`),
        # or only inside what `chosen` has said since (`He said the closures would save Sussex Police £2m.`)
        own = [(start, end) for start, end, who in self.claims if who == chosen and end > since]
        return [i for ms, i in sorted(rivals, key=lambda r: max(r[0]), reverse=True)
                if (i in self.speakers_seen or max(ms) > sentence or any(self._opens_at(m) for m in ms[-8:])
                    or self._pronoun_since(i, max(ms), sentence))
                and not (self._sentence_start(max(ms)) <= since and all(
                    OBJECT_BEFORE_NAME_RE.search(self.narrative, max(0, m - 60), m) for m in ms))
                and not (own and max(ms) <= sentence and all(any(start <= m < end for start, end in own) for m in ms))]

    def _only_in_headline(self, entity: int, at: int) -> bool:
        """Whether the headline is the only place the entity is named before `at`."""
        return all(m == HEADLINE_AT for m in self.entities[entity].mentions if m < at)

    def _pronoun_since(self, entity: int, mention: int, sentence: int) -> bool:
        """Whether a sentence after the one naming `entity` in passing, before `sentence`, opens with the pronoun
        of the entity's sex (`... welcomed by Glen Gogerly. Over the last weeks he has been pushing ...`): the
        article is about them now."""
        pronoun = {"m": "he", "f": "she"}.get(self.entities[entity].gender)
        start = self.narrative.find(".", max(mention, sentence - PRONOUN_REACH), sentence)  # (bounded: linear)
        return pronoun is not None and start >= 0 and re.search(
            rf"[.!?\n]\s*(?:[A-Z][^.!?\n,]{{0,40}},?\s+)?{pronoun}\s+(?:has|had|is|was|will|would|\w+ed)\b",
            self.narrative[start:sentence], re.I) is not None

    def _person_in_role(self, head: str, at: int, phrase: str = "") -> tuple[int | None, str]:
        """`The Labour councillor said`: the person last named before `at` whose role holds the word."""
        fitting = [(max(m for m in e.mentions if m < at), i) for i, e in enumerate(self.entities)
                   if e.kind == "person" and any(m < at for m in e.mentions)
                   and _holds(e, head, phrase)]
        if not fitting:  # `The chairman of Hampshire's police federation has insisted`, a lede: named next
            chosen, note = self._next_named("person", head, at, phrase)
            # `The Mayor of London’s policing chief` is `Deputy mayor for policing Stephen Greenhalgh`: a word shared
            shared = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", phrase)} - {"said", "says", "with", "from",
                                                                                 head.lower()}
            in_role = chosen is not None and (_holds(self.entities[chosen], head, phrase) or bool(
                shared & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", " ".join(self.entities[chosen].roles))}))
            # (a speaker read from a name further on, as a lede's `top cop`, has not been named yet: no last speaker)
            last = next((i for i in reversed(self.speakers_seen) if self.entities[i].kind == "person"
                         and any(m < at for m in self.entities[i].mentions)), None)
            if last is None:  # nobody has spoken yet: the titled person named before, if only one is
                last = self._mentioned_before("person", (), at)
                near = last is not None and max(m for m in self.entities[last].mentions if m < at) > \
                    self.paragraph_start(at)  # `... in Shaun Wright’s strategy, the commissioner said`
                last = last if last is not None and (self.speaks_here(last) or near) else None
            untitled = last is not None and not self.entities[last].roles and not self.entities[last].titles and \
                max((m for m in self.entities[last].mentions if m < at), default=-1) > self.paragraph_start(
                    self.paragraph_start(at) - 1)  # `X has confirmed` then `The first minister said`: X
            # `Lincolnshire’s chief constable` is not the Norfolk commissioner who spoke last, or is named next
            place = re.match(r"(?:[Tt]he\s+)?((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)(?:’s|'s)\s", phrase)

            def elsewhere(i: int) -> bool:
                e = self.entities[i]
                return place is not None and place.group(1) not in " ".join([*e.roles, *e.titles, e.organisation,
                                                                             e.affiliation])
            if (not in_role or untitled) and last is not None and not elsewhere(last) and \
                    not self.named_between(last, at, "person"):
                # `Acting Ch Supt Ed Wright said ...` then `The South Devon commander added:`: the same person
                return last, (f"'the {head}' read as {self.entities[last].name}, the last speaker, nobody else being "
                              "named since (attribution inferred).")
            first = self.entities[chosen].mentions[0] if chosen is not None else -1
            other = re.search(r"([A-Z][\w-]+)\s+(?:[a-z]+\s+){0,3}" + re.escape(head) + r"\s+$",
                              self.narrative[max(0, first - 80):first]) if first > at and place is not None else None
            if other and other.group(1) not in ROLE_WORDS | HONORIFICS and \
                    other.group(1).lower() not in place.group(1).lower():
                # `North Yorkshire’s police commissioner`, a lede, is not `Humberside police commissioner X` named next
                return None, (f"Who said this? No {head} of {place.group(1)} is named; {self.entities[chosen].name}, "
                              "named next, holds another place's role; the speaker is left blank to fill in.")
            if not in_role and chosen is not None and (elsewhere(chosen) and self.entities[chosen].mentions[0] < at or
                                                       self.entities[chosen].mentions[0] > at and
                                                       (self._mentioned_before("person", (), at) is not None
                                                        or self.entities[chosen].roles)):
                # a lede may name its speaker next (`The chairman of X has insisted`), but not one in another role
                return None, (f"Who said this? No {head} is named; {self.entities[chosen].name}, named next, has "
                              "another role; the speaker is left blank to fill in.")
            return chosen, note or (f"Who said this? 'the {head}' is named nowhere else; the speaker is left blank "
                                    "to fill in.")
        chosen = max(fitting)[1]
        if (where := _qualifier(phrase, head)) and not _named_with(self.entities[chosen], where):
            # `The Sussex Police Chief Constable said` is not Wiltshire's chief constable, named before
            return None, (f"Who said this? No {head} of {' '.join(where)} is named; {self.entities[chosen].name}, "
                          f"the last {head} named, holds another; the speaker is left blank to fill in.")
        return chosen, f"'the {head}' read as {self.entities[chosen].name}, the last {head} named {USUALLY_RIGHT}"

    def _organisation(self, head: str, at: int, phrase: str = "") -> tuple[int | None, str]:
        if head == "bosses":
            return self._bosses(at, phrase)
        fits = GENERIC_HEAD_FITS.get(head, ())
        # `the Government says`: a body named `... Government` before the Home Office or a ministry
        chosen = self._mentioned_before("organisation", ("Government",), at) if head == "government" else None
        if place := re.match(r"([A-Z][\w-]+)(?:’s|'s)\s", phrase):  # `Hertfordshire’s force`: a body of that place
            fits = tuple(f"{place.group(1)} {f}" for f in fits)
        chosen = chosen if chosen is not None else self._mentioned_before("organisation", fits, at)
        where = "the last named organisation"
        if chosen is not None and self._only_in_headline(chosen, at):
            where = "the organisation the headline names"
        if chosen is None:
            # (not for `police`: `Police said` before any force is named is as often a force named nowhere)
            chosen = self._mentioned_after("organisation", fits, at) if head != "police" else None
            where = "the next organisation named"
        if chosen is None and head == "government":  # `the Government announced`, no government named: the Government
            return self.entity(Ref("organisation", "Government"), at), ""
        if chosen is None and re.fullmatch(NAMED_GENERIC, phrase, re.I):  # `the police federation`, named nowhere else
            chosen = self.entity(Ref("organisation", phrase.title()), at)
            return chosen, f"'{phrase}' read as the organisation {self.entities[chosen].name} (check its name)."
        if chosen is None and head == "police" and (place := re.fullmatch(r"((?:[A-Z][\w-]+\s+){1,3})police", phrase)) \
                and not self.text[at:at + len(place.group(1))].rstrip().isupper():  # (`SENIOR police said`: no place)
            # `Cambridgeshire police announced`, no force named otherwise: the force as a quote names it, or as this
            # phrase does
            full = re.search(re.escape(place.group(1)) + r"(?:Police|Constabulary)\b", self.text)
            chosen = self.entity(Ref("organisation", full.group() if full else f"{place.group(1)}Police"), at)
            return chosen, f"'{phrase}' read as the organisation {self.entities[chosen].name} (check its name)."
        if chosen is None and head in ("force", "constabulary") and \
                (named := _place_police_before(self.narrative, at)) is not None:
            # `Cambridgeshire police are to shut ...`, then `the force announced`: that force, by the name it is given
            chosen = self.entity(Ref("organisation", named), at)
            return chosen, f"'{phrase or head}' read as {named}, the police named before (check its name)."
        if chosen is None and head in ("force", "constabulary", "police") and len(forces := self.forces_quoted()) == 1 \
                and (place is None or forces[0].startswith(place.group(1))):  # (`Kent’s force` is Kent's, or none)
            # `The force said ...` where only a quote names it (`... Lincolnshire Police has been underfunded`)
            chosen = self.entity(Ref("organisation", forces[0]), at)
            return chosen, (f"'{phrase or head}' read as {forces[0]}, the only force the article names (in a quote; "
                            "check it).")
        if chosen is None:
            return None, (f"Who said this? '{phrase or head}' names no organisation of the article; the speaker is "
                          "left blank to fill in.")
        return chosen, f"'{head}' read as {self.entities[chosen].name}, {where} (attribution inferred)."

    def forces_quoted(self) -> list[str]:
        """The distinct `X Police` / `X Constabulary` names anywhere in the text, quotes included (read once)."""
        if self._forces is None:
            found = {" ".join(m.group().split()) for m in FORCE_NAME_RE.finditer(self.text)}
            self._forces = sorted(n for n in found if _a_place(n.split()[:-1]))
        return self._forces

    def _bosses(self, at: int, phrase: str) -> tuple[int | None, str]:
        """`Essex Police defended ...` then `Bosses also pointed to ...`: the body that spoke last, unless it
        spoke in this same sentence (`Unison says ... - but bosses insist ...` means someone else's bosses)."""
        bodies = [i for i in reversed(self.speakers_seen) if self.entities[i].kind == "organisation"]
        sentence_start = self._sentence_start(at)
        if not bodies or max((m for m in self.entities[bodies[0]].mentions if m < at), default=-1) > sentence_start:
            return None, (f"Who said this? '{phrase}' does not say whose; the speaker is left blank to fill in.")
        return bodies[0], (f"'{phrase}' read as {self.entities[bodies[0]].name}, the last body to speak (attribution "
                           "inferred).")

    def _next_named(self, kind: str, head: str, at: int, phrase: str = "") -> tuple[int | None, str]:
        fits = GENERIC_HEAD_FITS.get(head, ())
        chosen = self._mentioned_after(kind, fits, at)
        if kind == "person":  # `an incensed councillor`: the next person named with that role, or with any role
            first_after = {i: min(m for m in e.mentions if m > at) for i, e in enumerate(self.entities)
                           if e.kind == "person" and any(m > at for m in e.mentions)}
            later = sorted((m, i) for i, m in first_after.items() if self.entities[i].titled or
                           self.entities[i].roles or self.opens_its_sentence(i, m + 1))
            # `figures released by an MP` then `obtained by Ravi Shah, Labour MP for Hendon`: the one in role,
            # even when not the subject of the sentence that names him
            in_role = [i for _, i in sorted((m, i) for i, m in first_after.items())
                       if _holds(self.entities[i], head, phrase)]
            chosen = (in_role or [i for _, i in later] or [None])[0]
        if chosen is None:
            return None, ""
        article = "an" if head[:1].lower() in "aeiou" else "a"
        return chosen, (f"'{article} {head}' in the article; read as {self.entities[chosen].name}, the next {kind} "
                        "named (attribution inferred).")

    def _mentioned_before(self, kind: str, fits: tuple[str, ...], at: int, gender: str | None = None) -> int | None:
        """The entity of the kind last named before `at`; of that sex if `gender` is given (`""`: unknown sex)."""
        best = [(max(m for m in e.mentions if m < at), i) for i, e in enumerate(self.entities)
                if e.kind == kind and any(m < at for m in e.mentions) and _fits(e, fits)
                and (gender is None or e.gender == gender)]
        return max(best)[1] if best else None

    def _mentioned_after(self, kind: str, fits: tuple[str, ...], at: int) -> int | None:
        best = [(min(m for m in e.mentions if m > at), i) for i, e in enumerate(self.entities)
                if e.kind == kind and any(m > at for m in e.mentions) and _fits(e, fits) and i not in self.silent]
        return min(best)[1] if best else None


DEPUTY_WORDS = {"deputy", "assistant", "vice", "former", "ex-", "under"}  # a role below or before the one named
ROLE_SYNONYMS = {"councillor": ("cllr", "coun"), "commissioner": ("pcc",), "chief": ("chief constable",),
                 # `a senior officer`, `the borough's top cop`: someone with a police rank
                 "officer": ("constable", "superintendent", "supt", "inspector", "insp", "sergeant", "sgt",
                             "commander", "ch con", "dcc", "acc")}


# `Cambridgeshire police`: a place's force named in lower case (not `Armed police`, `Transport police`, `Eleven police`)
PLACE_POLICE_RE = re.compile(r"(?<![\w’'])((?:[A-Z][\w-]*+\s++(?:and\s++(?=[A-Z]))?){1,3}+)police\b")
POLICE_KINDS = set("Armed Traffic Riot Transport British Community Military Secret Border Local Mounted Undercover "
                   "Neighbourhood Railway Response Specialist Uniformed Plain The Our Their Its More Extra New Senior "
                   "But And Most Many Some A An".split())


FORCE_NAME_RE = re.compile(r"(?<![\w’'])(?:[A-Z][\w-]*+\s++(?:and\s++(?=[A-Z]))?){1,3}?(?:Police|Constabulary)\b"
                           r"(?!\s+[A-Z])")  # (not `Scottish Police Authority`, `Marlow Police Station`)


def _a_place(words: list[str]) -> bool:
    """Whether the words before `police` name a place's force (`Avon and Somerset`), not a kind of police or a
    number (`Armed`, `A`, `ELEVEN`)."""
    return not POLICE_KINDS.intersection(words) and words[0].lower() not in WORD_VALUES


def _place_police_before(narrative: str, at: int, reach: int = 3000) -> str | None:
    """The force a place's name gives in lower case (`Cambridgeshire police`) last before `at`, as `X Police`."""
    found = [m.group(1).split() for m in PLACE_POLICE_RE.finditer(narrative, max(0, at - reach), at)]
    found = [words for words in found if _a_place(words)]
    return " ".join(found[-1]) + " Police" if found else None


BODY_OF_ROLE_RE = re.compile(r"\b((?:[A-Z][\w-]*+\s++){1,3}?)(?:Police|Constabulary|Council)\b")  # (at most 3 tries)


def _qualifier(phrase: str, head: str) -> list[str]:
    """The place of the body a role phrase names before its title: `The Sussex Police Chief Constable` ->
    [Sussex]; `the chief constable`, `The Labour councillor` -> []."""
    before = phrase[:phrase.lower().rfind(head.lower())] if head else phrase
    return [w for m in BODY_OF_ROLE_RE.finditer(before) for w in m.group(1).split()
            if w not in ROLE_WORDS | HONORIFICS and w.lower() not in {"the", "chief", "deputy", "acting"}]


def _named_with(entity: Entity, words: list[str]) -> bool:
    """Whether a person's roles name the place of `words`' body, or no body's place at all (`Chief Constable Ray
    Dunn` may be Sussex's; `Wiltshire Police Chief Constable Ray Dunn` is not)."""
    theirs = {w for role in entity.roles for w in _qualifier(role, "")}
    return not theirs or bool(theirs & set(words))


def _nearest_mention(entity: Entity, at: int) -> tuple[int, int]:
    """How far back a person was last named before `at` (first), else how far ahead (after every earlier one)."""
    before = [at - m for m in entity.mentions if m <= at]
    return (0, min(before)) if before else (1, min(m - at for m in entity.mentions))


# `... with X`, `a visit by Labour's shadow policing minister, X`: a name after a preposition (and its role)
OBJECT_BEFORE_NAME_RE = re.compile(r"\b(?:with|to|by|and|against)\s+(?:the\s+)?(?:[A-Z][\w-]*+(?:’s|'s)\s+)?"
                                   r"(?:[a-z]+\s+){0,2}(?:[a-z]+\s+[a-z]+,\s+)?$")


def _holds(entity: Entity, head: str, phrase: str = "") -> bool:
    """Whether one of the entity's roles holds the word: `the councillor` is `Conservative Cllr Paul Canal`; but
    `the chief constable` is not `Deputy Chief Constable Judith Gillespie` (unless the phrase says deputy too)."""
    words = "|".join(re.escape(w) for w in (head, *ROLE_SYNONYMS.get(head.lower(), ())))
    said = set(phrase.lower().split())
    for role in (*entity.roles, *entity.titles):
        m = re.search(rf"(?i)\b(?:{words})\b", role)
        if m and not (set(role[:m.start()].lower().split()) & DEPUTY_WORDS) - said and \
                not _other_kind_of(head, phrase, role[:m.start()]):
            return True
    return False


KINDS_OF = {"secretary", "minister"}  # `general secretary` is not `Finance Secretary`, nor `Home Secretary`


def _other_kind_of(head: str, phrase: str, before_in_role: str) -> bool:
    """`the general secretary of the federation` and `Acting Finance Secretary X`: the word before the head differs."""
    said = re.search(rf"(?i)\b(\w+)\s+{re.escape(head)}\b", phrase)
    held = re.search(r"(\w+)\s*$", before_in_role)
    return head.lower() in KINDS_OF and said is not None and held is not None and \
        said.group(1).lower() not in ("the", "a", "an", "its", "their") and \
        said.group(1).lower() != held.group(1).lower()


def _same_body(a: str, b: str) -> bool:
    """`Metropolitan Police` and `Metropolitan Police Service`: one name with a last word that adds nothing; `Met`."""
    short, long = sorted((a, b), key=len)
    if short in ("Met", "Met Police"):  # `the Met` is the Metropolitan Police the article names
        return long.startswith("Metropolitan Police") or (short, long) == ("Met", "Met Police")
    if " " in short and re.match(re.escape(short) + r" (?:for|of) [A-Z]", long):
        return True  # `Police Federation` is the `Police Federation for England and Wales` named in full
    return long.startswith(short + " ") and long[len(short) + 1:] in ("Service", "Force")


def _initials(name: str) -> str:
    """`Association of Special Constabulary Officers` -> `ASCO` (two letters or more, else "")."""
    letters = "".join(w[0] for w in name.split() if w[:1].isupper())
    return letters if len(letters) >= 2 else ""


NOT_A_FORCE = {"office", "commissioner", "federation", "panel", "authority", "association", "union", "stations",
               "superintendents", "room", "centre", "unit", "station", "board",
               # `Police Community Support Officers`, `24 Hours in Police Custody`, `Humberside Police Unison`
               "officers", "officer", "custody", "unison", "commissioners", "staff", "cells", "headquarters",
               # `Her Majesty’s Inspector of Constabulary`: the inspectorate
               "inspector", "inspectorate", "inspectors", "hmic", "hmicfrs"}


def _fits(entity: Entity, fits: tuple[str, ...]) -> bool:
    """Whether a body's name holds one of the words (`UNISON` is a union; `... of Local Councils` is no council)."""
    words = {w.casefold() for w in re.findall(r"[\w’'-]+", entity.name)}
    if "Police" in fits and words & NOT_A_FORCE:  # `Mayor's Office for Police and Crime`: no force, though it says so
        return False
    if "Police" in fits and "forces" in words:  # `Northamptonshire and Cheshire Police Forces`: two, not `the force`
        return False
    return not fits or any(f.casefold() in words if " " not in f else  # `Hertfordshire Constabulary`: both words
                           set(f.casefold().split()) <= words for f in fits)


PLACE_NOUN_AFTER_RE = re.compile(r"\s+(?:police\s+)?(?:station|stations|road|street|lane|avenue|ward|estate|park|"
                                 r"centre|village|school|hospital|area|neighbourhood|residents?)\b")


# a run of capitalised words, with the small words names hold (`Police and Crime Commissioner`, `Ursula le Roy`)
NAME_RUN_RE = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|&|for|the|le|de)(?=[\s,.:;]|$))*")
NAME_RUN_TAIL_RE = re.compile(r"\s+(?:of|and|for|the|le|de)$")  # (a small word ends no name)


def collect_mentions(reading: Reading, paras: list[tuple[int, int]]) -> None:
    """Register every person and organisation named in the narrative (outside quotes), with roles."""
    # `Lord (Willy) Bach`: a name in brackets inside a name is read without them (same length, offsets kept)
    narrative = re.sub(r"(?<= )\(([A-Z][a-z]+)\)(?= [A-Z][a-z])", r" \1 ", reading.narrative)
    for p_start, p_end in paras:
        if len(reading.entities) >= MAX_NAMES:  # each new name is compared with every name before it
            reading.unsure.append(f"More than {MAX_NAMES} people and bodies are named: names after {p_start} were "
                                  "not read. Is this one article?")
            return
        for m in NAME_RUN_RE.finditer(narrative[p_start:p_end]):
            whole = NAME_RUN_TAIL_RE.sub("", m.group())
            if re.match(r" council\b", narrative[p_start + m.end():p_start + m.end() + 9]) and \
                    len(whole.split()) <= 3 and not set(whole.split()) & FUNCTION_WORDS and \
                    all(w[:1].isupper() for w in whole.split()) and \
                    parse_named(whole, reading.known_places) is None:
                # `claims by Southwark council`: the body, named in lower case
                reading.entity(Ref("organisation", f"{whole} Council"), p_start + m.start())
                continue
            for start, phrase in _named_together(reading, p_start + m.start(), whole):
                _register_mention(reading, narrative, start, phrase)


def headline_mentions(reading: Reading, title: str) -> None:
    """Register the force or person a headline names, before the body, as a reader reads it first
    (`Nottinghamshire police cuts: ...` then `The force announced ...`). Only a force, or a person with a title or a
    known first name; and nothing from a headline in Title Case, where every word is capitalised."""
    title = title[:HEADLINE_MAX]
    words = re.findall(r"[A-Za-z][\w’'-]*", title)
    if not words or sum(w[0].isupper() for w in words) > HEADLINE_CAPITALS * len(words):
        return
    for m in NAME_RUN_RE.finditer(title):
        ref = parse_named(NAME_RUN_TAIL_RE.sub("", m.group()), reading.known_places, acronyms=False)
        if ref is not None and (ref.kind == "organisation" and ref.name.split()[-1] in ("Police", "Constabulary")
                                and " ".join(ref.name.split()[:-1]) in reading.known_places
                                or ref.kind == "person" and len(ref.name.split()) > 1
                                and (ref.role or ref.name.split()[0] in FIRST_NAMES)):
            reading.entity(ref, HEADLINE_AT)
    for m in PLACE_POLICE_RE.finditer(title):  # `Cumbria police closing doors`: Cumbria Police (not `Extra police`)
        if m.group(1).strip() in reading.known_places and not HEADLINE_BUILDING_RE.match(title, m.end()):
            reading.entity(Ref("organisation", m.group(1).strip() + " Police"), HEADLINE_AT)


PRONOUN_REACH = 1000  # characters before a quote's sentence searched for a `he` that means someone named in passing
HEADLINE_BUILDING_RE = re.compile(r"\s+(?:stations?|station’s|station's|officers?|front|counters?|desks?|HQ|"
                                  r"headquarters|bases?|posts?|buildings?)\b", re.I)  # `Sandwell police station`
HEADLINE_MAX = 300  # characters of the headline read: a headline is a line
HEADLINE_AT = -1  # where the headline's names are mentioned: before the first character of the body
HEADLINE_CAPITALS = 0.6  # more capitalised words than this share: a headline in Title Case


MAX_NAMES = 200  # people and bodies read from one text (the real articles read so far name at most 16)
MAX_NAMED_TOGETHER = 6  # names joined by `and` read one by one: each try reads the run so far again


def _named_together(reading: Reading, start: int, phrase: str) -> list[tuple[int, str]]:
    """`Chief Inspector Kit Moss and Chief Superintendent Ian Pell`: two people, each registered; else the
    phrase whole (`Devon and Cornwall Police` is one body)."""
    if " and " not in phrase:
        return [(start, phrase)]
    parts = [(start + p.start(), p.group()) for p in re.finditer(r"(?:(?! and ).)+", phrase)]
    refs = [parse_named(part, reading.known_places, acronyms=False) for _, part in parts]
    people = [ref is not None and ref.kind == "person" for ref in refs]
    if len(parts) > 1 and (all(people) or people[0] and refs[0].name.split()[0] in FIRST_NAMES):
        return parts  # `Paul Sanford and Norfolk police ...`: a person by a common first name, then others
    # `Vale and Deeside MS Jo Hart and Wessex Police and Crime Commissioner Ann Lowe`: each run of
    # parts that ends in a person known by a common first name is one mention
    runs, run_start = [], 0
    for k in range(min(len(parts), MAX_NAMED_TOGETHER)):  # (a few names; a longer run is a list, read whole)
        whole = phrase[parts[run_start][0] - start:parts[k][0] - start + len(parts[k][1])]
        ref = parse_named(whole, reading.known_places, acronyms=False)
        if ref is not None and ref.kind == "person" and whole.endswith(ref.name) and \
                ref.name.split()[0] in FIRST_NAMES:
            runs.append((parts[run_start][0], whole))
            run_start = k + 1
    if len(runs) > 1 and run_start == len(parts):
        return runs
    return [(start, phrase)]


def _register_mention(reading: Reading, narrative: str, start: int, phrase: str) -> None:
    """Register the person or organisation a run of capitals names, with its roles and appositions."""
    ref = parse_named(phrase, reading.known_places, acronyms=False)
    if ref is None and " of " in phrase and (person := parse_named(phrase.split(" of ")[0], reading.known_places,
                                                                   acronyms=False)) is not None and \
            person.kind == "person":  # `Chief superintendent Dan Flint of Wexley Division`: the officer
        ref = person
    if ref is None and re.fullmatch(r"[A-Z][\w’'-]+", phrase) and _has_surname(reading, phrase) \
            and phrase not in FUNCTION_WORDS:
        ref = Ref("surname", phrase)  # `but Apter has confirmed`: a known person by surname alone
    if ref is None or ref.kind == "surname" and not _has_surname(reading, ref.name) or \
            re.sub(r"^The\s+", "", phrase) in BARE_HEADS or ref.kind == "organisation" and ref.name in BARE_HEADS:
        return  # (`Police Community Support Officer` names no body called "Police")
    if ref.kind == "person" and not ref.role and PLACE_BEFORE_RE.search(narrative, max(0, start - 20), start):
        return  # `MSP for Galloway and West Dumfries`: a place after a title, not a person
    if ref.kind == "person" and not ref.role and _ward_in_brackets(narrative, start, start + len(phrase)):
        return  # `Cllr Al Dunn (Wexley East, Con)`: the ward a councillor sits for, not a person
    if ref.kind == "person" and not ref.role and PLACE_NOUN_AFTER_RE.match(narrative, start + len(phrase)):
        return  # `Gipsy Hill police station`, `Tom Hood ward`: a place named after someone, not a person
    if ref.kind == "person" and all(w in HONORIFICS for w in ref.role.split()):  # `council leader Cllr X`
        role = " ".join(filter(None, (_role_text(role_phrase_before(narrative, start)), ref.role)))
        ref = Ref(ref.kind, ref.name, role=role, gender=ref.gender, affiliation=ref.affiliation)
    at = start + phrase.rfind(ref.name.split()[0]) if ref.kind == "person" else start
    index = reading.entity(ref, at)
    acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,6})\)", narrative[start + len(phrase):start + len(phrase) + 12])
    if ref.kind == "organisation" and acronym:
        reading.aliases.setdefault(acronym.group(1), index)  # `Mayor’s Office for Policing and Crime (MOPAC)`
        reading.aliases.setdefault(acronym.group(1).upper(), index)
    if ref.kind == "person" and " of " in phrase:  # `Insp Dan Vale of Cumbria Police`: the force too
        body = phrase.split(" of ", 1)[1]
        if (org := parse_named(body, reading.known_places, acronyms=False)) and org.kind == "organisation":
            reading.entity(org, start + phrase.index(body))
    _add_apposition(reading, index, narrative, start + len(phrase))
    _add_apposition_before(reading, index, narrative, start)


# `(Wexley East, Con)`, `(Con, Wexley East)`: a councillor's ward beside their party, in brackets after their name
PARTY_IN_BRACKETS = r"(?:Con|Lab|LD|Lib\s?Dem|Grn|Ind|" + PARTY_NAMES + r")\b[^()\n]{0,20}?"
WARD_OPEN_RE = re.compile(r"\((?:" + PARTY_IN_BRACKETS + r",\s*)?$")
WARD_CLOSE_RE = re.compile(r"(?:,\s*" + PARTY_IN_BRACKETS + r")?\)")


def _ward_in_brackets(narrative: str, start: int, end: int) -> bool:
    before = WARD_OPEN_RE.search(narrative, max(0, start - 30), start)
    after = WARD_CLOSE_RE.match(narrative, end)
    return before is not None and after is not None and (before.end() - before.start() > 1 or after.end() - end > 1)


def _has_surname(reading: Reading, surname: str) -> bool:
    return any(e.kind == "person" and _surname_of(e.name, surname) for e in reading.entities)


def _one_letter_apart(a: str, b: str) -> bool:
    """Two surnames one typing slip apart: one letter changed, not the first, in a name of seven letters or more
    (`Hernandaz`); two neighbours swapped (`Dywer`); or one letter dropped or doubled, not the last (`Loyd`); in names
    of at least four letters."""
    if a == b or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a[:2] != b[:2] and a[-2:] != b[-2:]:
        return False  # (one slip in four letters or more leaves the first two or the last two as they were)
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(differ) == 1:
            return differ[0] > 0 and len(a) >= 7  # (not the first, `Fernandez`; nor short ones, `Smyth`, `Allan`)
        return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] \
            and a[differ[1]] == b[differ[0]]
    short, long = sorted((a, b), key=len)  # (not the last letter: `Clark` and `Clarke` are two names)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long) - 1))


TITLE_ROLES = {"cllr": "council", "coun": "council", "councillor": "council", "pcc": "commissioner",
               "commissioner": "commissioner", "insp": "inspector", "inspector": "inspector", "supt": "superintendent",
               "superintendent": "superintendent", "mp": "mp", "msp": "msp", "sgt": "sergeant", "sergeant": "sergeant"}


TITLES_OF = {stem: [t for t, s in TITLE_ROLES.items() if s == stem] for stem in set(TITLE_ROLES.values())}


def _holds_title(entity: Entity, title: str) -> bool:
    """Whether a person's roles fit the title a surname is given (`Cllr` fits `Wrexham Council deputy leader`)."""
    words = [w for w in title.lower().replace(".", "").split() if w in TITLE_ROLES]
    held = " ".join(entity.roles + entity.titles).lower().replace(".", "")

    def holds(word: str) -> bool:  # the role's stem, or a title that stands for it (`leader Cllr` holds `Cllr`)
        stem = TITLE_ROLES[word]
        return bool(re.search(rf"\b{stem}", held)) or any(re.search(rf"\b{t}\b", held) for t in TITLES_OF[stem])
    return bool(words) and all(holds(w) for w in words)


def _surname_of(name: str, surname: str) -> bool:
    """`Mr Burns-Williamson` is `Mark Burns Williamson` (the article dropped a hyphen) and `Mark Burns-Williamson`."""
    words, tail = name.replace("-", " ").split(), surname.replace("-", " ").split()
    return len(words) > len(tail) and words[-len(tail):] == tail


def _add_apposition(reading: Reading, index: int, narrative: str, after: int) -> None:
    """`Tony Cox, leader of the Southend Conservatives, said`: the role after the name."""
    m = re.match(r",\s+(?P<role>(?:the\s+)?[a-zA-Z][^,.;:\x00“”\"]{2,80}?)(?=,|\.\s|\.$|$)", narrative[after:])
    if not m or re.match(r"(?:who|which|whose|where|when|and|but|said|added|\d|\w+ing\b)", m.group("role")) or \
            VERB_RE.match(m.group("role")):  # `Alistair Dewhirst, insisted the rise ...`: a verb, no role
        return
    role = m.group("role").removeprefix("the ").strip()
    entity = reading.entities[index]
    looks_like_role = role[:1].islower() or "’s" in role or "'s" in role or any(
        w in ROLE_WORDS or w in ROLE_ACRONYMS for w in role.split()[:4])  # `Labour MP for Harrow West`
    if entity.kind == "person" and looks_like_role and role not in entity.roles:
        entity.roles.append(role)


def _add_apposition_before(reading: Reading, index: int, narrative: str, at: int) -> None:
    """`the Police, Fire and Crime Commissioner, Daniel Crane,`: the role in a comma phrase before the name."""
    m = re.search(r"(?:^|[.:;]\s+|\s(?:to|from|by|with|and)\s)(?:[Tt]he\s+)?(?P<role>[A-Za-z][^.;:\x00]{3,80}?),\s+$",
                  narrative[max(0, at - 90):at])
    entity = reading.entities[index]
    if m and entity.kind == "person" and any(w in ROLE_WORDS or w.lower() in ROLE_LOWER
                                             for w in _words(m.group("role"))):
        role = re.sub(r"^(?:But|And|However|Meanwhile|Now|Yet|So|Also),?\s+", "", m.group("role").strip())
        if role not in entity.roles and not any(role in r for r in entity.roles):
            entity.roles.append(role)
