"""A drafted article under review, without Streamlit: the tables a reviewer edits, what the validator says of
them, and the draft folder (as a ZIP) they download.

The review page (`review.py`) shows `editor_tables(draft)`, takes the edited frames back through
`reviewed_tables`, and checks them in memory with `validate_tables` and packs them with `draft_zip`. Nothing here
writes a file: the shipped data/ and seeds/ are never touched.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pandas as pd

from components import drafting
from components.dataset import schema
from components.dataset.check import check_tables
from components.drafting import ArticleMeta, Draft, doubt
from components.drafting.folder import folder_files
from components.drafting.worker import draft_with_deadline

NO_PUBLISHER = "Publisher not given"  # as `python -m components draft` writes it
UNTITLED = "Untitled article"
EVIDENCE = "evidence"  # the words of a figure's span, shown beside it in the editor and never written

# The tables the page edits, the columns each editor shows (in order) and the ones a reviewer may change; the
# rest are computed from the text (ids, spans) and stay as drafted.
EDITOR_COLUMNS = {
    "speakers": ("speaker_id", "name", "kind", "role", "organisation", "affiliation", "area_id"),
    # (the note beside the speaker: how the draft read it, and whether to check it, is seen with it)
    "quotes": ("quote_id", "speaker_id", "note", "kind", "text", "area_ids", "topics", "start", "end"),
    "figures": ("figure_id", "value", "unit", "metric", EVIDENCE, "speaker_id", "quote_id", "period_text",
                "area_id", "start", "end"),
}
EDITABLE = {
    "speakers": ("name", "kind", "role", "organisation", "affiliation", "area_id"),
    "quotes": ("speaker_id", "kind", "area_ids", "topics", "note"),
    "figures": ("value", "unit", "metric", "speaker_id", "quote_id", "period_text", "area_id"),
}
PROPOSED_TOPIC_IDS = set(drafting.PROPOSED_TOPICS) | {drafting.UNTAGGED_TOPIC[0]}


# --- the article in ------------------------------------------------------------------------------------------

def decode_upload(data: bytes, name: str) -> tuple[str, str]:
    """(text, problem) of an uploaded file: UTF-8 text with its line ends made "\\n", or why it cannot be used."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return "", (f"{name} is not UTF-8 text (byte 0x{data[err.start]:02x} at byte {err.start}). Save it as "
                    "plain text in UTF-8 and upload it again, or paste the article into the box.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return "", f"{name} is empty. Upload the file that holds the article's text, or paste it into the box."
    return text, ""


def article_filename(title: str, upload_name: str = "") -> str:
    """The article's file name under seeds/: the uploaded file's name made safe, else one made from the title."""
    stem = Path(upload_name).stem if upload_name else drafting.slug(title)[:60]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "article"
    return f"{stem}.txt"


def article_meta(title: str, publisher: str, url: str, published: str, filename: str) -> ArticleMeta:
    return ArticleMeta(title.strip() or UNTITLED, publisher.strip() or NO_PUBLISHER, url.strip(), published.strip(),
                       f"seeds/{filename}")


def draft_of(text: str, meta: ArticleMeta) -> Draft:
    """The draft of `text` against the shipped gazetteer and topics, as `python -m components draft` makes it, in
    a worker process with a deadline; ArticleRefused or DraftFailed, with a sentence, when there is none."""
    return draft_with_deadline(text, meta, *drafting.shipped_tables())


# --- the tables under review ---------------------------------------------------------------------------------

def editor_tables(d: Draft) -> dict[str, pd.DataFrame]:
    """Speakers, quotes and the figures the validator can accept (digits in the span), as the editors start:
    every column of the table, plus each figure's evidence words."""
    kept, _ = drafting.figures_split(d)
    evidence = [d.text[int(s):int(e)] for s, e in zip(kept["start"], kept["end"], strict=True)]
    return {"speakers": d.frames["speakers"].copy(), "quotes": d.frames["quotes"].copy(),
            "figures": kept.assign(**{EVIDENCE: evidence})}


