"""Step 2c: who said each quote and reported claim: the verb of saying, its subject and the claim it reports."""

from __future__ import annotations

import bisect
import itertools
import re

from components.dataset.check import clip
from components.drafting.names import DOCUMENT_NOUNS, DOCUMENT_OF_RE, FIRST_NAMES, parse_subject
from components.drafting.quotes import sentence_spans
from components.drafting.records import Attribution, Quoted, Ref, Row
from components.drafting.sources import _to_sentence_end, figures_show, named_source
from components.drafting.speakers import Reading
from components.drafting.vocabulary import (
    ADJECTIVE_SAYS,
    AUX_TAIL_RE,
    BLANK,
    CLAIM_VERBS,
    DAYS,
    GENERIC_ORG_RE,
    HONORIFICS,
    INDEFINITE_RE,
    MONTHS,
    OBJECT_CLAIM_VERBS,
    OPEN_MARKS,
    PARTIES,
    PRONOUN_RE,
    ROLE_LOWER,
    ROLE_WORDS,
    SAY_VERBS,
    SPOKES_BEFORE_RE,
    SPOKES_RE,
    STRAIGHT,
    VERB_RE,
    party_in,
)

CLAIM_ENDS_RE = re.compile(r"(?:,?\s+(?:but|and)\s+(?:also\s+)?(?:added|said|warned|insisted)|,\s+adding|"
                           r",\s+telling\s+[^,:;.\x00“”\"]{1,40}?)\s*"  # `congratulated them, telling them: "..."`
                           r"(?::|(?=[“\"‘]))|:\s*[“\"‘]"  # `..., adding: "..."`, `but added "..."`
                           r"|,\s+even\s+though\s"  # `asked for a rise, even though numbers fell`
                           r"|,?\s+but\s+it\s+(?:is|was)\s+understood\b"  # what the paper understands is its own
                           # `... will hit crime after it’s emerged that ...`: what came out is the paper's news
                           r"|,?\s+after\s+it(?:[’']s|\s+has|\s+had|\s+was)\s+(?:emerged|been\s+revealed|revealed)\b")
INVERTING_VERBS = {"say", "says", "said", "claim", "claims", "claimed", "warn", "warns", "warned", "added", "insists",
                   "insisted", "admitted", "argued", "argues", "believes", "stated", "states"}  # no object after
# a verb with only its subject after it, and perhaps a role (`..., said Ann Kerr, chair of the group.`)
INVERTED_RE = re.compile(r"\s+(?:[^,.;:\x00“”\"]{2,80}?|(?=[A-Z]|the\s)[^,.;:\x00“”\"]{2,80}?,\s+(?!who\b)"
                         r"[^,.;:\x00“”\"]{2,100})[.!?]?\s*")
PASSIVE_SAY_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$")
TIME_WORDS = (r"earlier|later|last|this|on|in|at|yesterday|today|tonight|recently|previously|week|month|year|weekend|"
              r"morning|afternoon|evening|night|the|a|statement|meeting|monday|tuesday|wednesday|thursday|friday|"
              r"saturday|sunday")
TIME_ONLY_RE = re.compile(rf"(?i)\s*(?:{TIME_WORDS}|\s)++[.!?]?\s*")
# `told a full council meeting on Thursday ...`: the listeners, then the claim (`told a panel the force was ...`:
# a bare `the` after the listeners opens the claim)
LISTENER_TAIL_WORDS = "|".join(w for w in TIME_WORDS.split("|") if w not in ("the", "a"))
LISTENERS_RE = re.compile(rf"(?i)\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}(?:meeting|panel|"
                          rf"committee|council|conference|hearing|audience|reporters|journalists|councillors|members|cabinet|"
                          rf"board|assembly|forum|inquiry|parliament|chamber|crowd|delegates|residents)|"
                          rf"(?:reporters|journalists|councillors|members)(?:\s+of\s+the\s+(?:panel|committee|council|"
                          rf"board|authority)))"  # `told members of the panel it would ...`
                          rf"\b(?:\s+(?:{LISTENER_TAIL_WORDS})\b)*+\s*(?:that\s+)?")
REPORTER_TAG_RE = re.compile(r",\s+(?:(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,6}(?:said|reported|reports|says)|"
                             r"(?:he|she|they)\s+(?:told|said\s+(?:at|to|in))\s+[^,.;:\x00“”\"]{1,80}?|"
                             r"(?:he|she|they|it)\s+(?:said|added|confirmed|stressed|explained|warned|insisted))\.?\s*$")
# `said in its 2007 Holyrood manifesto that ...`: where it was said, then the claim
PLACE_THAT_RE = re.compile(r"\s+(?:in|at|on|during|to)\s+(?:(?:its|his|her|their|a|an|the)\s+)?[^,.;:\x00“”\"]{1,50}?"
                           r"\s+that\s+")  # (`announced in parliament on Wednesday that ...`)
# `warns - after a long review - the rise is ...`: an aside between dashes, then the claim
DASH_ASIDE_RE = re.compile(r"\s+[-–—]\s+[^-–—.;:\x00“”\"]{1,80}?\s+[-–—]\s+(?:that\s+)?")
# `insisted today she will ...`: when, then the claim
WHEN = r"today|yesterday|tonight|(?:this|last)\s+(?:week|month|year)"
TIME_LEAD_RE = re.compile(rf"\s*(?:{WHEN}|now)\s+(?=[A-Z])"  # `today (Fri) Wexley Police say`: when, then who
                          # `but as things stand the paper says`: how things are, then who
                          r"|\s*as\s+(?:things|it|matters|the\s+situation|the\s+position)\s+stands?,?\s+")
TIME_FIRST_RE = re.compile(r"\s+(?:" + WHEN + r"|earlier\s+this\s+"
                           r"(?:week|month|year)|on\s+(?:" + "|".join(DAYS) + r")|in\s+(?:" + "|".join(MONTHS) +
                           r")(?:\s+\d{4})?)\s+(?=[a-z]+\s)")  # `said in December further cuts will not be made`
TIME_THAT_RE = re.compile(rf"(?i)\s+(?:(?:{TIME_WORDS})\s+){{1,4}}that\s+")  # `said this week that ...`
# `..., the constabulary announced on Monday after a consultation.`: only when and why after the verb, the claim first
FRONTED_TAIL_RE = re.compile(r"\s+(?:on|in|at|(?:last|this)\s+(?:week|month|year|morning|afternoon|evening|weekend|"
                             r"spring|summer|autumn|winter)|yesterday|today|earlier|later|following|after|during|when|"
                             r"as|at)\b(?:(?!\bthat\b)[^,;:“”\"\x00])*"  # (`confirmed this will be cut`: a claim)
                             # `CLAIM, X warned on Monday, amid a review of ...`: when, then why, not what
                             r"|(?:\s+(?:(?:last|this)\s+(?:week|month|year)|yesterday|today|on\s+[A-Z][a-z]+day))?"
                             r",\s+(?:as|after|amid|while|when|following|before|despite|since)\s[^;:“”\"\x00]*")
SENTENCE_ADVERB_RE = re.compile(r"\s*(?:Even so|However|But|And|Meanwhile|Instead|In addition|Still|Indeed|"
                                r"Nonetheless|Nevertheless|Overall|Now|So|Yet|Also|Moreover|Furthermore|Crucially)")
DOCUMENT_RE = re.compile(r"(?i)\b(?:figures|data|statistics|analysis|survey|research)\b")
# a name after one of these is an object (`In a report before the Police and Crime Panel`); not `by` or `at`: authors
# `Cllr Ada Vine`, `The Association of Scottish Police Superintendents (Asps)`: a name opening a phrase
# `Plaid Cymru commissioner Mr Llywelyn didn't ... but said`: role words in lower case may sit inside the name run
LEAD_NAME = (r"\s*((?:[A-Z][\w’'.-]*\s+|(?:of|for|and)\s+(?=[A-Z])|(?:" + "|".join(sorted(ROLE_LOWER)) +
             r")\s+(?=[A-Z])){1,8}+)(?:\([A-Za-z]{2,6}\)\s+)?[a-z]")
OBJECT_BEFORE_RE = re.compile(r"\b(?:before|to|with|into|against|about|towards)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w’'-]*\s+){0,5}(?:(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){1,4})?$")
# (`written to Justice Secretary X`: titles between; `written to the Prime Minister and Mrs Y`: two of them)
# who wrote or spoke to the people named after it: `Mr Grunshaw has written to`, `Kent Police wrote to`
WROTE_TO_RE = re.compile(r"\s*(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*|[Hh]e|[Ss]he|[Tt]hey)\s+"
                         r"(?:has\s+|have\s+|had\s+)?(?:written|wrote|writes|spoken|spoke|talked|appealed|turned|"
                         r"complained|made\s+an?\s+(?:[a-z]+\s+)?(?:appeal|plea|request|call))\s+to\s")
SPEAKS_FOR_RE = re.compile(r"(?i)spokes|representative|member|behalf|officials?\b|chief|head|boss|leader|director")
DOCUMENT_BY_RE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+){0,2}?(?:report|study|review|survey|analysis|"
                            r"document|statement|motion|letter|submission|paper)\s*,\s*(?:[a-z]+\s+){0,5}?"
                            r"by\s+(?P<who>[^,\x00]{2,80}),\s*$")
