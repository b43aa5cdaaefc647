"""Step 2a: who a capitalised phrase names (a person with a title or role, or an organisation)."""

from __future__ import annotations

import re

from components.drafting.records import Ref
from components.drafting.vocabulary import (
    DAY_LEAD_RE,
    DAYS,
    EVENT_HEADS,
    FEMALE_NAMES,
    FUNCTION_WORDS,
    GENERIC_ORG_RE,
    HONORIFICS,
    INDEFINITE_RE,
    KNOWN_ORG_ACRONYMS,
    MALE_NAMES,
    MONTHS,
    NAMED_GENERIC,
    ORG_HEADS,
    PARTIES,
    PARTY_NAMES,
    PERSON_HEADS,
    PLACE_HEADS,
    PRONOUN_RE,
    ROLE_ACRONYMS,
    ROLE_LOWER,
    ROLE_WORDS,
    SPOKES_BEFORE_RE,
    SPOKES_RE,
    STREET_BODIES,
    STREET_WORDS,
    SURNAMES_TOO,
    UNISEX_NAMES,
    party_in,
)


def _words(phrase: str) -> list[str]:
    """The words of a phrase; a full stop after a word is dropped (`Cllr Alun Lloyd Jones. said`), an initial's
    kept (`J.`)."""
    return [w.rstrip(".") if len(w) > 2 else w for w in re.findall(r"[\w’'&.-]+", phrase)]


def _is_name_word(word: str, known_places: set[str]) -> bool:
    if re.fullmatch(r"[A-Z]\.", word):
        return True  # a middle initial: `Balvinder S. Bains`
    return (word[:1].isupper() and not word.isupper() and word not in ROLE_WORDS and word not in ORG_HEADS
            and word not in PLACE_HEADS and word not in FUNCTION_WORDS and word not in MONTHS and word not in DAYS
            and word.rstrip("’'s") not in known_places and word not in known_places)


DEFINITE_ROLE_RE = re.compile(r"(?i)(?:the|our|their|its|[A-Z][\w-]+(?:’s|'s))\s+(?:[\w’'-]+\s+){0,5}?"
                              r"(?P<head>councillor|MP|commissioner|leader|inspector|superintendent|chairman|"
                              r"chairwoman|chair|mayor|minister|secretary|commander|constable|sergeant|detective|"
                              r"campaigner|officer|chief|peer|politician|MSP|MEP|AM|PC|PCSO|head|assembly member)"
                              r"(?:\s+(?:of|for)\s+[^,]{2,60})?")
LOWER_BODY_SPOKES_RE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<org>(?:[a-z]+\s+){0,2}(?:board|federation|panel|authority|"
                                  r"commission|partnership|trust|association)\s+)(?:spokesman|spokeswoman|spokesperson)")
# `A force spokeswoman said`; `a council officer told the cabinet` (the council's staff speak for it)
FORCE_SPOKES_RE = re.compile(r"(?i)(?:a|an|the)\s+(?P<head>force|police|council|government|union)\s+"
                             r"(?:spokesman|spokeswoman|spokesperson|(?<=council\s)(?:officer|official))")
EVIDENCE_NOUNS = {"figures", "data", "statistics", "research", "report", "survey", "study", "analysis", "police"}
GROUP_RE = re.compile(r"(?:(?:[Tt]he|[Ll]ocal|[Mm]any|[Ss]ome|[Ss]everal|[Oo]ther)\s+)?(?:[A-Z][\w’'-]*\s+)?"
                      r"(?:MPs|MSPs|MLAs|AMs|MEPs|[Cc]ouncillors|[Rr]esidents|[Cc]ampaigners|[Cc]ritics|[Oo]pponents|"
                      r"[Ee]xperts|[Ss]hopkeepers|"
                      r"[Tt]raders|[Pp]eople|[Vv]illagers|[Pp]arents|[Ll]eaders|[Pp]oliticians|[Oo]thers|[Mm]embers|"
                      r"[Bb]usinesses|[Vv]ictims|[Ff]amilies|[Cc]ommunities|[Nn]eighbours|[Ss]hoppers|[Ff]ans)")
PARTY_GROUP_RE = re.compile(r"(?:[Tt]he\s+)?(?P<group>(?:" + PARTY_NAMES +
                            r")\s+(?:opposition\s+)?(?:councillors|MPs|MSPs|AMs|MSs|members))")
NATION_WORDS = {"Scottish", "Welsh", "Irish", "English", "British"}  # before a party: `Scottish Labour`
FIRST_NAMES = (MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES) - SURNAMES_TOO
COMPASS_WORDS = set("North South East West Northern Southern Eastern Western Central Upper Lower Greater Mid Great "
                    "Little County".split())  # words that open a place's name (`County Durham`), never a person's
