"""Step 4: the places an article names: known areas and proposed new ones."""

from __future__ import annotations

import re

import pandas as pd

from components.dataset.names import slug, unique
from components.dataset.numbers import WORD_VALUES
from components.drafting.vocabulary import (
    DAYS,
    FUNCTION_WORDS,
    HONORIFICS,
    MONTHS,
    NATIONAL_WORDS,
    ORG_HEADS,
    PARTIES,
    PLACE_HEADS,
    ROLE_WORDS,
)

COUNTIES = set("""Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon
    Dorset Durham Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire Leicestershire
    Lincolnshire Norfolk Northamptonshire Northumberland Nottinghamshire Oxfordshire Rutland Shropshire Somerset
    Staffordshire Suffolk Surrey Sussex Warwickshire Wiltshire Worcestershire Yorkshire""".split())
PLACE_CUT = ORG_HEADS | ROLE_WORDS | PLACE_HEADS | {"City", "Borough", "District", "County"}
# Possessive quantifiers (`++`) and word boundaries keep these linear: a word is read once, never re-split.
PLACE_BEFORE_RE = re.compile(r"\b(?:in|of|at|from|to|across|around|near|for|into|on|outside|throughout|covering)\s++"
                             r"(?P<list>[A-Z][\w-]++(?:\s++[A-Z][\w-]++){0,2}+(?:(?:,\s++|\s++and\s++)[A-Z][\w-]++"
                             r"(?:\s++[A-Z][\w-]++){0,2}+)*+)")
PLACE_AFTER_RE = re.compile(r"\b(?P<list>[A-Z][\w-]++(?:\s++[A-Z][\w-]++){0,2}+)(?:’s|'s)?\s++(?:Council|"
                            r"Borough Council|District Council|City Council|resident|residents|town centre|district|MP|"
                            r"police station|High Street|constituency|community)\b|\b(?P<poss>[A-Z][\w-]++)(?:’s|'s)\s")
MAX_PROPOSED_PLACES = 12  # a real article names a few new places; a list of hundreds is not an article


def proposed_places(text: str, known: set[str], not_places: set[str]) -> list[str]:
    """Place names in the text that the gazetteer does not hold, read from their context (`in Wickford`,
    `Basildon Council`, `Rochford resident`, `Chelmsford’s`)."""
    names: list[str] = []
    for m in list(PLACE_BEFORE_RE.finditer(text)) + list(PLACE_AFTER_RE.finditer(text)):
        if m.group("list") is None and set(text[max(0, m.start() - 12):m.start()].split()[-1:]) & HONORIFICS:
            continue  # `Mr Ash-Edward’s office`: a person's, not a place's
        for part in re.split(r",\s+|\s+and\s+", m.group("list") or m.group("poss")):
            name = _place_name(part)
            if name and name not in known and name not in names and _plausible_place(name, text, not_places):
                names.append(name)
            if len(names) >= MAX_PROPOSED_PLACES:
                return _merge_prefixes(names)
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
                or first in FUNCTION_WORDS or first.lower() in WORD_VALUES or first in MONTHS or first in DAYS
                or name in not_places
                or any(w in not_places for w in name.split()) or name in PARTIES
                or re.search(rf"\b{re.escape(name.lower())}\b", text) or name.split()[-1] in PLACE_HEADS)


def _merge_prefixes(names: list[str]) -> list[str]:
    return [n for n in names if not any(o != n and o.startswith(n + " ") for o in names)]


def area_mentions(text: str, areas: pd.DataFrame) -> list[tuple[int, int, str]]:
    """(start, end, area_id) of every area name in the text, longest names first; national words name the root."""
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(text) + 1)  # 1 where a mention already stands: overlap is checked in its own length

    def add(start: int, end: int, area_id: str) -> None:
        if not any(taken[start:end]):
            found.append((start, end, area_id))
            taken[start:end] = b"\x01" * (end - start)

    for _, area in areas.sort_values("name", key=lambda s: -s.str.len()).iterrows():
        for m in re.finditer(rf"\b{re.escape(area['name'])}(?:-on-Sea)?\b", text):
            add(m.start(), m.end(), area["area_id"])
    root = _root_area(areas)
    if root:
        for m in NATIONAL_WORDS.finditer(text):
            add(m.start(), m.end(), root)
    prefixes = {a.split()[0]: a_id for a, a_id in zip(areas["name"], areas["area_id"], strict=True) if " " in a}
    for m in re.finditer(r"[A-Z][\w-]+", text):
        if m.group() in prefixes:
            add(m.start(), m.end(), prefixes[m.group()])
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
        area_id = unique(slug(name), taken)
        taken.add(area_id)
        is_county = name in COUNTIES
        rows.append({"area_id": area_id, "name": name, "kind": "county" if is_county else "town",
                     "parent_id": root if is_county or not counties else counties[0], "proposed": "true"})
    extra = pd.DataFrame(rows, columns=["area_id", "name", "kind", "parent_id", "proposed"])
    return pd.concat([gazetteer.assign(proposed="false"), extra], ignore_index=True).fillna("")


def _root_area(areas: pd.DataFrame) -> str:
    roots = areas[areas["parent_id"].fillna("") == ""]
    return roots["area_id"].iloc[0] if len(roots) else ""