# (`A report, by Mr Hale, states`; `The motion, to be tabled by Cllr Ann Lee, says`)
DOCUMENT_NOUN_RE = re.compile(rf"(?i)\b(?:{DOCUMENT_NOUNS})\b")
# what follows `said` up to a colon is a claim, not the listeners or the occasion (`said in a statement:`)
CLAIM_BEFORE_COLON_RE = re.compile(r"\s+(?:that\s+)?(?!(?:in|at|on|to|during|before|after|via|through|when|while|"
                                   r"earlier|later|yesterday|today|last|this|afterwards|previously|then|also|simply|"
                                   r"only|just|recently|once)\b)[a-z][\w’'-]*(?:\s+[^\s]+){3,}\s*")
THING_SUBJECT_RE = re.compile(r"\s*(?:(?:The|the|These|Those|Its|Their|A|An)\s+)?(?:[a-z]+\s+)?"
                              r"(?:[Pp]lans?|[Pp]roposals?|"
                              r"[Mm]ove|[Dd]ecision|[Cc]uts?|[Cc]hanges?|[Cc]losures?|[Nn]ews|[Aa]nnouncement)\b")
MAX_VERBS = 24  # verbs of saying tried in one sentence before it is given up on
MAX_CHUNKS = 6  # comma-separated pieces before a verb that may hold its subject (a name and a few appositions)
SUBJECT_REACH = 160  # characters before a verb of saying where its subject may stand