PARTY_BODIES = {"Liberal Democrat": "Liberal Democrats", "Conservative": "Conservatives", "Labour": "Labour",
                "Green": "Green Party", "Reform UK": "Reform UK", "SNP": "SNP", "Plaid Cymru": "Plaid Cymru"}
GROUP_TITLES = {"MPs", "MSPs", "MEPs", "MLAs", "AMs", "MSs", "Councillors", "Cllrs", "Commissioners"}
POST_NOMINALS = {"MP", "MEP", "MSP", "AM", "MS", "QC", "KC", "OBE", "MBE", "CBE", "QPM", "JP"}
PLACE_PREPOSITIONS = {"for", "in", "at", "of", "from", "near", "across", "around", "outside", "to", "into"}
PERSONAL_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."}
CHAMBERS = {"Parliament", "Assembly", "Senedd", "Commons", "Lords", "Holyrood", "Stormont", "Chamber"}
MAX_NAME_WORDS = 12  # a title, a role and a name; the rest of a longer run of capitals is not read


ROLE_ACRONYM_PERSON_RE = re.compile(
    r"(?:[Tt]he|[Oo]ur)\s+(?:(?:" + PARTY_NAMES + r")\s+)?(?P<role>PCC|MP|MEP|MSP|MS|MLA|AM)|"
    r"(?:[Tt]he\s+)?(?!(?:" + PARTY_NAMES + r")\b)[A-Z][a-z]+(?:[’']s)?\s+(?P<role2>PCC)")
PARTY_OWNS_RE = re.compile(r"(?:(?:Scottish|Welsh)\s+)?(?P<party>"
                           + PARTY_NAMES
                           + r")(?:’s|'s)\s+(?P<rest>[A-Z][^’']*)")
BODY_OWNS_RE = re.compile(r"[A-Z][\w-]*+(?:\s++[A-Z][\w-]*+){0,4}+(?:’s|'s)\s++(?P<rest>[A-Z][^’'\s]*+(?:\s++[A-Z]"
                          r"[^’'\s]*+){1,4}+)")
# `East Renfrewshire’s chief inspector`: a place of two words, then a role in lower case
PLACE_ROLE_RE = re.compile(r"[A-Z][\w-]+\s+[A-Z][\w-]+[’']s\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>inspector|"
                           r"superintendent|commander|councillor|mayor|commissioner|constable|MP|MSP|AM|officer|chief)")
DOCUMENT_NOUNS = r"statement|report|motion|letter|submission|briefing|paper|document"
# `Commissioner Lloyd’s office`: the office of someone the phrase names (not `the Home Office`)
OFFICE_OF_RE = re.compile(r"(?:[Aa]lso,?\s+)?(?P<who>(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)[’']s\s+"
                          rf"(?:press\s+)?(?:office|{DOCUMENT_NOUNS})")  # (`Redmond’s motion stated`: his)
# `In a statement chief constable Crompton said`: a rank in lower case, then a surname
LOWER_RANK_NAME_RE = re.compile(r"(?:^|.*\s)(?P<rank>chief constable|chief inspector|inspector|superintendent|"
                                r"commissioner|sergeant|councillor)\s+(?P<name>[A-Z][\w’'-]+)")
LOWER_RANK_RE = re.compile(r"\b(?:Chief|Detective|Deputy|Assistant|Det|Police)\s+(?P<rank>superintendent|inspector|"
                           r"constable|sergeant|commissioner)\b")


# a compound adjective opening a sentence, before a name: `Cash-strapped`, `Under-fire`, `Newly-elected`
COMPOUND_ADJECTIVE_RE = re.compile(r"^[A-Z][a-z]++-(?:[a-z]{1,20}(?:ed|ing)|hit|fire|time|term)\s++(?=[A-Z])")


