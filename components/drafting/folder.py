"""The draft folder: the report for a reviewer and the files (what to write; the CLI and the page write them)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from components.dataset.check import clip, figure_span_message
from components.drafting.assembly import ArticleMeta
from components.drafting.records import Draft


def figures_split(draft: Draft) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(figures the validator accepts, figures held back): `validate.py` wants the value inside the evidence span,
    in digits, words or a fraction; a figure whose span does not hold its value cannot be a row."""
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
    held_lines = [f"Figure {r.value} {r.unit} ({draft.text[int(r.start):int(r.end)]!r}): its evidence does not "
                  "hold its value as the validator reads it; it is in held_back_figures.csv, not data/."
                  for r in held.itertuples()]
    lines += [f"- {_md(s)}" for s in draft.unsure + notes + held_lines] or ["- Nothing flagged."]
    lines += ["", "## Quotes", "", "| id | kind | speaker | words | areas | topics |",
              "| --- | --- | --- | --- | --- | --- |"]
    names = speakers.set_index("speaker_id")["name"]
    lines += [f"| {q.quote_id} | {q.kind} | {_md(_speaker_name(names, q.speaker_id))} | {_md(clip(q.text, 90))} | "
              f"{q.area_ids} | {q.topics} |" for q in quotes.itertuples()]
    lines += ["", "## Figures", "", "| id | value | unit | metric | period | speaker | quote | evidence |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {r.figure_id} | {r.value} | {r.unit} | {r.metric} | {_md(r.period_text)} | "
              f"{_md(_speaker_name(names, r.speaker_id))} | {r.quote_id} | {_md(draft.text[int(r.start):int(r.end)])} |"
              for r in f["figures"].itertuples()]
    lines += ["", "## Speakers", "", "| id | name | kind | role | organisation | affiliation | area |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    lines += [f"| {s.speaker_id} | {_md(s.name)} | {s.kind} | {_md(s.role)} | {_md(s.organisation)} | "
              f"{_md(s.affiliation)} | {s.area_id} |" for s in speakers.itertuples()]
    lines += ["", "## Numbers not counted as figures", ""]
    lines += [f"- {_md(s)}" for s in draft.skipped_numbers] or ["- None."]
    return "\n".join(lines) + "\n"


def _speaker_name(names: pd.Series, speaker_id: str) -> str:
    """A speaker's name for the report: a blank id is a quote the draft could not attribute."""
    if not speaker_id:
        return "(who said this? fill in)"
    return str(names.get(speaker_id, f"(unknown speaker id {speaker_id!r})"))


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def folder_files(tables: dict[str, pd.DataFrame], article_path: str, article: bytes, report: str = "",
                 held: pd.DataFrame | None = None) -> dict[str, bytes]:
    """Every file of a draft folder, by path relative to the folder: data/*.csv, the article at `article_path`
    (under seeds/), report.md, and held_back_figures.csv when some figures cannot be rows yet. The one layout
    the CLI writes and the review page zips."""
    files = {f"data/{name}.csv": frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
             for name, frame in tables.items()}
    files[article_path] = article
    if report:
        files["report.md"] = report.encode("utf-8")
    if held is not None and len(held):
        files["held_back_figures.csv"] = held.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return files


def draft_files(draft: Draft, meta: ArticleMeta, article_bytes: bytes) -> dict[str, bytes]:
    """The draft folder of a fresh draft, as `python -m components draft` writes it."""
    kept, held = figures_split(draft)
    return folder_files({**draft.frames, "figures": kept}, meta.path, article_bytes, draft_report(draft, meta), held)


def title_from_filename(name: str) -> str:
    """`cops-now-need-zero-tolerance-approach.txt` -> `Cops now need zero tolerance approach`."""
    words = re.sub(r"[-_]+", " ", Path(name).stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled article"