def rows_to_check(quotes: pd.DataFrame) -> str:
    """What a reviewer should look at first: the quotes whose speaker the draft guessed in a way that is often wrong
    or could not read at all (`doubt.to_check`), and how many more were read by an inference that is usually right."""
    check, usual = int(doubt.to_check(quotes).sum()), int(doubt.inferred(quotes).sum())
    blank = int(doubt.no_speaker(quotes).sum())
    inferred = (f" {usual} more {'was' if usual == 1 else 'were'} read from a pronoun or a title back to the last "
                "person named, usually right; their notes say so." if usual else "")
    if not check:
        return (f"No quote is marked to check first: of {len(quotes)}, each speaker was read from a name or by an "
                f"inference that is usually right.{inferred} The rules still make mistakes, so check every row.")
    return (f"Check first: {check} of {len(quotes)} quotes, underlined in the article"
            + (f", {blank} of them with no speaker" if blank else "")
            + f". Each note stands beside the speaker in the table below.{inferred}")


def held_back_figures(d: Draft) -> pd.DataFrame:
    """Figures whose evidence does not hold their value as the validator reads it: kept aside, as the CLI does."""
    return drafting.figures_split(d)[1]


def reviewed_tables(d: Draft, edited: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The six tables of the reviewed draft: the `edited` quotes and figures (every cell a string, the edited
    ones trimmed), the edited speakers who still say something, the draft's sources, and its areas and topics
    less the proposals no row uses any more."""
    tables = {name: _strings(edited[name], schema.TABLES_BY_NAME[name], EDITABLE[name]) for name in EDITABLE}
    source_id = d.frames["sources"]["source_id"].iloc[0]
    for name in ("quotes", "figures"):
        tables[name] = tables[name].assign(source_id=source_id)  # the title may have changed since the edits
    speaking = set(tables["quotes"]["speaker_id"]) | set(tables["figures"]["speaker_id"])
    speakers = tables["speakers"]
    tables["speakers"] = speakers[speakers["speaker_id"].isin(speaking)].reset_index(drop=True)
    return {"sources": d.frames["sources"], "areas": _areas_in_use(d.frames["areas"], set(d.proposed_areas), tables),
            "speakers": tables["speakers"], "topics": _topics_in_use(d.frames["topics"], tables["quotes"]),
            "quotes": tables["quotes"], "figures": tables["figures"]}


def _strings(frame: pd.DataFrame, table: schema.Table, edited: tuple[str, ...]) -> pd.DataFrame:
    """The table's own columns in schema order, every cell a string: "" for a cleared cell, edited cells trimmed."""
    columns = [c.name for c in table.columns if c.name in frame.columns]
    out = frame[columns].reset_index(drop=True).astype(object)
    out = out.where(out.notna(), "").astype(str)
    return out.assign(**{c: out[c].str.strip() for c in edited if c in out})


def _areas_in_use(areas: pd.DataFrame, proposed: set[str], tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    used = {a.strip() for cell in tables["quotes"]["area_ids"] for a in cell.split(schema.REFS_SEPARATOR)}
    used |= set(tables["speakers"]["area_id"]) | set(tables["figures"]["area_id"])
    parent = dict(zip(areas["area_id"], areas["parent_id"], strict=True))
    for area in list(used):  # a proposed area stays while an area in use sits inside it
        seen = set()
        while parent.get(area) and area not in seen:
            seen.add(area)
            area = parent[area]
            used.add(area)
    keep = ~areas["area_id"].isin(proposed) | areas["area_id"].isin(used)
    return areas[keep].reset_index(drop=True)


def topic_choices(topics: pd.DataFrame) -> pd.DataFrame:
    """Every topic a reviewer may tag with: the draft's topics and every topic the draft can propose."""
    proposals = [{"topic_id": t, "label": label, "description": text, "keywords": keywords}
                 for t, (label, text, keywords) in drafting.PROPOSED_TOPICS.items()]
    proposals.append(dict(zip(("topic_id", "label", "description"), drafting.UNTAGGED_TOPIC, strict=True)))
    every = pd.concat([topics, pd.DataFrame(proposals, columns=topics.columns)], ignore_index=True)
    return every.drop_duplicates("topic_id").fillna("").astype(str).reset_index(drop=True)


def _topics_in_use(topics: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """`topic_choices`, less the proposals no quote is tagged with (a reviewer may re-tag every 'needs-topic')."""
    every = topic_choices(topics)
    used = {t.strip() for cell in quotes["topics"] for t in cell.split(schema.REFS_SEPARATOR)}
    keep = ~every["topic_id"].isin(PROPOSED_TOPIC_IDS) | every["topic_id"].isin(used)
    return every[keep].reset_index(drop=True)


def highlight_spans(tables: dict[str, pd.DataFrame]) -> list[tuple[int, int, str]]:
    """(start, end, css class) of every quote and figure, for `article.highlighted_html`; figures last, so a
    figure inside a quote shows as a figure. A quote with a note or no speaker is also `check`: the draft guessed
    its speaker or could not read one."""
    spans = []
    for name, css in (("quotes", "quote"), ("figures", "figure")):
        frame = tables[name]
        starts = pd.to_numeric(frame["start"], errors="coerce")
        ends = pd.to_numeric(frame["end"], errors="coerce")
        check = doubt.to_check(frame) if name == "quotes" else pd.Series(False, index=frame.index)
        spans += [(int(s), int(e), f"{css} check" if c else css)
                  for s, e, c in zip(starts, ends, check, strict=True) if pd.notna(s) and pd.notna(e)]
    return spans


# --- validate and pack -------------------------------------------------------------------------------------

def article_path(tables: dict[str, pd.DataFrame]) -> str:
    """Where the article goes in the draft folder: the sources row's path, `seeds/<name>.txt`."""
    path = tables["sources"]["path"].iloc[0]
    return f"seeds/{Path(path).name}"


def validate_tables(tables: dict[str, pd.DataFrame], text: str) -> list[str]:
    """What `python -m components validate` would say of these tables and the article, each problem as
    `file:row: column: message`; empty when valid. Checked in memory: nothing is written."""
    frames = {name: frame.astype(object).where(frame.notna(), "").astype(str) for name, frame in tables.items()}
    return [str(p) for p in check_tables(frames, {tables["sources"]["source_id"].iloc[0]: text})]


def draft_zip(tables: dict[str, pd.DataFrame], text: str, report: str = "",
              held: pd.DataFrame | None = None) -> bytes:
    """The draft folder as a ZIP: unzip it and `python -m components validate --data-dir <it>/data`, or
    `python -m components merge <it>`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        files = folder_files(tables, article_path(tables), text.encode("utf-8"), report, held)
        for rel, content in files.items():
            archive.writestr(rel, content)
    return buffer.getvalue()


def zip_filename(tables: dict[str, pd.DataFrame]) -> str:
    return f"{tables['sources']['source_id'].iloc[0]}-draft.zip"


def review_report(d: Draft, tables: dict[str, pd.DataFrame], meta: ArticleMeta, problems: list[str]) -> str:
    """report.md of the reviewed draft: the draft report of the reviewed tables, headed by what the validator
    says of them."""
    # the held-back figures keep the draft's speakers, which the reviewed tables may have left out
    drafted = d.frames["speakers"][~d.frames["speakers"]["speaker_id"].isin(tables["speakers"]["speaker_id"])]
    frames = {**tables, "speakers": pd.concat([tables["speakers"], drafted], ignore_index=True).fillna(""),
              "figures": pd.concat([tables["figures"], held_back_figures(d)], ignore_index=True)}
    body = drafting.draft_report(Draft(d.text, frames, d.unsure, d.skipped_numbers, d.proposed_areas), meta)
    status = ("Reviewed on the dashboard's 'Add an article' page; `python -m components validate` accepts it."
              if not problems else
              f"Reviewed on the dashboard's 'Add an article' page, with {len(problems)} problem(s) still to fix:\n\n"
              + "\n".join(f"- `{p}`" for p in problems))
    title, _, rest = body.partition("\n")
    return f"{title}\n\n{status}\n{rest}"