def parse_named(phrase: str, known_places: set[str], acronyms: bool = True) -> Ref | None:
    """A capitalised phrase at the end of a subject: a person (with any title or role before the name) or an
    organisation. `Southend District Commander Neil Pudney` -> person Neil Pudney, role Southend District
    Commander."""
    if owned := PARTY_OWNS_RE.fullmatch(phrase.strip()):  # `Plaid Cymru’s Cefin Campbell`: a person of the party
        person = parse_named(owned.group("rest"), known_places, acronyms)
        if person is not None and person.kind == "person":
            return Ref("person", person.name, role=person.role, gender=person.gender,
                       affiliation=PARTIES.get(owned.group("party"), owned.group("party")))
    if (owned := BODY_OWNS_RE.fullmatch(phrase.strip())) and (person := parse_named(
            owned.group("rest"), known_places, acronyms)) is not None and person.kind == "person" and \
            " " in person.name:  # `Wexley First’s Tom Rudd`: a person of the body (by full name), not the body
        return person
    phrase = COMPOUND_ADJECTIVE_RE.sub("", phrase)  # `Cash-strapped Police Scotland announced`: Police Scotland
    # `Chief superintendent Cairns`: a rank written in lower case is still a title
    phrase = LOWER_RANK_RE.sub(lambda m: m.group().replace(m.group("rank"), m.group("rank").capitalize()), phrase)
    phrase = MAJESTY_RE.sub("HerMajesty’s", phrase)  # `Her Majesty’s Inspectorate`: one word, kept whole
    words = [w[:-2] if w.endswith(("’s", "'s")) and w != "HerMajesty’s" else
             w[:-1] if w.endswith(("s’", "s'")) else w  # `Cllr Rob James’ statement`: his, the name is Rob James
             for w in _words(phrase)[-MAX_NAME_WORDS:]]
    skip = next((i for i, w in enumerate(words) if w not in FUNCTION_WORDS), len(words))
    words = words[skip:]
    if not words or words[-1] in STREET_WORDS and " ".join(words[-2:]) not in STREET_BODIES and \
            not (len(words) > 1 and words[-2] in FIRST_NAMES | HONORIFICS | ROLE_WORDS | ROLE_ACRONYMS):
        return None  # `Rose Lane`, `the High Street`: a place, nobody who speaks (but `Mr Lane`, `Michael Lane`)
    tail = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        tail.insert(0, w)
    post = []
    while len(tail) > 2 and tail[-1] in POST_NOMINALS:  # `Ann Lee MP`: letters after a name are a role
        post.insert(0, tail.pop())
    if not tail or len(tail) >= 2 and tail[-1] in EVENT_HEADS and tail[-2] not in HONORIFICS | FIRST_NAMES:
        return None  # `the General Election`, `the Spending Review`: an event, nobody who speaks (but `Tom Day`)
    if len(tail) >= 2 and tail[-2] in ROLE_ACRONYMS and tail[-1] not in FIRST_NAMES and \
            _is_name_word(tail[-1], known_places) and not tail[-1].isupper():
        # `PCC Jones said`, `MS Boyack said`: a title in capitals before a surname
        return Ref("surname", tail[-1], role=" ".join(tail[:-1]), head=tail[-2])
    role_at = max((i for i, w in enumerate(tail) if w in ROLE_WORDS or w in ROLE_ACRONYMS and len(tail) - i > 2
                   or w in GROUP_TITLES and len(tail) - i in (3, 4)),
                  default=-1)  # `Cleveland PCC Barry Coppinger`, `Highlands and Islands MSP Donald Cameron`,
    # `Local MPs Tom Darling (and Kay Voaden)`: the first of several with one title
    while role_at + 4 <= len(tail) and tail[role_at + 1].isupper() and 2 <= len(tail[role_at + 1]) <= 5:
        role_at += 1  # an acronym title before a name: `PCC Roger Hirst`, `PS Gary Lansdale`
    before_tail = words[len(words) - len(tail) - 1] if len(words) > len(tail) else ""
    # `HM Inspector for the Eastern Area Ann Rowe`: the preposition before `the`
    prep = words[len(words) - len(tail) - 2] if before_tail == "the" and len(words) > len(tail) + 1 else before_tail
    if role_at < 0 and prep.lower() in PLACE_PREPOSITIONS and (split := next(
            (i for i in range(1, len(tail) - 1) if tail[i] in FIRST_NAMES and len(tail) - i in (2, 3)), None)) and \
            any(w in ROLE_WORDS or w in ROLE_ACRONYMS or w in PERSON_HEADS for w in words[:len(words) - len(tail)]):
        # `Labour MP for Easton North Ann Rowe`, `Lib Dem councillor for Hill Green Ann Rowe`: a title for a place,
        # then a name that starts with a first name
        role = " ".join(words[:len(words) - len(tail) + split])
        title = role[next(m.start() for m in re.finditer(r"\S+", role)
                          if m.group() in ROLE_WORDS | ROLE_ACRONYMS | PERSON_HEADS):]
        return Ref("person", " ".join(tail[split:]), role=title, affiliation=party_in(role),
                   gender="m" if tail[split] in MALE_NAMES else "f" if tail[split] in FEMALE_NAMES else "")
    if role_at < 0 and before_tail.lower() in PLACE_PREPOSITIONS and not any(w in ORG_HEADS for w in tail):
        whole = _with_connectors(words, tail)  # `Police Service of Northern Ireland`: a body named with a place
        if before_tail in ("of", "for") and whole != " ".join(tail) and \
                any(w in ORG_HEADS for w in whole.split()[:-len(tail)]):  # `Police Federation for Northern Ireland`
            return Ref("organisation", whole)
        return None  # `Councillor for Wednesfield South`: a place, not a name (but `Chief of X Police Sir Y` is)
    name = tail[role_at + 1:]
    if role_at < 0 and (split := next((i for i in range(1, len(tail) - 1) if tail[i] in FIRST_NAMES and
                                       len(tail) - i in (2, 3) and tail[i - 1] in ORG_HEADS | PLACE_HEADS | CHAMBERS),
                                      None)):
        name = tail[split:]  # `Speaking in the Welsh Senedd Ann Rowe said`: the person after the place
    before = " ".join(words[: len(words) - len(tail) + role_at + 1])
    affiliation = party_in(before)
    gender = _gender(tail[: role_at + 1]) or ("m" if name and name[0] in MALE_NAMES else
                                              "f" if name and name[0] in FEMALE_NAMES else "")
    if role_at < 0 and len(name) >= 2 and name[0] in NATION_WORDS and " ".join(name[1:]) in PARTIES:
        return Ref("organisation", " ".join(name))  # `Welsh Labour`: a party, not a person named after it
    if " ".join(name) in PARTIES and not (role_at >= 0 and tail[role_at] in HONORIFICS and len(name) == 1):
        # `Liberal Democrat`, `The SNP`: a party, a body, not a person (but `Chf Supt Green` is a surname)
        party = PARTIES[" ".join(name)]
        return Ref("organisation", PARTY_BODIES.get(party, party)) if role_at < 0 else None
    name, affiliation = _person_after_party(name, affiliation)
    if len(name) == 3 and name[0] not in FIRST_NAMES and name[1] in FIRST_NAMES:
        name = name[1:]  # `Minister for Housing and Communities Gwen Price`: the end of the title
    gender = gender or ("m" if name and name[0] in MALE_NAMES else "f" if name and name[0] in FEMALE_NAMES else "")
    compass = role_at < 0 and bool(name) and name[0] in COMPASS_WORDS  # `North Somerset`: a place, not a person
    if 2 <= len(name) <= 3 and not compass and _first_name_word(name, known_places) and \
            all(_is_name_word(w, known_places) or w in MONTHS or role_at >= 0 and w in PLACE_HEADS
                or w in STREET_WORDS and name[0] in FIRST_NAMES
                for w in name[1:]):  # `David May`; `Insp Tom Lane`, `Cllr Jo Hall` after a title; `Michael Lane`
        role = " ".join(filter(None, (_role_text(before), *post)))
        return Ref("person", " ".join(name), role=role, gender=gender, affiliation=affiliation)
    if len(name) == 1 and role_at >= 0 and tail[role_at] in HONORIFICS and (
            _is_name_word(name[0], known_places) or name[0] in MONTHS  # `Mr May`
            or tail[role_at] in PERSONAL_TITLES and not name[0].isupper()):  # `Mr House`, `Ms Hall`: a surname
        # the title the text gives (`Mrs Cheer`) stays on the name if no fuller one is found
        return Ref("surname", name[0], role=_role_text(before), head=tail[role_at].rstrip("."), gender=gender,
                   affiliation=affiliation)
    heads = [i for i, w in enumerate(tail[:role_at]) if w in ORG_HEADS]
    if role_at == len(tail) - 1 and heads:  # `Ealing Police’s Borough Commander`, no name: the body speaks
        return Ref("organisation", " ".join(tail[:heads[-1] + 1]))
    if tail[-1] in PLACE_HEADS and tail[-1] not in ORG_HEADS:  # `Barkingside Police Station`: a place
        return None
    org = " ".join(tail)
    if tail[-1] in ORG_HEADS or org in KNOWN_ORG_ACRONYMS or (acronyms and org.isupper() and 2 <= len(org) <= 6):
        whole = _with_connectors(words, tail)
        if " of " in whole and (person := parse_named(whole.split(" of ")[0], known_places, acronyms)) \
                and person.kind == "person" and person.role:  # `Det Insp Tom Levitt of West Yorkshire Police`
            return Ref("person", person.name, role=person.role, gender=person.gender,
                       affiliation=person.affiliation)
        if " of " in whole and all(w in ROLE_WORDS for w in whole.split(" of ")[0].split()):
            return Ref("organisation", whole.split(" of ", 1)[1])  # `Chief Constable of Essex Police`: the force
        return Ref("organisation", whole)
    if any(w in ORG_HEADS for w in tail[:-1]) and len(tail) > 1:  # `Association of Special Constabulary Officers`
        return Ref("organisation", _with_connectors(words, tail))
    whole = _with_connectors(words, tail)  # `Police Federation for England and Wales`: a body, then its place
    if re.search(r" (?:of|for) ", whole) and any(w in ORG_HEADS for w in whole.split()[:-len(tail)]):
        return Ref("organisation", _as_written(phrase, whole))
    return None