def find_attribution(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    """The first verb of saying in a sentence that has a speaker, with the clause it reports."""
    if found := named_source(reading, s_start, s_end):
        return found
    shown = figures_show(reading, s_start, s_end)
    # `X has urged ministers to act after figures revealed that ...`: a speaker before the figures comes first
    said = _verb_attribution(reading, s_start, shown.subject_start if shown else s_end, s_end)
    return said or shown or _colon_introduction(reading, s_start, s_end)


# `However he did list some doubts about the plan: "..."`: no verb of saying, but a subject and a colon
COLON_INTRO_RE = re.compile(r"\s*(?P<lead>(?:[A-Z][\w’'.-]*+\s+){1,5}?|[Hh]e\s+|[Ss]he\s+)"
                            r"(?P<rest>[a-z][^:;.!?\x00“”\"]{0,120}+):\s*[\x00“\"]")


def _colon_introduction(reading: Reading, s_start: int, s_end: int) -> Attribution | None:
    narrative = reading.narrative
    lead_at = s_start
    if adverb := SENTENCE_ADVERB_RE.match(narrative, s_start, s_end):  # `However he did ...`
        lead_at = adverb.end()
    m = COLON_INTRO_RE.match(narrative, lead_at, s_end)
    if not m or VERB_RE.search(m.group("rest")):
        return None
    ref = parse_subject(m.group("lead").strip(), reading.known_places)
    if ref is None or ref.kind not in ("person", "surname", "pronoun"):
        return None
    colon = narrative.rfind(":", m.start(), m.end())
    return Attribution(ref, colon, colon + 1, None, m.start("lead"))


def _verb_attribution(reading: Reading, s_start: int, verbs_end: int, s_end: int) -> Attribution | None:
    """The first verb of saying (starting before `verbs_end`) whose subject names someone."""
    narrative = reading.narrative
    sentence = narrative[s_start:verbs_end]
    for count, m in enumerate(VERB_RE.finditer(sentence)):
        if count == MAX_VERBS:  # a real sentence has a few; thousands are a pasted list or an attack
            break
        if BLANK in sentence[m.start():m.end()]:
            continue
        verb_start, verb_end = s_start + m.start(), s_start + m.end()
        reach = _whole_name_from(narrative, max(s_start, verb_start - SUBJECT_REACH), s_start)  # (linear: bounded)
        before = narrative[reach:verb_start]
        if m.group() in ADJECTIVE_SAYS and not re.match(r"\s+that\s", narrative[verb_end:verb_end + 6]):
            continue  # `is dismayed that ...` says something; `was dismayed by the news` does not
        if PASSIVE_SAY_RE.search(before) and not m.group().split()[0].endswith("ing") and \
                m.group() not in ADJECTIVE_SAYS:
            # `he was asked about ...`, `has been told`: the subject is not the speaker (`is asking for` is)
            continue
        if (thing := THING_SUBJECT_RE.match(narrative, s_start, verb_start)) and \
                not re.search(r"[,\x00]|\b(?:who|which|where|as|after|when|while|because|but|and(?=\s+[a-z]))\b",
                              narrative[thing.end():verb_start]):
            continue  # `Plans to cut 100 PCSOs have raised concerns`, `Proposals announced by X`: no speaker
        cut = max(before.rfind(c) for c in ":;”\"\x00")
        # `He’s concerned that ...`: the pronoun before a contracted verb
        phrase = re.sub(r"\b([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)(?:[’']s|[’']re|[’']ve|[’']d|[’']ll)\s*$", r"\1 ",
                        before[cut + 1:])
        phrase = re.sub(r",\s*(?:however|though|meanwhile|too|in turn),\s*$", " ", phrase)  # `Mr Dean has, however,`
        phrase = AUX_TAIL_RE.sub("", phrase)
        phrase = re.sub(r"\s+who(?:\s+(?:has|had|also))*\s*$", " ", phrase)  # `chairman Mark Lindsay who said`
        if m.group().endswith("ing") and (someone := WITH_SOMEONE_RE.search(phrase)):
            # `heckling from residents, with one saying: “...”`: someone the text does not name speaks
            return Attribution(Ref("unknown", name=clip(someone.group("who"))), verb_start, verb_end,
                               _claim_span(reading, m, verb_start, verb_end, s_start, s_end, verb_start),
                               reach + cut + 1 + someone.start("who"))
        ref, subject_start = _subject_before(phrase, reading.known_places, reach + cut + 1)
        if ref is not None and ref.kind == "pronoun" and ADDRESSING_RE.match(phrase):
            subject_start = reach + cut + 1  # `Addressing ACC Prince, he said`: he is not the man he addresses
        if ref is not None and ref.kind == "next-person" and ANONYMOUS_RE.search(phrase):
            # `A police officer, speaking on condition of anonymity, said`: nobody the article names
            ref = Ref("unknown", name=clip(phrase.strip(" ,")))
        if re.search(r"\s+(?:and|but)\s*$", phrase) and "," not in phrase and (
                lead := _lead_subject(phrase, reading.known_places)):
            # `Cllr Ada Vine represents Northfield and Elm and said ...`: the subject of the first verb
            ref, subject_start = lead[0], reach + cut + 1 + lead[1]
        if ref is None and m.group().endswith("ing") and re.fullmatch(r"[^,]*,\s*|[^,]*\sby\s*", phrase) and (
                lead := _lead_subject(phrase, reading.known_places)) and not re.search(r"[’']s\s*$", lead[2]):
            # `Mark Dale went further, saying ...`, `X eased fears by revealing that ...`: the clause's subject
            # (not `Basildon Council's leader has demanded ..., calling ...`: the council's leader, not the council)
            ref, subject_start = lead[0], reach + cut + 1 + lead[1]
        if re.search(r",\s*(?:and|but)\s*$" if ref else r"\s(?:and|but)\s*$", phrase) and (
                lead := re.match(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?P<p>He|She|They|It)\s+[a-z]", phrase)):
            # `He has ordered budgets to be cut, but says ...`: the pronoun that opened the sentence (also past a
            # body named in between: `He served with Wessex Police, but says ...`)
            ref, subject_start = parse_subject(lead.group("p"), reading.known_places), reach + cut + 1 + lead.start("p")
        if ref is None and re.search(r",\s*(?:but|and)(?:\s+(?:also|then|later|again))?\s*$", phrase) and \
                (main := _main_subject(phrase, reading.known_places)) is not None:
            # `A spokesman for the force declined to give details, but added: "..."`: the first verb's subject
            ref, subject_start = main[0], reach + cut + 1 + main[1]
        if ref is None and cut >= 0 and re.fullmatch(r"[^,.;:]*\s(?:but|and)\s*", phrase):
            # `Jo Penn, has “warmly welcomed” the plan but said ...`: the subject before the quoted verb
            first = min(i for c in "“\"\x00" if (i := before.find(c)) >= 0)
            lead = AUX_TAIL_RE.sub("", before[:first].rstrip(" ‘“\""))
            ref, subject_start = _subject_before(lead, reading.known_places, reach)
        if ref is None and m.group() in ("says", "said") and SENTENCE_ADVERB_RE.fullmatch(phrase.strip(" ,")) and \
                (aside := re.match(r"\s+(?P<who>[^,.;:\x00“”\"]{2,60}),\s+", narrative[verb_end:s_end])) and \
                (who := parse_subject(aside.group("who"), reading.known_places)) is not None and \
                who.kind in ("person", "surname", "organisation", "generic-org", "role-person"):
            # `But, says the commander, the change frees money ...`: the subject after the verb, the claim after it
            claim = _to_sentence_end(narrative, verb_end + aside.end(), s_end)
            return Attribution(who, verb_start, verb_end, claim, verb_end + aside.start("who"))
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
        if ref is None and phrase.strip(" ,") and m.group("say") and \
                re.match(r"[^,.;:\x00“”\"]{0,60}:\s*[“\"‘]", narrative[verb_end:s_end]):
            # `A member of one residents group told the Echo: "..."`: someone speaks whom the draft cannot name
            return Attribution(Ref("unknown", name=clip(phrase.strip(" ,"))), verb_start, verb_end, None, reach)
        if ref is None and m.group("say") and m.group() in SAY_VERBS and \
                (someone := UNNAMED_SUBJECT_RE.fullmatch(phrase)):
            # `The public spending watchdog said A`: someone the draft cannot name says A; drafted, left blank
            ref, subject_start = Ref("unknown", name=clip(someone.group("who"))), reach + cut + 1 + someone.start("who")
        if ref is None or m.group() == "reported" and ref.kind not in PERSON_KINDS:
            continue  # (`The Wessex News reported cuts`: a paper's report, not a source's words)
        claim = _claim_span(reading, m, verb_start, verb_end, s_start, s_end, subject_start)
        return Attribution(ref, verb_start, verb_end, claim, subject_start)
    return None


SPEAKER_HEADS = ("watchdog|union|force|constabulary|police|officers?|spokes(?:man|woman|person)|sources?|"
                 "councillors?|residents?|campaigners?|chiefs?|boss(?:es)?|officials?|ministers?|critics|opponents|"
                 "inspectorate|charity|association|members?|leaders?|insiders?")
# `The public spending watchdog said`: someone who speaks, named by what they are (not `The figures revealed`)
UNNAMED_SUBJECT_RE = re.compile(r"\s*(?:(?:However|But|And|Meanwhile),?\s+)?(?P<who>(?:[Tt]he|[Aa]n?)\s+"
                                r"(?:[a-z][\w’'-]*+\s+){0,3}(?:" + SPEAKER_HEADS + r"))\s*(?:(?:has|have|had)\s+)?")


def _whole_name_from(narrative: str, at: int, floor: int) -> int:
    """`at`, or earlier where it falls inside a word or just after a title: a subject reach that cut `Mr House,
    who left his post ..., said` at `ouse` keeps `Mr House` (at most a word and a title back: linear)."""
    if at > floor and narrative[at - 1].isalnum() and (word := re.search(r"[\w’'-]{1,30}$",
                                                                        narrative[max(floor, at - 30):at])):
        at -= len(word.group())
    if title := re.search(r"(?<![\w’'-])([A-Z][A-Za-z]{1,9})\.?\s+$", narrative[max(floor, at - 14):at]):
        at -= len(title.group()) if title.group(1) in HONORIFICS else 0
    return at


def _main_subject(phrase: str, places: set[str]) -> tuple[Ref, int] | None:
    """The subject that opens the phrase's first clause, just before its verb (`A spokesman for the force declined
    ...`, `Cllr Ann Vale refused ...`), and where it starts: the first run of its first words that names someone
    and is followed by a verb."""
    lead = re.match(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?", phrase).end()
    words = list(re.finditer(r"[^\s,]+", phrase[lead:lead + 120]))[:MAIN_SUBJECT_WORDS + 1]
    for n in range(1, len(words)):
        if not VERB_LIKE_RE.fullmatch(words[n].group()):
            continue
        ref = parse_subject(phrase[lead:lead + words[n - 1].end()], places)
        if ref is not None and ref.kind in ("person", "surname", "organisation", "generic-org", "role-person"):
            return ref, lead
    return None


MAIN_SUBJECT_WORDS = 8


def _lead_subject(phrase: str, places: set[str]) -> tuple[Ref, int, str] | None:
    """The person or body named at the opening of a phrase (LEAD_NAME), where it starts, and the words read."""
    if (lead := re.match(LEAD_NAME, phrase)) and \
            (first := parse_subject(lead.group(1).strip(), places)) is not None and \
            first.kind in ("person", "surname", "organisation"):
        return first, lead.start(1), lead.group(1)
    return None


SPOKES_WORD_RE = re.compile(r"\bspokes(man|woman|person)\b")
WITH_SOMEONE_RE = re.compile(r"\bwith\s+(?P<who>(?:one|another|some|many|several|a|an)(?:\s+[a-z][\w-]*){0,3})\s*$")
ADDRESSING_RE = re.compile(r"\s*(?:Addressing|Asking|Answering|Responding to|Replying to|Turning to|Thanking|"
                           r"Questioning|Challenging)\s+[^,]{2,60},\s*(?:he|she|they)\s*$")
PERSON_KINDS = ("person", "surname", "single", "pronoun", "role-person")  # (`single`: `Dolby reported`)


def _subject_before(phrase: str, places: set[str], offset: int) -> tuple[Ref | None, int]:
    """The subject adjacent to the verb, skipping appositions between commas."""
    # `Cllr Kim King (Warrington Borough Council, Con) asked`: brackets are asides, blanked to keep offsets
    phrase = re.sub(r"\([^()]{0,80}\)", lambda m: " " * len(m.group()), phrase)
    # `Cllr Alan Lewis — the chair of the partnership — said`: an aside between dashes, blanked the same way
    phrase = re.sub(r"\s[—–]\s[^—–\x00]{1,120}\s[—–](?=\s*$)", lambda m: " " * len(m.group()), phrase)
    # `Police, Fire and Crime Commissioner`: one title, its commas no list
    phrase = re.sub(r"Police,\s+Fire,?\s+and\s+Crime", lambda m: m.group().replace(",", " "), phrase)
    if (by := DOCUMENT_BY_RE.search(phrase)) and (ref := parse_subject(by.group("who"), places)) is not None:
        first = re.split(r"\s+and\s+", by.group("who"))[0]  # `The letter, signed by X and Y, said`: X, named first
        if first != by.group("who") and (one := parse_subject(first, places)) is not None and one.kind == "person":
            return one, offset + by.start("who")
        return ref, offset + by.start("who")  # `The report, published by the BBC Shared Data Unit, stated`
    chunks = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", phrase)][-MAX_CHUNKS:]
    if len(chunks) > 1 and (lead := WHO_LEAD_RE.match(chunks[0][1])) and \
            (ref := parse_subject(lead.group("who"), places)) is not None and ref.kind in ("person", "surname") and \
            not any(CLAUSE_START_RE.match(chunk) for _, chunk in chunks[1:]):
        # `Sgt Sam Steel who led the raids, which took in The Coach House and Gypsy Tears, said`: the name before
        # `who`; the commas after it are inside his clause
        return ref, offset + chunks[0][0] + lead.start("who")
    nearest_seen = False  # a chunk with words in it was read: the one nearest the verb
    for position, (start, chunk) in enumerate(reversed(chunks)):
        if position != len(chunks) - 1 and re.match(r"\s*(?:who|whose)\s", chunk):
            continue  # `Mr Lee, who took over from Chief Constable Roy Hart, added`: a name inside his clause
        clause = re.match(r"\s*(?:and|but|while|as|after|before|when|since|because|until|though|although|despite)\s+",
                          chunk)  # `..., and the force says`, `..., after the Government announced`: a new clause
        if not clause:  # `The counter closes in May while the force confirmed ...`: a clause inside the piece
            # (`... the case and the force say`: `and` before a lower-case subject; `Devon and Cornwall` is a name)
            inner = [m for m in INNER_CLAUSE_RE.finditer(chunk)
                     if "and" not in m.group() or re.search(r"\b(?:is|are|was|were|has|have|had|been|will|would)\b",
                                                            chunk[:m.start()])  # (a clause before it, not a name)
                     and not OBJECT_BEFORE_RE.search(chunk[:m.start()] + " ")]  # (`wrote to the Minister and Mrs X`)
            clause = inner[-1] if inner and parse_subject(chunk[inner[-1].end():].strip(), places) else None
        rest = chunk[clause.end():] if clause else chunk
        rest = rest[len(when.group()):] if (when := TIME_LEAD_RE.match(rest)) else rest  # (`today (Fri) X say`)
        text = rest.strip()
        if not text:
            continue
        at = offset + start + len(chunk) - len(rest) + len(rest) - len(rest.lstrip())  # where the subject begins
        is_first = position == len(chunks) - 1
        if position == 0 and (tail := TITLED_TAIL_RE.search(text)) and tail.group("prev") not in NOT_A_CLAUSE_END \
                and (ref := parse_subject(tail.group("who"), places)) is not None and ref.kind in ("person", "surname"):
            return ref, at + tail.start("who")
        if position == 0 and (rel := RELATIVE_SUBJECT_RE.search(text)) and \
                (ref := parse_subject(rel.group("who"), places)) is not None and ref.kind in RELATIVE_KINDS and \
                ref.head not in ("bosses", "chiefs") and " and " not in rel.group("who") and \
                not (ref.kind == "pronoun" and _names_someone(" ".join([text[:rel.start()],
                                                                         *(c for _, c in chunks[:-1])]))):
            # `... savings, which the force says will ...`: the force says it (but `she wrote to Teresa May, which
            # she said ...` could be either woman, and `which chiefs say` does not say whose chiefs)
            return ref, at + rel.start("who")
        if position == 0 and (rel := RELATIVE_SUBJECT_RE.search(text)) and \
                (ref := parse_subject(rel.group("who"), places)) is not None and \
                ref.kind in ("next-person", "next-org"):
            # `a plan, which a senior policing figure says means ...`: someone the sentence does not name (not the
            # plan's owner before `which`); the next person named may or may not be them
            return Ref("unknown", name=rel.group("who").strip()), at + rel.start("who")
        if not is_first and not clause and text in PARTIES and _names_a_person(chunks[len(chunks) - position - 2][1],
                                                                              places):
            continue  # `Coun Ian Pattison, Labour, said`: his party, not the speaker
        nearest = not nearest_seen  # the chunk nearest the verb that names anyone (`who represent ...` does not)
        nearest_seen = nearest_seen or not re.match(r"(?:who|which|whose|where)\b", text) and \
            parse_subject(text, places) is not None
        if nearest and not clause and (joint := _first_of_joint(chunks, text, places)):
            return joint[0], offset + joint[1]
        if nearest and clause and clause.start() == 0 and clause.group().strip() == "and" and not is_first and \
                _names_a_person(text, places) and _names_a_person(chunks[len(chunks) - position - 2][1], places):
            start2, first = chunks[len(chunks) - position - 2]  # `Mark Collins, and commissioner X, said`: the first
            return parse_subject(first.strip(), places), offset + start2 + len(first) - len(first.lstrip())
        if nearest and not clause and position + 2 < len(chunks) and _names_a_person(text, places) and \
                re.fullmatch(r"\s*and\s+(?:[A-Z][\w-]*+\s*){1,3}", chunks[len(chunks) - position - 2][1]) and \
                (first := parse_subject(chunks[len(chunks) - position - 3][1].strip(), places)) is not None and \
                first.kind in ("person", "surname"):
            # `Cllr Sam Bray, and Chief Constable, Lee Fry, pledged`: the first named, as a joint subject is read
            start3, chunk3 = chunks[len(chunks) - position - 3]
            return first, offset + start3 + len(chunk3) - len(chunk3.lstrip())
        if not is_first and not clause and re.match(r"an?\s", text) and _names_a_person(
                chunks[len(chunks) - position - 2][1], places):
            continue  # `Ms Baird, a former Labour MP, said`: an apposition describing the name before it
        if not is_first and not clause and BODY_NAME_RE.fullmatch(text) \
                and (body := parse_subject(text, places)) is not None and body.kind == "organisation" and \
                _names_a_person(chunks[len(chunks) - position - 2][1], places) and \
                len(chunks[len(chunks) - position - 2][1].split()) >= 2:
            continue  # `Det Supt Dan Quinn, Cumbria Constabulary, said`: the officer, with his force after the name
            # (`Mo Byatt, Community Safety Lead at Wexley Council, said`: his title at a body, the same)
        if not is_first and not clause and position + 2 < len(chunks) and BODY_NAME_RE.fullmatch(text) and \
                BARE_ROLE_RE.fullmatch(chunks[len(chunks) - position - 2][1]) and \
                _names_a_person(chunks[len(chunks) - position - 3][1], places):
            continue  # `Jo Bell, chairman, Wexley Police and Crime Panel, said`: the chairman, not the panel
        if not is_first and not clause and BARE_ROLE_RE.fullmatch(chunk) and \
                _names_a_person(chunks[len(chunks) - position - 2][1], places):
            continue  # (and `chairman` between his name and his body is his role, read with the name)
        if not is_first and not clause and (re.match(r"(?:who|which|whose|where|\d{1,3}$)", text) or
                                            text[:1].islower() and not GENERIC_ORG_RE.search(text)
                                            and not INDEFINITE_RE.search(text) and not PRONOUN_RE.search(text)
                                            and not re.search(r"spokes(?:man|woman|person)$", text)
                                            and not DOCUMENT_OF_RE.fullmatch(text)  # `..., a Police Scotland report`
                                            and not SPOKES_RE.search(text)  # `a spokesperson for X` speaks
                                            and not SPOKES_BEFORE_RE.search(text)):  # `a Downing Street spokeswoman`
            named = parse_subject(text, places)
            if named is not None and named.kind == "unknown":  # `..., the man in charge of Tayside insists`
                return named, at
            if named is not None and named.kind == "person" and re.search(
                    r"\b(?:to|for|with|from|by)\s", text[:max(0, text.find(named.name.split()[0]))]) and \
                    not (position == 0 and text.startswith("with ")):  # (`..., with Cllr X saying:`: X speaks)
                continue  # `Paul Butler, chief financial officer to commissioner Mark Shelford, said`: an object
                # (but `mayor of Launceston Cllr Ann Hale told`: the mayor)
            # `the federation head Craig O'Leary, says`; `..., the Police Federation says`
            # `the Police Federation` (or its document), not `the Unison organiser for Y Police`
            body_itself = named is not None and re.fullmatch(
                r"the\s+" + re.escape(named.name) + r"(?:[’']s(?:\s[^,]*)?)?", text)
            if named is not None and (named.kind == "person" and named.role or named.kind == "organisation"
                                      and body_itself):
                return named, at
            before_it = chunks[len(chunks) - position - 2][1] if position + 1 < len(chunks) else ""
            if named is not None and named.kind == "role-person" and not _names_a_person(before_it, places):
                # `CLAIM, the Dyfed Powys Commissioner has stated.` (but `Tony Cox, the council leader, said`)
                return named, at
            continue
        ref = parse_subject(text, places) or _before_relative(text, places)
        if not is_first and ref is not None and ref.kind in ("person", "surname") and \
                (writer := WROTE_TO_RE.match(earlier := chunks[len(chunks) - position - 2][1])) and \
                OBJECT_BEFORE_RE.search(earlier + " ") and \
                (who := parse_subject(writer.group("who"), places)) is not None:
            # `He made an appeal to the commissioner, Ann Rowe, saying`: she is whom he appealed to
            return who, offset + chunks[len(chunks) - position - 2][0] + writer.start("who")
        if not is_first and not clause and ref is not None and ref.kind == "single" and any(
                _names_a_person(earlier, places) for _, earlier in chunks[:len(chunks) - position - 1]):
            continue  # `Jo Bell, a councillor for Hill ward, Mitcham, said`: the end of her apposition, a place
        if ref is not None and ref.kind in ("organisation", "person", "surname") and ref.name in text and \
                OBJECT_BEFORE_RE.search(lead := text[:text.find(ref.name)]) and not SPEAKS_FOR_RE.search(lead) and \
                not (position == 0 and text.startswith("with ")):
            if (writer := WROTE_TO_RE.match(lead)) and (who := parse_subject(writer.group("who"), places)) is not None \
                    and who.kind in ("person", "surname", "organisation"):
                return who, at  # `Mr Grunshaw has written to Mrs Patel asking for`: the writer asks
            continue  # `In a report before the Police and Crime Panel, X said`: the panel is no subject
        if not is_first and (ref is None or ref.kind == "organisation" and _is_title(text)
                             and not SPOKES_RE.search(text) and not SPOKES_BEFORE_RE.search(text)
                             # `Tony Cox, Kent's Commissioner, said` (but `CLAIM, Kent's crime commissioner said`)
                             or ref.kind in ("role-person", "next-person")  # (`X, Wexley's top officer, said`)
                             and _names_a_person(chunks[len(chunks) - position - 2][1], places)
                             or ref.kind == "person" and _is_title(text)
                             and re.search(r"\b(?:for|of|on|at)\s", text[:text.find(ref.name)])
                             and not (text.endswith(ref.name) and ref.name.split()[0] in FIRST_NAMES)
                             # `Tom Rudd, Hill Vale and Ashby Conservative MP, said`: his seat and title
                             or ref.kind == "person" and text.split()[-1] in ("MP", "MSP", "MS", "AM", "MLA", "MEP")
                             and _names_a_person(chunks[len(chunks) - position - 2][1], places)):
            # `Ruth Dale, MP for Northtown and Westvale, said`: a title after the name (but `HM Inspector for the
            # Eastern Area Ann Rowe` ends in a name, and is the subject)
            continue
        if ref is not None and ref.kind == "pronoun":  # `X is closing desks because it says`: the pronoun's place
            return ref, offset + start + len(chunk.rstrip()) - len(chunk.split()[-1])
        return ref, at
    return None, offset


# the subject's own relative clause, unmarked by a comma: `Special Sergeant Sam Steel who organised the raids`
WHO_LEAD_RE = re.compile(r"\s*(?P<who>(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'-]*)\s+who\s")
CLAUSE_START_RE = re.compile(r"\s*(?:and|but|while|as|after|before|when|since|because|until|though|although|"
                             r"despite)\s")
HONORIFIC_ALT = "(?:" + "|".join(sorted(HONORIFICS)) + ")"
# a clause inside a piece of the subject: `... while the force confirmed`, `... was known for A and Mr Y says`
INNER_CLAUSE_RE = re.compile(r"\s(?:but|while|whereas|after|because|when|since|although|though)\s+|"
                             r"\s[-–—]?\s*and\s+(?=the\s|one\s+of\s|" + HONORIFIC_ALT + r"\s)")
# `Speaking after the report came out Baroness Hughes said`: a titled name just before the verb, after a clause
TITLED_TAIL_RE = re.compile(r"\b(?P<prev>[a-z]+)\s+(?P<who>" + HONORIFIC_ALT +
                            r"\s+(?:[A-Z][\w’'-]*+\s+){0,2}[A-Z][\w’'-]*+)\s*$")
NOT_A_CLAUSE_END = {"to", "for", "with", "from", "by", "of", "on", "at", "about", "against", "and", "or", "before",
                    "into", "towards", "the", "told", "asked", "thanked", "urged", "than", "as"}
# `told the Home Secretary, Kay Pike, that`, `told the panel, which met on Monday, that`: who heard it, then the claim
LISTENER_NAMED_RE = re.compile(r"\s+[^,.;:\x00“”\"]{1,60}?,\s+[^,.;:\x00“”\"]{1,60}?,\s+that,?\s+")
BODY_NAME_RE = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|at))*")  # `Wexley Police and Crime Panel`
ANONYMOUS_RE = re.compile(r"\b(?:anonymity|anonymously|not to be named|not wish to be named|not want to be named|"
                          r"not be named|declined to be named|refused to be named)\b")
BARE_ROLE_RE = re.compile(r"\s*(?:[a-z]+\s+){0,2}(?:chairman|chairwoman|chair|chief executive|leader|secretary|"
                          r"director|president|treasurer|convener|convenor|clerk)\s*")


def _first_of_joint(chunks: list[tuple[int, str]], text: str, places: set[str]) -> tuple[Ref, int] | None:
    """`commissioner Ann Rowe, deputy chief constable Ed Pike and federation chairman Sam Cole said`, `Kent Police
    and the Home Office said`: people or bodies named together speak as one, and the first named stands for them
    (benchmarks/READING_GUIDE.md). Each `and` is tried in turn, so that one inside a name (`Police and Crime
    Commissioner Tony Lloyd and Sir Peter Fahy`) does not hide the one between the two names."""
    if (pair := SHARED_SURNAME_RE.search(text)) and pair.group("first") in FIRST_NAMES and \
            pair.group("second") in FIRST_NAMES:  # `residents Andrew and Sarah Kerr told`: Andrew Kerr, named first
        ref = parse_subject(f"{pair.group('first')} {pair.group('surname')}", places)
        if ref is not None and ref.kind == "person":
            return ref, chunks[-1][0] + chunks[-1][1].rfind(pair.group())
    whole = parse_subject(text, places)
    one_name = whole is not None and whole.kind == "organisation" and re.search(r"\s(?:and|&)\s", whole.name)
    for joint in itertools.islice(re.finditer(r"\s+and\s+", text), MAX_JOINED):
        a, b = text[:joint.start()], text[joint.end():]
        if one_name and not _names_a_body(a, places):
            continue  # `the Scottish Fire and Rescue Service`: one body's name (but `Wexley Council and X Police`)
        if a.strip() and "," not in b and (found := _joint_of(chunks, a, b, places)) is not None:
            return found
    return None


MAX_JOINED = 4  # `and`s tried in one piece of a subject
SHARED_SURNAME_RE = re.compile(r"(?:^|\s)(?P<first>[A-Z][a-z]+)\s+and\s+(?P<second>[A-Z][a-z]+)\s+"
                               r"(?P<surname>[A-Z][\w’'-]+)$")  # two first names, one surname: a couple


def _joint_of(chunks: list[tuple[int, str]], a: str, b: str, places: set[str]) -> tuple[Ref, int] | None:
    """The first named of `A and B`, when A and B are two people or two bodies (or a person and a body)."""
    names = next((test for test in (_names_a_person, _names_a_body) if test(a, places) and test(b, places)), None)
    if names is None and _names_a_person(a, places) and not party_in(a) and \
            (other := parse_subject(b.strip(), places)) is not None and \
            other.kind in ("organisation", "role-person", "generic-org"):
        # `Mayor Andy Preston and the leader of the Police Federation have called for`: the person named first
        return parse_subject(a.strip(), places), chunks[-1][0] + chunks[-1][1].find(a)
    if names is None and _names_a_body(a, places) and _names_a_person(b, places) and not party_in(a) and \
            not re.match(r"\s*(?:Crime|Rescue|Fire|Justice|Communities)\b", b) and \
            not re.match(r"\s*(?:[A-Z][\w’'-]*+\s+){1,3}(?!and\b|of\b|for\b|the\b)[a-z]", b):
        # `Wexley Police and Police and Crime Commissioner Ann Rowe agreed`: the body named first (but `Wexley
        # Police and Crime Commissioner X` is one title, `Scottish Conservative and Unionist MSP X` one party,
        # `Police Federation of England and Wales chair X` his body's name and his role in it)
        return parse_subject(a.strip(), places), chunks[-1][0] + chunks[-1][1].find(a)
    if names is None or names is _names_a_person and party_in(parse_subject(a.strip(), places).name):
        return None  # `Scottish Conservative and Unionist MSP Sharon Dowey`: one party's name (but `Labour leader
        # Sam Hill and Ann Cole said` names two people, the first with his party)
    first = None
    for start, chunk in reversed(chunks[:-1]):  # earlier names in the list: `A, B and C`
        if not names(chunk, places) or names is _names_a_person and re.match(r"\s*an?\s|\s*the\s", chunk):
            break
        first = (start + len(chunk) - len(chunk.lstrip()), chunk)
    if first is None:
        last_start, last = chunks[-1]
        first = (last_start + len(last) - len(last.lstrip()) + last.lstrip().find(a.strip()), a)
    return parse_subject(first[1].strip(), places), first[0]


def _names_a_body(chunk: str, places: set[str]) -> bool:
    """`Kent Police`, `the Home Office`: a body by its name (`Devon` in `Devon and Cornwall Police` is not one)."""
    ref = parse_subject(chunk.strip(), places) if chunk.strip() else None
    return ref is not None and (ref.kind == "organisation" or ref.kind == "generic-org" and  # `the police authority`
                                re.match(r"\s*the\s", chunk) is not None) and not _is_title(chunk) and \
        not re.match(r"\s*(?:the\s+)?(?:Crime|Rescue|Justice|Wales)\b", chunk)  # `Police and Crime Panel`


def _names_a_person(chunk: str, places: set[str]) -> bool:
    ref = parse_subject(chunk.strip(), places) if chunk.strip() else None
    return ref is not None and ref.kind in ("person", "surname")


# a relative clause naming its own speaker just before the verb: `which the force says`, `which he said`
RELATIVE_SUBJECT_RE = re.compile(r"(?:^|\s)(?:which|that)\s+(?P<who>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5})$")
RELATIVE_KINDS = ("person", "surname", "organisation", "pronoun", "generic-org", "role-person")


def _names_someone(text: str) -> bool:
    """Whether the text names a person: a known first name, or a title and a two-word name (`Secretary Tess Mayne`)."""
    return any(w in FIRST_NAMES for w in re.findall(r"[A-Z][a-z]+", text)) or \
        bool(re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text))


