"""The shipped data against the article itself: verbatim, complete, and tagged as the article reads.

These checks read the CSVs and the source text directly (csv module, plain string offsets) rather than through
the validator or the loader, so a bug there cannot hide a gap here.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED_NAME = "cops-now-need-zero-tolerance-approach.txt"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / SEED_NAME
NAMED_SPEAKERS = ("Martin Terry", "Sajid Javid", "Tony Cox", "Norman Smith", "Essex Police", "Neil Pudney")
SOUTHEND_ONLY = ("Martin Terry", "Tony Cox", "Neil Pudney")
OPEN, CLOSE = "\u201c", "\u201d"


def rows(name: str) -> list[dict[str, str]]:
    with (ROOT / "data" / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def ids(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@pytest.fixture(scope="module")
def article() -> str:
    (source,) = rows("sources")
    return (ROOT / source["path"]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def quotes() -> list[dict[str, str]]:
    return rows("quotes")


@pytest.fixture(scope="module")
def speakers() -> dict[str, dict[str, str]]:
    return {s["name"]: s for s in rows("speakers")}


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """Spans inside quote marks: from an opening mark to the closing one, or to the end of the paragraph when a
    quotation runs on into the next paragraph (which opens again with another mark)."""
    spans = []
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        for m in re.finditer(f"{OPEN}([^{CLOSE}]*)(?:{CLOSE}|$)", para):
            spans.append((p_start + m.start(1), p_start + m.end(1)))
    return spans


def test_the_article_is_the_one_described(article):
    assert article.startswith("THE time has come for police to adopt a \u201czero tolerance\u201d approach")
    assert len(paragraphs(article)) == 18
    assert article.count(OPEN) == 13


def test_every_quote_is_verbatim(article, quotes):
    assert quotes
    for q in quotes:
        start, end = int(q["start"]), int(q["end"])
        assert 0 <= start < end <= len(article), q["quote_id"]
        assert article[start:end] == q["text"], q["quote_id"]


def test_every_figure_span_is_in_the_text(article):
    figures = rows("figures")
    assert figures
    for f in figures:
        start, end = int(f["start"]), int(f["end"])
        assert 0 <= start < end <= len(article), f["figure_id"]


def test_every_paragraph_with_a_quote_mark_has_a_quote(article, quotes):
    quoted = [q for q in quotes if q["kind"] in ("direct", "partial")]
    with_marks = [(s, e) for s, e in paragraphs(article) if OPEN in article[s:e]]
    assert len(with_marks) == 13
    for p_start, p_end in with_marks:
        inside = [q["quote_id"] for q in quoted if p_start <= int(q["start"]) and int(q["end"]) <= p_end]
        assert inside, f"no direct or partial quote in: {article[p_start:p_end][:70]!r}"


def test_every_quoted_passage_is_a_direct_or_partial_quote(article, quotes):
    spans = {(int(q["start"]), int(q["end"])) for q in quotes if q["kind"] in ("direct", "partial")}
    passages = quoted_passages(article)
    assert len(passages) == article.count(OPEN)
    for start, end in passages:
        assert (start, end) in spans, f"quoted passage not in quotes.csv: {article[start:end][:70]!r}"


def test_every_number_in_the_article_has_a_figure(article):
    figures = rows("figures")
    numbers = [(m.start(), m.end(), int(m.group())) for m in re.finditer(r"\d+", article)]
    assert {n for *_, n in numbers} >= {150, 215, 23, 300}
    for start, end, number in numbers:
        matching = [f["figure_id"] for f in figures
                    if int(f["start"]) <= start and end <= int(f["end"]) and float(f["value"]) == number]
        assert matching, f"no figure for {number} at {start}"


def test_every_figure_sits_in_its_quote(quotes):
    by_id = {q["quote_id"]: q for q in quotes}
    for f in rows("figures"):
        if f["quote_id"]:
            q = by_id[f["quote_id"]]
            assert int(q["start"]) <= int(f["start"]) and int(f["end"]) <= int(q["end"]), f["figure_id"]


@pytest.mark.parametrize("words", ["Mr primary objective", "a real positive affect", "[in crime]", "isn\u2019t",
                                   "someone\u2019s home", "government\u2019s multi-agency"])
def test_the_source_wording_survives(article, quotes, words):
    assert words in article
    assert any(words in q["text"] for q in quotes), words


def test_no_apostrophe_was_straightened(quotes):
    for q in quotes:
        assert "'" not in q["text"], q["quote_id"]


def test_named_speakers_are_there_and_quoted(article, quotes, speakers):
    quoted = {q["speaker_id"] for q in quotes}
    for name in NAMED_SPEAKERS:
        assert name in article
        assert name in speakers, f"{name} is not in speakers.csv"
        assert speakers[name]["speaker_id"] in quoted, f"{name} has no quote"


def test_southend_speakers_are_not_tagged_castle_point(quotes, speakers):
    southend_only = {speakers[name]["speaker_id"] for name in SOUTHEND_ONLY}
    tagged = [q for q in quotes if q["speaker_id"] in southend_only]
    assert tagged
    for q in tagged:
        assert "castle-point" not in ids(q["area_ids"]), q["quote_id"]


def test_every_quote_has_an_area_and_a_topic(quotes):
    areas = {a["area_id"] for a in rows("areas")}
    topics = {t["topic_id"] for t in rows("topics")}
    for q in quotes:
        assert ids(q["area_ids"]) and set(ids(q["area_ids"])) <= areas, q["quote_id"]
        assert ids(q["topics"]) and set(ids(q["topics"])) <= topics, q["quote_id"]


def test_readme_counts_match_the_data(quotes):
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    m = re.search(r"(\d+) quotes\s+\((\d+) direct, (\d+) partial, (\d+) reported\) and (\d+) figures", readme)
    assert m, "data/README.md no longer states the counts"
    total, direct, partial, reported, figures = map(int, m.groups())
    kinds = [q["kind"] for q in quotes]
    assert (len(kinds), kinds.count("direct"), kinds.count("partial"), kinds.count("reported")) == (
        total, direct, partial, reported)
    assert len(rows("figures")) == figures


def test_areas_nest_inside_essex():
    parent = {a["area_id"]: a["parent_id"] for a in rows("areas")}
    assert parent["southend"] == "essex"
    assert parent["castle-point"] == "essex"


def test_seed_matches_the_shared_copy():
    if not SHARED_SEED.exists():
        pytest.skip(f"{SHARED_SEED} is outside the repository and not present here")
    assert (ROOT / "seeds" / SEED_NAME).read_bytes() == SHARED_SEED.read_bytes()


# --- the official officer counts: verbatim from their sources, each with its provenance -------------------------

WORKFORCE_2020_ON = ROOT.parent / "shared" / "data" / "workforce-2020-on" / "provenance_officer_fte.csv"


def test_every_official_value_names_its_record_and_precision():
    cited = {c["citation_id"] for c in rows("citations")}
    for row in rows("police_workforce_officer_fte"):
        assert row["citation_id"] in cited, row
        assert row["precision"] in ("2dp", "int"), row
        assert row["precision"] == "2dp" or "." not in row["officer_fte"], row


def test_the_essex_anchors_are_there():
    essex = {r["as_at"]: r for r in rows("police_workforce_officer_fte") if r["name"] == "Essex"}
    assert essex["2018-03-31"]["officer_fte"] == "2957.82"
    assert essex["2019-03-31"]["officer_fte"] == "3070.95"
    assert (essex["2020-03-31"]["officer_fte"], essex["2020-03-31"]["citation_id"]) == ("3298.15", "workforce-s1")


def test_the_2020_on_values_are_verbatim_with_their_source():
    if not WORKFORCE_2020_ON.exists():
        pytest.skip(f"{WORKFORCE_2020_ON} is outside the repository and not present here")
    with WORKFORCE_2020_ON.open(encoding="utf-8", newline="") as f:
        shared = [(r["name"], r["kind"], r["as_at"], r["officer_fte"], r["precision"],
                   "workforce-" + r["source_id"].lower()) for r in csv.DictReader(f)]
    ours = [(r["name"], r["kind"], r["as_at"], r["officer_fte"], r["precision"], r["citation_id"])
            for r in rows("police_workforce_officer_fte") if r["as_at"] >= "2020"]
    assert ours == shared