def _as_written(phrase: str, name: str) -> str:
    """`Mayor’s Office for Policing and Crime`: a name read without its possessives, as the phrase writes it."""
    pattern = r"(?:[’']s)?\s+".join(re.escape(w) for w in name.split()) + r"(?=(?:[’']s)?$)"  # (`... Crime's plan`)
    m = re.search(pattern, phrase.rstrip(" ,.")) if len(name.split()) <= MAX_NAME_WORDS else None
    return m.group() if m else name


def _person_after_party(name: list[str], affiliation: str) -> tuple[list[str], str]:
    """`Scottish Labour's Graeme Pearson`: a party, then a person (known by a common first name) of it."""
    for k in (3, 2, 1):
        party = " ".join(w for w in name[:k] if w not in NATION_WORDS or k == 1)
        if len(name) - k in (2, 3) and name[k] in FIRST_NAMES and party in PARTIES:
            return name[k:], affiliation or PARTIES[party]
    return name, affiliation


def _first_name_word(name: list[str], known_places: set[str]) -> bool:
    """Whether a name's first word may be a first name: `Jan Moss` and `April Lowe` too (a month before a name),
    and initials (`BJ Harrington`)."""
    initials = re.fullmatch(r"[A-Z]{2}", name[0]) and name[0] not in HONORIFICS | ROLE_ACRONYMS | KNOWN_ORG_ACRONYMS \
        | POST_NOMINALS
    return _is_name_word(name[0], known_places) or bool(initials) or (
        name[0] in MONTHS and len(name[0]) > 2 and _is_name_word(name[1], known_places))