def _before_relative(text: str, places: set[str]) -> Ref | None:
    """`A force that meant to cut 40 posts has said`: the subject is the noun before `that`."""
    m = re.match(r"(.{2,60}?)\s+(?:that|who|which)\s", text)
    return parse_subject(m.group(1), places) if m else None


def _is_title(chunk: str) -> bool:
    """`Liberal Democrat Group Leader on the Council`: a role, with the body it is held in, after a name."""
    return any(w in ROLE_WORDS or w in ROLE_LOWER for w in chunk.split()[:5])


def _subject_after(after: str, places: set[str]) -> Ref | None:
    m = re.match(r"\s+(?P<np>[^,.;:\x00“”\"]+)", after)
    if not m:
        return None
    ref = parse_subject(m.group("np"), places)
    return ref if ref and ref.kind in ("person", "surname", "organisation", "pronoun", "generic-org", "role-person") \
        else None  # (`..., said the council leader.`: the leader named before or next)


def _claim_span(reading: Reading, m: re.Match, verb_start: int, verb_end: int, s_start: int, s_end: int,
                subject_start: int) -> tuple[int, int] | None:
    narrative = reading.narrative
    rest = narrative[verb_end:s_end]
    if re.fullmatch(r"\s*[,:;]\s*", rest):  # `Carl Foulkes said,` and the quote in the next paragraph
        return None
    if m.group() in ("wrote", "replied", "responded") and re.match(r"\s+to\s", rest):  # `wrote to the force`
        return None
    listeners = re.match(r"([^,.;:\x00“”\"]{0,100}):\s*[“”\"‘’']", rest)  # `told the Courier in an interview: "`
    if listeners and m.group() in ("said", "says", "added", "adds") and CLAIM_BEFORE_COLON_RE.fullmatch(
            listeners.group(1)) and not VERB_RE.search(listeners.group(1)):
        # `He said cuts would leave the town bare: "..."`: a claim, then the quote it introduces
        lead = len(listeners.group(1)) - len(listeners.group(1).lstrip())
        return verb_end + lead, verb_end + len(listeners.group(1).rstrip())
    saying = re.match(r"(\s+(?:that\s+)?)([^.;:\x00“”\"]{4,120}?),\s+saying:?\s*[“”\"]", rest)
    if saying and m.group() in ("said", "says", "added", "adds", "insisted", "argued", "claimed", "stated"):
        # `X said the move was better, saying “...”`: a claim, then the quote (but `posted it, saying: “`: none)
        return verb_end + len(saying.group(1)), verb_end + saying.end(2)
    if listeners and not VERB_RE.search(listeners.group(1)) or re.match(
            r"\s*[:;,]?\s*[“”\"‘’']|\s+(?:in|at|on|to|during|before|after|via|through)\s[^,.;:\x00“”\"]{0,60},\s*[“”\"]",
            rest) or not rest.strip(" .!?") \
            or re.match(r"[^.;:\x00“”\"]{0,120}?,\s+saying:?\s*[“”\"]", rest):
        # `said in his written report, “...`; `posted the news on X, formerly Twitter, saying: “...`: a quote follows
        if not rest.strip(" .!?") and subject_start > s_start:
            return _fronted_claim(narrative, s_start, subject_start)
        return None
    if narrative[s_start] in OPEN_MARKS + STRAIGHT and any(q in narrative[s_start:verb_start] for q in "”\""):
        # `"...," she added, highlighting that 90 posts had gone`: a claim after the quote's tag
        if after := QUOTE_TAG_CLAIM_RE.match(rest):
            return _to_sentence_end(narrative, verb_end + after.end(), s_end)
        return None  # `"...," he said.`: a direct quote's attribution
    if subject_start > s_start and not m.group("claim") and FRONTED_TAIL_RE.fullmatch(narrative, verb_end, s_end) \
            and narrative[s_start:subject_start].rstrip().endswith(",") and \
            (fronted := _fronted_claim(narrative, s_start, subject_start)):
        return fronted  # `CLAIM, the force announced on Tuesday ...` (but `Meanwhile, he said in ...`: after it)
    if m.group("claim"):
        start = verb_start
        if that := re.match(r"\s+that\s+", rest):
            start = verb_end + that.end()
        elif " ".join(m.group().split()) in OBJECT_CLAIM_VERBS:  # `pledged 50 more officers`: what was pledged
            start = verb_end + len(rest) - len(rest.lstrip())
    elif rest.startswith(",") and subject_start - s_start > 3 and narrative[subject_start - 2:subject_start] == ", ":
        start = s_start  # `The public, he said, would notice ...`: the claim is the whole sentence
        if SENTENCE_ADVERB_RE.fullmatch(narrative, s_start, subject_start - 2):
            start = verb_end + len(rest) - len(rest[1:].lstrip())  # `Even so, she said, the police had ...`
    else:
        told = m.group() in ("told", "tells", "reassure", "reassured", "assured", "informed", "reminded")
        if told and (re.fullmatch(r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5}\s*[,:.]?\s*", rest) or
                     (listeners := LISTENERS_RE.match(rest)) and not rest[listeners.end():].strip(" ,:.")):
            if subject_start > s_start and narrative[s_start:subject_start].rstrip().endswith(","):
                return _fronted_claim(narrative, s_start, subject_start)  # `CLAIM, the commissioner told the BBC.`
            return None  # `He told the Post,` and the quote in the next paragraph
        warned = m.group() in ("warned", "warns")  # `warned residents in Lincolnshire that, unless ...`
        skip = re.match(r"\s+(?:[^,\x00“”\"]{0,60}?\s)??that,?\s+", rest) if told or warned else None
        skip = skip or (LISTENER_NAMED_RE.match(rest) if told else None)
        # `told the Local Democracy Reporting Service residents of ...`: the listener, then the claim
        skip = skip or (re.match(r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,6}", rest) if told else None)
        skip = skip or (LISTENERS_RE.match(rest) if told else None)
        skip = skip or TIME_THAT_RE.match(rest) or PLACE_THAT_RE.match(rest) or TIME_FIRST_RE.match(rest) or \
            DASH_ASIDE_RE.match(rest)
        skip = skip or re.match(r"[,:]?\s*(?:that\s+)?", rest)
        start = verb_end + skip.end()
        if told and not narrative[start:s_end].strip(" ,:;.\x00"):  # `He told OnTheWight,`: a quote follows
            return None
    if TIME_ONLY_RE.fullmatch(narrative, start, s_end):  # `..., X told MSPs earlier this year.`: claim before X
        return _fronted_claim(narrative, s_start, subject_start) if subject_start > s_start else None
    end = s_end
    if more := CLAIM_ENDS_RE.search(narrative, start, s_end):  # `..., adding: "..."`: a quote of its own follows
        end = more.start()
    if tag := REPORTER_TAG_RE.search(narrative, start, end):  # `..., the Local Democracy Reporting Service said.`
        end = tag.start()
    while end > start and narrative[end - 1] in " .!?,-–—":
        end -= 1
    return (start, end) if end - start > 3 else None


QUOTE_TAG_CLAIM_RE = re.compile(r"(?:\s+[^,.;:\x00“”\"]{1,40}?)?,\s+(?:highlighting|saying|adding|claiming|insisting|"
                                r"warning|stressing|noting|explaining|pointing out|arguing|revealing)\s+(?:that\s+)?")


def _fronted_claim(narrative: str, s_start: int, subject_start: int) -> tuple[int, int] | None:
    """`CLAIM, a councillor has declared.`: the claim is the sentence before the comma."""
    end = narrative.rfind(",", s_start, subject_start)
    if end <= s_start or narrative[s_start] in OPEN_MARKS + STRAIGHT or SENTENCE_ADVERB_RE.fullmatch(narrative, s_start,
                                                                                                    end):
        return None  # (`Meanwhile, she said`: no claim before the comma)
    return s_start, end


def attribute_claims(reading: Reading, paras: list[tuple[int, int]], quotes: list[Quoted]) -> list[Row]:
    """Every quote and reported claim, in reading order, with its speaker (an index into reading.entities)."""
    rows: list[Row] = []
    last_direct: Quoted | None = None
    introduced: tuple | None = None  # `He told the Post,` ending the paragraph before: who speaks next
    spoke_in = -2  # the paragraph where someone last spoke
    by_paragraph: dict[int, list[Quoted]] = {}
    for q in quotes:
        by_paragraph.setdefault(q.para, []).append(q)
    for index, (p_start, p_end) in enumerate(paras):
        attributions = []
        unresolved = False  # a verb of saying in the paragraph whose subject names nobody known
        for s_start, s_end in sentence_spans(reading.narrative, p_start, p_end):
            _register_documents(reading, s_start, s_end)
            for found in _attributions_in(reading, s_start, s_end):
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
                if not DOCUMENT_RE.search(reading.narrative, max(s_start, found.verb_start - 60), found.verb_end):
                    # (statistics `according to analysis by the Commons Library` are no speaker a later quote can be)
                    reading.speakers_seen.append(speaker)
                    spoke_in = index
                    spokes = SPOKES_WORD_RE.search(reading.narrative, found.subject_start, found.verb_start)
                    if spokes and reading.entities[speaker].kind == "organisation":
                        reading.spokes[speaker] = {"man": "m", "woman": "f"}.get(spokes.group(1), "")
                    else:
                        reading.spokes.pop(speaker, None)
                attributions.append((s_start, s_end, found, speaker, note))
                for claim in _claims_joined_by_and(reading.narrative, found.claim):
                    rows.append(Row("reported", *claim, speaker, note))
                    reading.claims.append((*claim, speaker))
                for noun in DOCUMENT_NOUN_RE.findall(reading.narrative, s_start, found.verb_end):
                    reading.documents[noun.lower()] = speaker  # `In a joint statement, X said`: X's statement
        # verbs that introduce direct quotes (`"...," she added, highlighting that ...` too: its claim follows)
        introducing = [a for a in attributions
                       if a[2].claim is None or reading.narrative[a[0]] in OPEN_MARKS + STRAIGHT
                       or re.match(r"\s*:\s*[\x00“\"]", reading.narrative[a[2].claim[1]:a[2].claim[1] + 4])
                       and not VERB_RE.search(reading.narrative, a[2].claim[0], a[2].claim[1])]
        for q in by_paragraph.get(index, []):
            if q.kind == "partial":
                rows += _partial_row(reading, q, attributions)
                continue
            if introduced is not None and q.open_at == p_start and not attributions and not q.continues:
                attributions = [introduced]  # the quote that opens this paragraph is the one introduced
                introducing = attributions
            speaker, note = _direct_speaker(reading, q, introducing, last_direct, unresolved, index - spoke_in)
            if speaker is None and not note:
                note = "Who said this? No speaker is named for this quote; the speaker is left blank to fill in."
            q.speaker, q.note, last_direct = speaker, note, q
            spoke_in = index if speaker is not None else spoke_in
            rows.append(Row("direct", q.start, _direct_end(reading.text, q), speaker, note))
        last = attributions[-1] if attributions else None
        introduced = last if last is not None and last[2].claim is None and last[3] is not None and not any(
            q.open_at > last[2].verb_end for q in by_paragraph.get(index, [])) else None
    return _others_named_first(reading, _echoed_partials(reading, rows))


def _others_named_first(reading: Reading, rows: list[Row]) -> list[Row]:
    """A speaker read with confidence from a sentence that names someone else before the claim (`A and B said`,
    `A wrote to B asking for`): noted, so the reviewer checks the choice. Other people always count; other bodies only
    when the speaker is a body, and never the speaker's own (`X, chairman of Wexley Police Federation, said`)."""
    ordered = [sorted(e.mentions) for e in reading.entities]
    for i, row in enumerate(rows):
        if row.speaker is None or row.note:
            continue
        others = reading.others_in_sentence(row.speaker, row.start, ordered)
        if others:
            names = " and ".join(reading.entities[o].name for o in others[:2])
            rows[i] = Row(row.kind, row.start, row.end, row.speaker,
                          f"Check who said it: its sentence also names {names} before it; read as "
                          f"{reading.entities[row.speaker].name}.")
    return rows


def _echoed_partials(reading: Reading, rows: list[Row]) -> list[Row]:
    """A quoted phrase with no speaker in its sentence (`Officers enjoyed a "productive week"`) whose words one
    speaker says in a quote of their own in the article (`"It has been a productive week," said Insp Lee`): theirs,
    noted as inferred. Single words (`tiny`) and phrases two speakers say stay blank."""
    said: dict[int, str] = {}  # each speaker's direct quotes, joined: one search per speaker, not per quote
    for r in rows:
        if r.kind == "direct" and r.speaker is not None:
            said[r.speaker] = said.get(r.speaker, "") + "\x00" + reading.text[r.start:r.end].casefold()
    for i, row in enumerate(rows):
        words = reading.text[row.start:row.end].strip(" .,;:").casefold()
        if row.kind != "partial" or row.speaker is not None or len(words.split()) < 2:
            continue
        holders = {speaker for speaker, quotes in said.items() if words in quotes}
        if len(holders) == 1:
            speaker = holders.pop()
            rows[i] = Row("partial", row.start, row.end, speaker,
                          f"No speaker in its sentence; {reading.entities[speaker].name} says these words in a quote "
                          "of their own in the article: read as theirs (attribution inferred); check it.")
    return rows


# `the commissioner’s report concludes`, `a motion by Cllr Ann Lee`: whose document a later `The report states` is
DOCUMENT_OWNER_RE = re.compile(rf"\b(?:(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w-]*+\s+){{0,4}}?[\w-]+)(?:’s|'s)\s+"
                               rf"(?P<noun>{DOCUMENT_NOUNS})|(?:[Aa]n?|[Tt]he)\s+(?P<noun2>{DOCUMENT_NOUNS})\s+"
                               rf"(?:by|from)\s+(?P<owner2>(?:the\s+)?(?:[A-Z][\w-]*+\s*){{1,5}}|the\s+[a-z]+))\b")


def _register_documents(reading: Reading, s_start: int, s_end: int) -> None:
    for m in DOCUMENT_OWNER_RE.finditer(reading.narrative, s_start, s_end):
        owner, noun = (m.group("owner"), m.group("noun")) if m.group("noun") else (m.group("owner2"), m.group("noun2"))
        ref = parse_subject(owner.strip(), reading.known_places)
        if ref is not None and ref.kind in ("person", "surname", "organisation", "role-person", "generic-org"):
            if (found := reading.peek(ref, m.start())) is not None:
                reading.documents[noun.lower()] = found


SECOND_CLAUSE_RE = re.compile(r",?\s+(?:after|while|whereas|but|and|as|although|though|however,?)\s+"
                              # `Speaking after X announced that A, Jo Bell said B`: a named speaker after the comma
                              r"|,\s+(?=(?:[A-Z][\w’'-]*\s+){1,4}(?:said|says|added|warned|insisted)\s)")
MAX_SECOND_CLAUSES = 4  # joining words tried inside one claim


def _attributions_in(reading: Reading, s_start: int, s_end: int) -> list[Attribution]:
    """The sentence's attribution, and a second one inside its claim that names its own speaker: `X claimed his
    words were misread after Chief Constable Y denied 400 officers could go` is X's claim, then Y's."""
    found = find_attribution(reading, s_start, s_end)
    if found is None:
        return []
    if found.claim is None:  # `X responded to him, asking why ..., but Mr Y said A`: Y's claim after X's verb
        second, _ = _second_attribution(reading, found.verb_end, s_end, s_end, ("person", "surname"), quoting=False)
        return [found, second] if second else [found]
    start, end = found.claim
    second, at = _second_attribution(reading, start, end, s_end, ("person", "organisation", "generic-org"),
                                     quoting=True)
    if second is None or at - start <= 3:
        return [found]
    return [Attribution(found.ref, found.verb_start, found.verb_end, (start, at), found.subject_start), second]


def _second_attribution(reading: Reading, start: int, end: int, s_end: int, kinds: tuple[str, ...],
                        quoting: bool) -> tuple[Attribution | None, int]:
    """The first clause in [start, end) (after `and`, `but`, `while` ...) whose own subject of one of `kinds` says
    something, and where its joining word starts; with `quoting`, one that introduces a quote counts too
    (`... and chairman X said, “...`)."""
    for count, m in enumerate(SECOND_CLAUSE_RE.finditer(reading.narrative, start, end)):
        if count == MAX_SECOND_CLAUSES:
            break
        second = _verb_attribution(reading, m.end(), end, s_end)
        if second is None or second.subject_start != m.end() or second.ref.kind not in kinds:
            continue
        if second.claim is not None or quoting and re.match(
                r"\s*[,:]?\s*[“\"]", reading.narrative[second.verb_end:second.verb_end + 4]):
            return second, m.start()
    return None, end


AND_VERB_RE = re.compile(rf"(?:(?:,|\s+[-–—])?\s+(?:and|but|although|though|whereas)\s+"  # (`A – but warned B`)
                         rf"(?:(?:he|she|they|it)\s+)?(?:has\s+|have\s+)?"
                         rf"(?:(?:also|again|therefore|still)\s+)?"  # (`A, but again insisted B`)
                         rf"(?:(?P<claim>{CLAIM_VERBS})|"
                         rf"(?P<say>{'|'.join(SAY_VERBS)}))"
                         r"|,\s+(?:(?P<claiming>accusing|urging|calling for|calling on|describing|arguing that)|"
                         r"claiming|saying|insisting|arguing|warning|stating|noting|explaining|pointing out|adding|"
                         r"predicting|estimating|hinting|suggesting|stressing|confirming|acknowledging|conceding|"
                         r"admitting|emphasising|emphasizing|maintaining|recalling|revealing|indicating)|"
                         r"\s+saying(?=\s+(?:that\s+)?(?:he|she|they|it|the|there)\s)|"  # `A saying he B`
                         r",?\s+after (?:revealing|announcing|claiming|saying|confirming|warning)|"
                         r"\s+[–—-]\s+(?:indicating|saying|adding|claiming|insisting|warning)|"
                         r",?\s+and(?=\s+that\b)|"  # `said A, and that B`
                         # `blamed a shortfall, which he said will cost 90 posts`: what he said of it, a second claim
                         r"(?:,|\s+[-–—])\s+which\s+(?:he|she|they|it|(?:[A-Z][\w’'-]+\s+){1,3}?)\s*(?:said|says|"
                         r"claimed|claims|warned|warns|believes|believed|insisted|insists|argued|argues)|"
                         r"\s+which\s+(?:he|she|they)\s+(?:said|says|claimed|claims|believes|believed)(?=\s+(?:is|are|was|"
                         r"were|has|have|had|will|would|could)\b)|"  # `falling numbers which he said is leading to B`
                         r",?\s+but(?=\s+that\s+(?:the|a|an|it|he|she|they|there|we|people|[A-Z]))|"  # `A but that B`
                         # `A, Mr Bailey said, but B`; `A, she confirmed, but added B`
                         r",\s+(?:he|she|they|it|(?:Mr|Mrs|Ms|Dr|Cllr)\s+[A-Z][\w’'-]+)\s+(?:said|says|added|confirmed|"
                         r"stressed|explained|warned|insisted)(?:(?=,\s+(?:but|and)\s+(?:added|said|warned|insisted)\b)|"
                         r",\s+(?:but|and)(?=\s))|"
                         r"\s+by (?:pointing out|saying|arguing|claiming|insisting))\b"
                         r"(?:\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?=that\b))?"  # `but told Assembly Members that`
                         r"(?:\s*that\b)?\s*")


MAIN_SAID_RE = re.compile(r",\s+(?:has\s+|have\s+)?(?:also\s+)?(?:said|says|added|warned|insisted)(?!\s+to\b)"
                          r"(?:\s+that)?(?:\s+|\s*$)")


def _claims_joined_by_and(narrative: str, claim: tuple[int, int] | None) -> list[tuple[int, int]]:
    """`said he was "pleased" with the recruits and stated his support for ...`: two claims, the second
    from its verb (a claim verb) or after it (a verb of saying)."""
    if claim is None:
        return []
    claims, (start, end) = [], claim
    # `defended the number of officers, adding there has been investment`: one claim (but `said A, adding B`: two)
    judged = (verb := VERB_RE.match(narrative, start)) is not None and verb.group("claim") is not None
    if judged and (said := MAIN_SAID_RE.search(narrative[:end], start)) and said.start() - start >= 4:
        # `Jo Bell, who defended the plan, said it would fail`: what she defended, then what she said
        return [(start, said.start()), *(_claims_joined_by_and(narrative, (said.end(), end)) if end - said.end() > 3
                                         else [])]  # (`..., said: "..."`: the quote is a row of its own)
    search = start
    while (m := AND_VERB_RE.search(narrative, search, end)) and end - m.end() >= 4:
        if judged and m.group().lstrip(" ,").startswith("adding"):
            search = m.end()
            continue
        if m.start() - start >= 4:  # `said A and admitted B, but said that C`: three claims
            claims.append((start, m.start()))
        start = m.start("claim") if m.group("claim") and m.group("claim") not in OBJECT_CLAIM_VERBS else \
            m.start("claiming") if m.group("claiming") else m.end()
        if m.group("say") in ("told", "tells") and (heard := LISTENERS_RE.match(narrative, m.end("say"))) and \
                end - heard.end() >= 4:
            start = heard.end()  # `said A and told the cabinet B`: the listeners are no part of B
        search = start
    return claims + [(start, end)]


def _direct_end(text: str, q: Quoted) -> int:
    end = q.end
    while end > q.start and (text[end - 1].isspace() or (text[end - 1] == "," and q.close_at is not None)):
        end -= 1
    return end


def _nearest_attribution(narrative: str, q: Quoted, attributions: list) -> tuple | None:
    """Of a paragraph's attributions that introduce quotes (in reading order), the one for this quote: the one right
    after it (`"...," Y added`), else the verb nearest before it in its sentence or paragraph (`X said: "..." Y told
    councillors: "..."`), else the first in its sentence or paragraph. Bisection keeps a paragraph of thousands of
    quotes linear-logarithmic."""
    if not attributions:
        return None
    at = bisect.bisect_right(attributions, q.open_at, key=lambda a: a[0]) - 1
    candidates = attributions[at:at + 1] if at >= 0 and q.open_at < attributions[at][1] else attributions
    k = bisect.bisect_right(candidates, q.close_at if q.close_at is not None else len(narrative),
                            key=lambda a: a[2].verb_start)
    if q.close_at is not None and k < len(candidates) and \
            re.fullmatch(r"[^.!?:;“”\"\x00]{0,60}", narrative[q.close_at + 1:candidates[k][2].verb_start]):
        return candidates[k]
    k = bisect.bisect_right(candidates, q.open_at, key=lambda a: a[2].verb_end) - 1
    return candidates[k] if k >= 0 else candidates[0]


def _direct_speaker(reading: Reading, q: Quoted, attributions: list, last: Quoted | None,
                    unresolved: bool, gap: int) -> tuple[int | None, str]:
    """The speaker of a direct quote: the attribution in its sentence or paragraph; else, for a quote that
    continues or stands alone, the last speaker, but only when nobody else has been named since."""
    if q.continues and last is not None:
        return last.speaker, last.note
    chosen = _nearest_attribution(reading.narrative, q, attributions)
    if chosen is not None:
        return chosen[3], chosen[4]
    if unresolved:
        return None, ("Who said this? The paragraph names a speaker the draft could not read; the speaker is left "
                      "blank to fill in.")
    if not reading.speakers_seen or reading.speakers_seen[-1] is None:
        return None, ""
    speaker = reading.speakers_seen[-1]
    if gap > 2:  # a quote standing alone, paragraphs after the last speaker spoke: a guess across them is no reading
        return None, (f"Who said this? No speaker is named in this paragraph or the one before; "
                      f"{reading.entities[speaker].name} spoke last, {gap} paragraphs up; the speaker is left blank "
                      "to fill in.")
    rivals = reading.named_between(speaker, q.open_at, "")
    if rivals:
        return None, (f"Who said this? No speaker is named in the paragraph; {reading.entities[speaker].name} spoke "
                      f"last, but {reading.entities[rivals[0]].name} is named since; the speaker is left blank to "
                      "fill in.")
    if any(reading.paragraph_start(q.open_at) <= m < q.open_at for m in reading.entities[speaker].mentions):
        # `X congratulated the recruits, adding: "..."`: named in the paragraph, but not by a verb for this quote
        return speaker, (f"No verb names this quote's speaker; read as {reading.entities[speaker].name}, who speaks "
                         "earlier in the paragraph (attribution inferred).")
    return speaker, (f"No speaker named in the paragraph; read as {reading.entities[speaker].name}, the last "
                     "speaker (attribution inferred).")


AGENT_AS_RE = re.compile(r"\b(?:described|branded|labelled|called|dubbed|termed)\s+by\s+"
                         r"(?P<who>[^,;:.“”\"\x00]{2,60}?)\s+as\s*$")


def _partial_row(reading: Reading, q: Quoted, attributions: list) -> list[Row]:
    if (agent := AGENT_AS_RE.search(reading.narrative, max(0, q.open_at - 120), q.open_at)) and \
            (ref := parse_subject(agent.group("who"), reading.known_places)) is not None and \
            ref.kind in ("person", "surname", "organisation"):
        speaker, note = reading.resolve(ref, agent.start("who"))  # `the budget, described by Mrs Lee as "..."`
        if speaker is not None:
            return [Row("partial", q.start, q.end, speaker, note)]
    around = [a for a in attributions if a[0] <= q.open_at < a[1]]
    # `X warned A, but Sgt Y insists it is 'early days'`: the claim holding the words, the innermost if two do
    holding = [a for a in around if a[2].claim and a[2].claim[0] <= q.open_at < a[2].claim[1]]
    if holding:
        chosen = max(holding, key=lambda a: a[2].claim[0])
        return [Row("partial", q.start, q.end, chosen[3], chosen[4])]
    if around and q.close_at is not None and around[0][2].verb_start > q.close_at and \
            VERB_RE.search(reading.narrative, around[0][0], q.open_at):
        # `Opposition parties described the cuts as "alarming", with X saying: "..."`: the words are the verb's
        # before them, whose subject was no one speaker; X's verb comes after them
        return [Row("partial", q.start, q.end, None, "Who said this? The words follow a verb of saying whose speaker "
                    "the draft could not name; the speaker named later in the sentence may not be theirs; the speaker "
                    "is left blank to fill in.")]
    if around:
        return [Row("partial", q.start, q.end, around[0][3], around[0][4])]
    words = reading.text[q.start:q.end].split()
    if len(words) < 2 or all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        reading.unsure.append(f"Quote marks with no speaker in their sentence (a title or scare quotes?), left out: "
                              f"{reading.text[q.start:q.end]!r} at {q.start}")
        return []
    if (subject := _sentence_subject(reading, q.open_at)) is not None:
        speaker, name = subject  # `Kent Police made "dozens of stops"`: the force's words
        return [Row("partial", q.start, q.end, speaker, f"Quoted in a sentence about {name}, its subject, who says "
                    "nothing in it: read as theirs (attribution inferred); check it.")]
    return [Row("partial", q.start, q.end, None, "Who said this? Words quoted in the article's own sentence, with no "
                "speaker named; the speaker is left blank to fill in (or delete the row if they are nobody's).")]


SUBJECT_LEAD_RE = re.compile(r"\s*(?:(?:However|But|And|Meanwhile|Now|Earlier|Later|Yesterday|Today),?\s+)?"
                             r"((?:[A-Z][\w’'.-]*\s+|(?:of|for|and)\s+(?=[A-Z])){1,8}+|"
                             r"[Tt]he\s+(?:force|federation|council|union|constabulary)\s+)"
                             r"(?P<next>[a-z]+)\b")
# after a body, a verb: `Police presence will be` names no subject (after a person's name any word is a verb)
VERB_LIKE_RE = re.compile(r"has|have|is|are|was|were|had|will|would|could|can|may|[a-z]+(?:ed|es|s)")
CLAUSE_WORD_RE = re.compile(r"\b(?:after|as|when|while|because|but|since|although|though|and)\s+")
DETERMINERS = {"His", "Her", "Their", "Its", "Our", "My", "This", "That", "These", "Those", "A", "An"}


def _sentence_subject(reading: Reading, at: int) -> tuple[int, str] | None:
    """The named person or body that opens the sentence holding `at`, if one does (`Devon and Cornwall Police
    carried out ...`, `The federation is seeking ...`), resolved against the article."""
    start = reading._sentence_start(at) + 1  # (the stop or line break before the sentence)
    lead = SUBJECT_LEAD_RE.match(reading.narrative, start, at)
    for clause in list(CLAUSE_WORD_RE.finditer(reading.narrative, start, at))[-1:]:
        # `The force grew after Mr Cuthbert took the "difficult decision"`: the clause's own subject, if it names one
        lead = SUBJECT_LEAD_RE.match(reading.narrative, clause.end(), at) or lead
    if lead is None or lead.group(1).split()[0] in DETERMINERS:
        return None
    ref = parse_subject(lead.group(1).strip(), reading.known_places)
    if ref is None or ref.kind not in ("person", "surname", "organisation", "generic-org") or \
            ref.kind in ("organisation", "generic-org") and not VERB_LIKE_RE.fullmatch(lead.group("next")):
        return None
    speaker = reading.peek(ref, lead.start(1))
    if speaker is None or ref.kind == "organisation" and speaker not in reading.speakers_seen:
        return None  # a body that has not spoken (`The Neighbourhood Policing Teams will be based ...`) is no source
    return speaker, reading.entities[speaker].name
