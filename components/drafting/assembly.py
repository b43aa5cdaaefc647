"""The draft: the steps in order, and the six tables they make."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from components.dataset import schema
from components.dataset.check import clip
from components.dataset.names import slug, unique
from components.drafting.attribution import attribute_claims
from components.drafting.credits import figure_credits
from components.drafting.figures import attribute_figures, find_figures
from components.drafting.limits import MAX_TOPIC_CONTEXT
from components.drafting.places import _root_area, area_mentions, areas_with_proposals
from components.drafting.quotes import (
    blanked,
    bracket_colons_as_commas,
    classify_quote,
    ordinary_case_leads,
    paragraph_spans,
    quoted_spans,
)
from components.drafting.records import Draft, Entity, Figure, Quoted, Ref, Row
from components.drafting.speakers import Reading, collect_mentions, headline_mentions
from components.drafting.topics import PROPOSED_TOPICS, UNTAGGED_TOPIC, topics_for
from components.drafting.vocabulary import (
    KNOWN_ORG_ACRONYMS,
    NATIONAL_ROLES,
    ORG_HEADS,
    PARTIES,
    ROLE_ACRONYMS,
    party_in,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_AREAS = REPO_ROOT / "data" / "areas.csv"
DEFAULT_TOPICS = REPO_ROOT / "data" / "topics.csv"


# capitals that stay when a paragraph's opening words are set in ordinary case: acronyms, not `THE` or `POLICE`
KEPT_CAPITALS = KNOWN_ORG_ACRONYMS | ROLE_ACRONYMS | set(PARTIES) | {"UK"}
MAX_QUOTES = 400  # a news article has a few dozen; each row costs its topics, areas and frame cells
NO_SPEAKER = {"speaker_id": "", "area_id": ""}  # a quote the text does not attribute: the reviewer fills it in


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
    narrative = bracket_colons_as_commas(ordinary_case_leads(blanked(text, quotes), KEPT_CAPITALS))
    first_pass = Reading(text, narrative, set(gazetteer["name"]))
    collect_mentions(first_pass, paras)
    areas = areas_with_proposals(text, gazetteer, _name_words(first_pass))
    reading = Reading(text, narrative, set(areas["name"]))
    publisher = reading.entity(Ref("organisation", meta.publisher), len(text))  # first: `The Gazette revealed`
    reading.silent.add(publisher)
    headline_mentions(reading, meta.title)
    collect_mentions(reading, paras)
    rows = attribute_claims(reading, paras, quotes)
    rows.sort(key=lambda r: (r.start, {"reported": 0, "direct": 1, "partial": 2}[r.kind]))
    if len(rows) > MAX_QUOTES:
        reading.unsure.append(f"More than {MAX_QUOTES} quotes and claims: those after {rows[MAX_QUOTES].start} were "
                              "not drafted. Is this one article?")
        rows = rows[:MAX_QUOTES]
    figures, skipped = find_figures(text, paras)
    attribute_figures(figures, rows, figure_credits(reading, paras), publisher, [e.name for e in reading.entities])
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
    return [f"A quote never closes; read to the end of its paragraph: {clip(text[q.start:q.end])!r} at {q.start}"
            for q in quotes if q.unclosed]


def _publisher_warnings(figures: list[Figure], publisher: int, text: str) -> list[str]:
    return [f"Figure {text[f.start:f.end]!r} at {f.start} is in no quote or claim; attributed to the publisher as the "
            "article's own statement." for f in figures if f.speaker == publisher]


def _frames(text: str, meta: ArticleMeta, reading: Reading, rows: list[Row], figures: list[Figure],
            areas: pd.DataFrame, topics: pd.DataFrame, publisher: int) -> dict[str, pd.DataFrame]:
    mentions = area_mentions(text, areas)
    main_area = _main_area(mentions, areas)
    used = sorted(({r.speaker for r in rows} | {f.speaker for f in figures}) - {None})
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
    affiliation = entity.affiliation or party_in(roles)
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
        row["speaker_id"] = unique(row["speaker_id"] or "speaker", taken)
        taken.add(row["speaker_id"])


def _context(row: Row, rows: list[Row]) -> tuple[int, int]:
    """A partial quote is tagged by the claim around it; other rows by their own words."""
    if row.kind != "partial":
        return row.start, row.end
    around = [(r.end - r.start, r.start, r.end) for r in rows if r.kind == "reported" and r.start <= row.start
              and row.end <= r.end]
    return min(around)[1:] if around else (row.start, row.end)


def _quote_row(quote_id: str, source_id: str, row: Row, speakers: dict[int, dict],
               mentions: list[tuple[int, int, str]], text: str, topics: pd.DataFrame, context: tuple[int, int]) -> dict:
    speaker = speakers.get(row.speaker, NO_SPEAKER)
    inside = [a for s, e, a in mentions if row.start <= s and e <= row.end]
    area_ids = list(dict.fromkeys(([speaker["area_id"]] if speaker["area_id"] else []) + inside))
    return {"quote_id": quote_id, "source_id": source_id, "speaker_id": speaker["speaker_id"], "kind": row.kind,
            "text": text[row.start:row.end], "start": str(row.start), "end": str(row.end),
            "area_ids": ";".join(area_ids),
            "topics": ";".join(topics_for(text[context[0]:min(context[1], context[0] + MAX_TOPIC_CONTEXT)], topics)),
            "note": row.note}


def _figure_row(figure_id: str, source_id: str, f: Figure, speakers: dict[int, dict], quote_rows: list[dict],
                mentions: list[tuple[int, int, str]]) -> dict:
    speaker = speakers.get(f.speaker, NO_SPEAKER)
    quote = quote_rows[f.quote] if f.quote is not None else None
    nearby = [a for s, e, a in mentions if quote and int(quote["start"]) <= s < int(quote["end"])]
    area = speaker["area_id"] or (nearby[0] if nearby else "") or (quote["area_ids"].split(";")[0] if quote else "")
    value = f"{f.value:g}" if f.value != int(f.value) else str(int(f.value))
    return {"figure_id": figure_id, "source_id": source_id, "speaker_id": speaker["speaker_id"],
            "quote_id": quote["quote_id"] if quote else "", "metric": f.metric, "value": value, "unit": f.unit,
            "period_text": f.period, "period_start": "", "period_end": "", "area_id": area or _first_area(mentions),
            "start": str(f.start), "end": str(f.end), "period_inferred": "false", "period_basis": "",
            "note": " ".join(filter(None, (f.credit, f.unit_note, _words_note(f))))}


def _words_note(f: Figure) -> str:
    return "" if re.search(r"\d", f.written) else "Number written in words."


def _first_area(mentions: list[tuple[int, int, str]]) -> str:
    return mentions[0][2] if mentions else "national"


def _topics_frame(topics: pd.DataFrame, used: set[str]) -> pd.DataFrame:
    known = set(topics["topic_id"])
    extra = [{"topic_id": t, "label": label, "description": description, "keywords": keywords}
             for t, (label, description, keywords) in PROPOSED_TOPICS.items() if t in used and t not in known]
    if UNTAGGED_TOPIC[0] in used:
        extra.append(dict(zip(("topic_id", "label", "description"), UNTAGGED_TOPIC, strict=True)))
    return pd.concat([topics, pd.DataFrame(extra, columns=topics.columns)], ignore_index=True).fillna("").astype(str)
def read_csv_strings(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)


def shipped_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The shipped areas (the default gazetteer) and topics."""
    return read_csv_strings(DEFAULT_AREAS), read_csv_strings(DEFAULT_TOPICS)