MAJESTY_RE = re.compile(r"\b(?:Her|His) Majesty[’']s\b")


def _with_connectors(words: list[str], tail: list[str]) -> str:
    """The organisation's whole name: `Nomansheath and District Parish Council`, `Association of Special
    Constabulary Officers`, where the capitalised run is broken by `and`, `of` or `for` after a capital."""
    start = len(words) - len(tail)
    while start >= 2 and words[start - 1] in ("and", "&", "of", "for") and words[start - 2][:1].isupper() \
            and words[start - 2] not in FUNCTION_WORDS:
        start -= 2
        while start >= 1 and words[start - 1][:1].isupper() and words[start - 1] not in FUNCTION_WORDS:
            start -= 1
    if start == 2 and words[1] == "the" and words[0][:1].isupper() and words[0] not in FUNCTION_WORDS:
        start = 0  # `Unite the Union`: a name that holds `the`, when the phrase opens with it
    return " ".join(words[start:]).replace("HerMajesty’s", "Her Majesty’s")


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
    window = re.sub(r"\s\([A-Z]{2,6}\)\s*$", " ", text[max(0, at - 80):at])  # `commissioner (PCC) Ann Rowe`
    return _role_text(re.split(r"[^\w’'\s-]", window)[-1])


ACRONYM_AFTER_RE = re.compile(r"\s*\((?:[A-Z]{2,8}|[A-Z][a-z]{1,3})\)$")  # `(ASCO)`; a party, `(Lab)`, `(Con)`
EVIDENCE_BY_RE = re.compile(r"^(?i:research|analysis|a report|a study|a survey|an investigation|figures|data|"
                            r"a statement|the statement|a spokesman statement|a paper|a submission|a briefing)\s+"
                            r"(?:by|from|(?:issued|prepared|written|compiled|produced|drawn up|submitted|sent)"
                            r"(?:\s+to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+by)\s+")  # (`submitted to the panel by`)
NAMED_GENERIC_END_RE = re.compile(rf"(?i){NAMED_GENERIC}$")
UNION_NAMES = r"Unison|UNISON|GMB|Unite|RMT|PCS|Napo"
# `The Unison union said`, `Union Unison said`: Unison
NAME_THEN_HEAD_RE = re.compile(rf"(?:[Tt]he\s+)?(?:(?P<name>{UNION_NAMES})\s+(?:trade\s+)?union|"
                               rf"(?:[Tt]rade\s+)?[Uu]nion\s+(?P<name2>{UNION_NAMES}))")
LOWER_BEFORE_BODY_RE = re.compile(r"^([Tt]he)\s+(?:[a-z][\w-]*\s+){1,3}(?=(?:union|force|council|federation|"
                                  r"government)$)")


THE_DOCUMENT_RE = re.compile(rf"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:joint\s+|written\s+|"
                             rf"latest\s+|new\s+)?(?P<doc>{DOCUMENT_NOUNS})")
DOCUMENT_OF_RE = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+)?(?!(?:In|On|At|By|For|With|From)\s)"
                            r"(?P<author>(?:[A-Z][\w’'&-]*\s+){1,5}?)"
                            rf"(?:(?!(?:his|her|its|their|the|an?)\s)[a-z]+\s+)?"  # `HMIC efficiency report`
                            rf"(?:{DOCUMENT_NOUNS}|response|review)\b[^,;:]{{0,80}}")


PARTY_MEMBER_RE = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:(?P<party>Conservative|Tory|Liberal Democrat|Lib Dem|"
                             r"Independent|Green)(?:\s+(?:man|woman|politician|member))?|(?P<party2>Labour|SNP|Plaid)"
                             r"\s+(?:man|woman|politician|member))")  # (`The SNP said`: the party)
SENIOR_ONE_RE = re.compile(r"(?:[Oo]ne\s+of\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w-]*+\s+){0,2}?[A-Z]?[\w-]*+(?:’s|'s)\s+"
                           r"(?:most\s+senior|top|highest[\s-]ranking|longest[\s-]serving)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?:officers?|cops?|officials?|policem[ae]n|policewom[ae]n)")
IN_CHARGE_RE = re.compile(r"(?:[Tt]he|[Aa])\s+(?:[\w’'-]+\s+){0,2}?(?:man|woman|person|politician|officer|boss)\s+"
                          r"in\s+charge\s+of\s+[^,;:]{1,80}")
PERSON_FROM_RE = re.compile(r"(?P<person>(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'.-]*)\s+(?P<prep>from|of|at)\s+(?:the\s+)?"
                            r"[A-Z][^,;:]{1,80}")


MEMBER_OF_RE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}(?:member|figure)\s+(?:of|on)\s+"
                          r"(?!the\s+public\b)(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}")


RANK_IN_LOWER_RE = re.compile(r"^(?:Chief|Detective|Deputy|Assistant|Temporary)(?:\s+chief)?\s+"
                              r"(?:superintendent|inspector|constable|sergeant)(?=\s+[A-Z])")


DESCRIBED_BODY_RE = re.compile(r"^(?P<body>(?:[Tt]he|[Aa]n?)\s++(?:[a-z][\w’'-]*+\s++){0,2}?(?:union|federation|force|"
                               r"council|authority|watchdog|inspectorate))\s++(?:representing|which\s++represents|"
                               r"that\s++represents|responsible\s++for|in\s++charge\s++of)\s.*+$")


def parse_subject(phrase: str, known_places: set[str]) -> Ref | None:
    """Who a subject phrase (text just before a verb of saying) names."""
    phrase = ACRONYM_AFTER_RE.sub("", phrase.strip(" ,\x00"))  # `... Officers (ASCO)`: the name before
    phrase = EVIDENCE_BY_RE.sub("", phrase)  # `Research by a newspaper revealed`: whoever did it
    phrase = DAY_LEAD_RE.sub("", phrase)  # `On Wednesday Ian Pointon criticised`: Ian Pointon
    # `Chief superintendent Dan Flint of X Division`: a rank written half in lower case, read as the title it is
    phrase = RANK_IN_LOWER_RE.sub(lambda m: m.group().title(), phrase)
    phrase = re.sub(r"^One\s+(?=(?:[A-Z][a-z]+\s+)?(?:[a-z]+|Member)$)", "A ", phrase)  # `One Panel Member`: a member
    # `The union representing rank and file officers in Wexley`: the body its head names, whatever describes it
    phrase = DESCRIBED_BODY_RE.sub(r"\g<body>", phrase)
    if re.match(r"(?:Following|After|Before|Ahead of|Amid|Despite|During)\s+(?:the|a|an|this|that|his|her|its)\s",
                phrase) and not re.search(r"\b(?:he|she|they|it|we)\b", phrase) and \
            not any(w in HONORIFICS for w in phrase.split()):
        return None  # `Following the Spending Review, X said`: when, not who (but `After the meeting he said`)
    if m := THE_DOCUMENT_RE.fullmatch(phrase):  # `The statement continued`: whoever gave the statement named before
        owner = phrase.split()[0].lower()  # `His letter tells them`: if no letter was named before, his
        return Ref("document", name=phrase, head=m.group("doc").lower(),
                   gender={"his": "m", "her": "f", "their": "plural", "its": "plural"}.get(owner, ""))
    if m := DOCUMENT_OF_RE.fullmatch(phrase):  # `The Police Scotland submission to the committee stated`: its author
        phrase = re.sub(r"(?<=[a-z])[’']s?\s*$", "", m.group("author"))  # (`Redmond’s motion`: Redmond)
    if not phrase:
        return None
    if members := re.fullmatch(r"(?:[Tt]he\s+)?[Mm]embers\s+of\s+(?:the\s+)?(?P<body>[A-Z].+)", phrase):
        phrase = members.group("body")  # `Members of Hampshire Police Authority agreed`: the authority
    if re.fullmatch(r"[Tt]he\s+(?:Federation|Force|Constabulary|Union|Council|Authority|Panel)", phrase):
        return _generic(phrase.lower())  # `The Federation says`: the federation named before
    if named_head := NAME_THEN_HEAD_RE.fullmatch(phrase):  # `The Unison union said`: Unison
        return Ref("organisation", named_head.group("name") or named_head.group("name2"))
    if not NAMED_GENERIC_END_RE.search(phrase):  # (but `the police federation` is a name)
        phrase = LOWER_BEFORE_BODY_RE.sub(r"\1 ", phrase)  # `The public sector union said`: the union
    if m := re.fullmatch(r"(?:Cllrs|Councillors|Councillor)\s+(?P<first>[A-Z][\w’'-]+)\s+and\s+[A-Z][\w’'-]+", phrase):
        return Ref("surname", m.group("first"))  # `Cllrs McEwan and Robertson argue`: the first named speaks
    if m := PRONOUN_RE.search(phrase):
        return Ref("pronoun", gender={"he": "m", "she": "f", "they": "plural", "it": "plural"}.get(
            m.group("p").lower(), ""))
    if m := OFFICE_OF_RE.fullmatch(phrase):  # `Commissioner Lloyd’s office has argued`: he argues
        if (who := parse_named(m.group("who"), known_places)) is not None and who.kind in ("person", "surname"):
            return who
        if re.fullmatch(r"[A-Z][a-z][\w-]+", m.group("who")) and m.group("who") not in FUNCTION_WORDS:
            return Ref("single", m.group("who"))  # `Redmond’s motion stated`: the Redmond named before
    if MEMBER_OF_RE.fullmatch(phrase):  # `A lay member of Wexley Police Authority fears`: a person in it,
        return Ref("next-person", head="member")  # speaking for herself, named later if at all
    if m := SPOKES_RE.search(phrase):
        org = m.group("org").strip()
        if role := DEFINITE_ROLE_RE.fullmatch(org):  # `a spokesperson for the commissioner`: the commissioner's
            return Ref("role-person", name=org, head=role.group("head").lower())
        named = parse_named(org, known_places) or _generic(org) or _placed_generic(org)
        if named is None and re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|the))*",
                                          org):
            # `a spokeswoman for the Office of the Crime Commissioner`: a body, whatever its name
            named = Ref("organisation", re.sub(r"^[Tt]he\s+", "", org))
        return named
    if m := LOWER_BODY_SPOKES_RE.fullmatch(phrase):  # `A policing board spokesperson said`: that body
        return Ref("organisation", m.group("org").strip().title())
    if m := SPOKES_BEFORE_RE.search(phrase):
        org = re.sub(r"^(?:The|A|An)(?:\s+|$)", "", m.group("org").strip())
        org = PARTY_BODIES.get(PARTIES.get(org.replace("-", " "), ""), org)  # `A Lib-Dem spokesman`
        if not org:  # `The spokesman added`: the organisation whose spokesman spoke last
            return Ref("generic-org", head="spokesman")
        return parse_named(org, known_places) or Ref("organisation", org)
    if re.fullmatch(r"(?:[Ss]enior\s+)?(?:[Pp]olice\s+)?[Oo]fficers|[Dd]etectives", phrase):
        # `Officers say`, `senior officers stressed`: the force
        return Ref("generic-org", name=phrase, head="police")
    if m := FORCE_SPOKES_RE.fullmatch(phrase):  # `A force spokeswoman said`: the force, not the next person named
        return _generic(m.group("head"))
    if m := PARTY_MEMBER_RE.fullmatch(phrase):  # `The Conservative continued`: a person of the party, named before
        return Ref("role-person", name=phrase, head=m.group("party") or m.group("party2"))
    if SENIOR_ONE_RE.fullmatch(phrase):  # `One of Scotland's most senior police officers`: a person, named next
        return Ref("next-person", head="officer")
    if IN_CHARGE_RE.fullmatch(phrase):  # `The politician in charge of Warwickshire Police`: a person, not the force,
        return Ref("unknown", name=phrase)  # but which one the phrase alone does not say
    if m := INDEFINITE_RE.search(phrase):
        head = m.group("head").lower()
        if head.startswith("spokes") and re.fullmatch(r"(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)", phrase):
            return Ref("generic-org", head="spokesman")  # `a spokesman said`, as `A spokesman`: a body's, not a person
        if head == "source":  # `According to a source`: unnamed on purpose, not the next person named
            return Ref("unknown", name=phrase)
        return Ref("next-person" if head in PERSON_HEADS else "next-org", head=head)
    if re.fullmatch(r"[A-Z][\w’'-]+ the [A-Z][\w’'-]+", phrase) and (
            named := parse_named(phrase, known_places)) is not None and named.name == phrase:
        return named  # `Unite the Union`: a name, not `the union`
    if generic := _generic(phrase):
        return generic
    if re.fullmatch(r"[A-Z]{2,6}\s+(?:Union|Federation|Association)", phrase):  # `GMB Union`: a name, no place
        return Ref("organisation", phrase)
    if generic := _placed_generic(phrase):
        return generic
    if party_group := PARTY_GROUP_RE.fullmatch(phrase):  # `Labour councillors said`: the party's group speaks
        return Ref("organisation", party_group.group("group"))
    if m := GROUP_RE.fullmatch(phrase) or phrase.isupper() and GROUP_RE.fullmatch(phrase.capitalize()):
        # `MPs have said`, `Residents say`, `POLITICIANS, unions and ... say`: many people, no one speaker
        return Ref("group", name=m.group())
    if m := DEFINITE_ROLE_RE.fullmatch(phrase) or PLACE_ROLE_RE.fullmatch(phrase):
        # `The Labour councillor`, `East Renfrewshire’s chief inspector`: the one named before (or next, in a lede)
        if (named := re.search(r"\s(?P<first>[A-Z][a-z]+)\s+[A-Z][\w’'-]+$", phrase)) and \
                named.group("first") in FIRST_NAMES and (person := parse_named(phrase, known_places)) is not None \
                and person.kind == "person":
            return person  # `the MP for the town Ben Pike`: the man named
        return Ref("role-person", name=phrase, head=m.group("head").lower())
    if m := ROLE_ACRONYM_PERSON_RE.fullmatch(phrase):
        # `The PCC says`, `The Labour PCC said`, `Gloucestershire PCC has said`: a person, not the party or place
        role = m.group("role") or m.group("role2")
        return Ref("role-person", head={"PCC": "commissioner"}.get(role, role))
    if m := LOWER_RANK_NAME_RE.fullmatch(phrase):
        return parse_named(f"{m.group('rank').title()} {m.group('name')}", known_places)
    named = parse_named(phrase, known_places)
    if (named is None or named.kind == "organisation") and (m := PERSON_FROM_RE.fullmatch(phrase)) and \
            (person := parse_named(m.group("person"), known_places)) is not None and person.kind == "person" and \
            (person.role or person.name.split()[0] in FIRST_NAMES or m.group("prep") == "from"):
        # `Supt Tracey Quiller from Kent Police said`, `Ravi Dhar from Unison said`: the person, not the body
        return person
    if named is None and (m := re.search(r"(?:[A-Z][\w&’'-]+\s+)+(?P<head>[A-Z][\w&’'-]+)$", phrase)) \
            and (m.group("head") in PLACE_HEADS - STREET_WORDS or m.group().strip() in STREET_BODIES):
        # `Guineas Shopping Centre called for`: a business speaks; `Downing Street said`: the Prime Minister's office
        return Ref("organisation", m.group().strip())
    if named is None and re.fullmatch(r"(?:the\s+)?[A-Z][\w&’'-]+", phrase) and phrase not in FUNCTION_WORDS \
            and phrase.removeprefix("the ").lower() not in EVIDENCE_NOUNS:
        return Ref("single", phrase.removeprefix("the "))
    return named


def _placed_generic(phrase: str) -> Ref | None:
    """`UNION leaders`, `WIGAN police chiefs`, `Cambridgeshire police`: a generic body after a place, the place kept
    in its name so that the force of that place is read."""
    unplaced = re.sub(r"^(?:[A-Z]+\s+|[A-Z][a-z]+\s+(?:and\s+)?(?=[a-z]|[A-Z][a-z]+\s+[a-z]))+", "", phrase)
    if unplaced == phrase or (generic := _generic(unplaced)) is None:
        return None
    return Ref(generic.kind, name=phrase, head=generic.head) if generic.name.lower() == "police" else generic


def _generic(phrase: str) -> Ref | None:
    # `Hertfordshire’s force`: the force of a place, read against the bodies the article names
    place = re.match(r"[A-Z][\w-]+(?:’s|'s)\s+", phrase.strip())
    m = GENERIC_ORG_RE.fullmatch(phrase.strip()[place.end() if place else 0:])
    if not m:
        return None
    if place:
        return Ref("generic-org", name=phrase.strip(), head=m.group("head").lower().split()[-1])
    head = m.group("head").lower().split()[-1]
    if head in ("chiefs", "bosses", "officials", "leaders"):  # `police chiefs`, `union leaders`: the body they lead
        body = next((h for h in ("police", "force", "council", "union") if h in m.group("head").lower()), "")
        if not body:  # `Bosses also pointed to`: whose bosses is read from who spoke before
            return Ref("generic-org", name=m.group("head"), head="bosses")
        head = body
    return Ref("generic-org", name=m.group("head"), head=head)
