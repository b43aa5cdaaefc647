"""Add a reviewed draft (`python -m components draft`) to a dataset, the merged result checked in memory first.

New rows get new ids that collide with nothing; speakers, areas and topics are matched by name (topics by
label) to the rows the dataset already has, and only the new ones are added. Existing rows are kept byte for
byte: new rows are appended to each CSV. `plan_merge` reads and checks and writes nothing; `apply_merge` writes
the planned files only when the plan has no problems.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from components.dataset import schema
from components.dataset.check import check_tables
from components.dataset.names import unique
from components.dataset.read import RawDataset, read_dataset, table_from_text

# Tables a draft adds rows to, in the order their ids must be mapped (a row's references are mapped first).
MERGED_TABLES = ("areas", "speakers", "topics", "citations", "sources", "quotes", "figures")
MATCH_BY = {"areas": "name", "speakers": "name", "topics": "label"}  # matched to existing rows, not added again
NUMBERED = {"quotes": "q", "figures": "f"}  # ids that continue the dataset's numbering: q21, q22, ...


@dataclass
class MergePlan:
    """What merging would do: the new text of each changed CSV, the article to copy, and what was decided."""

    data_dir: Path
    csv_texts: dict[str, str] = field(default_factory=dict)  # file name -> full new text
    seeds: dict[str, bytes] = field(default_factory=dict)  # path relative to the data folder's parent -> bytes
    matched: list[str] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def plan_merge(draft_dir: Path, data_dir: Path) -> MergePlan:
    """Read the draft and the dataset (each once), map ids, and check the merged result in memory."""
    draft_dir, data_dir = Path(draft_dir), Path(data_dir)
    plan = MergePlan(data_dir)
    draft_data = draft_dir / "data" if (draft_dir / "data").is_dir() else draft_dir
    draft, target = read_dataset(draft_data), read_dataset(data_dir)
    plan.problems += [f"draft {draft_data}: {p}" for p in draft.problems]
    plan.problems += [f"dataset {data_dir}: {p}" for p in target.problems]
    if plan.problems:
        return plan
    plan.problems += duplicate_sources(draft.texts, target.texts)
    if plan.problems:
        return plan
    new_rows = mapped_rows(draft.frames, target.frames, plan)
    plan.seeds = seed_copies(draft_data, draft.frames["sources"], new_rows["sources"], data_dir)
    for name, rows in new_rows.items():
        if len(rows):
            plan.csv_texts[schema.TABLES_BY_NAME[name].filename] = appended_csv(data_dir, name, rows, plan)
            plan.added[name] = len(rows)
    plan.problems += problems_after_merge(plan, target)
    return plan


def duplicate_sources(draft_texts: dict[str, str], target_texts: dict[str, str]) -> list[str]:
    """An article already in the dataset would have every quote twice."""
    return [f"the draft's source '{d}' has the same text as source '{t}' already in the dataset; nothing to add"
            for d, text in draft_texts.items() for t, known in target_texts.items() if text == known]


def mapped_rows(draft: dict[str, pd.DataFrame], target: dict[str, pd.DataFrame],
                plan: MergePlan) -> dict[str, pd.DataFrame]:
    """The draft's rows with ids and references rewritten for the dataset; matched rows left out."""
    id_maps: dict[str, dict[str, str]] = {}
    out: dict[str, pd.DataFrame] = {}
    for name in MERGED_TABLES:
        table = schema.TABLES_BY_NAME[name]
        rows = draft.get(name, pd.DataFrame(columns=[c.name for c in table.columns])).copy()
        existing = target.get(name, pd.DataFrame(columns=[c.name for c in table.columns]))
        id_maps[name], keep = _new_ids(name, rows, existing, plan)
        rows = rows[keep].copy()
        rows[table.key] = rows[table.key].map(id_maps[name])
        for col in table.columns:
            if col.kind in (schema.REF, schema.REFS) and col.name in rows.columns and col.name != table.key:
                mapping = id_maps.get(col.ref, {})
                rows[col.name] = [_remap(cell, mapping) for cell in rows[col.name]]
        out[name] = rows.reset_index(drop=True)
    return out


def _new_ids(name: str, rows: pd.DataFrame, existing: pd.DataFrame,
             plan: MergePlan) -> tuple[dict[str, str], pd.Series]:
    """draft id -> dataset id for every row, and which rows are new (not matched by name)."""
    key = schema.TABLES_BY_NAME[name].key
    taken = set(existing[key]) if key in existing.columns else set()
    by_name = {}
    if name in MATCH_BY and MATCH_BY[name] in existing.columns:
        by_name = {_fold(v): k for k, v in zip(existing[key], existing[MATCH_BY[name]], strict=True)}
    mapping, keep = {}, []
    counter = _last_number(taken, NUMBERED.get(name, ""))
    for _, row in rows.iterrows():
        old = row[key]
        match = by_name.get(_fold(row.get(MATCH_BY.get(name, ""), ""))) if by_name else None
        if match is not None:
            mapping[old] = match
            keep.append(False)
            plan.matched.append(f"{name[:-1]} {row[MATCH_BY[name]]!r}: the dataset's '{match}'")
            continue
        if name in NUMBERED:
            counter += 1
            new = f"{NUMBERED[name]}{counter:02d}"
            while new in taken:
                counter += 1
                new = f"{NUMBERED[name]}{counter:02d}"
        else:
            new = unique(old, taken)
        taken.add(new)
        mapping[old] = new
        keep.append(True)
    return mapping, pd.Series(keep, index=rows.index, dtype=bool)


def _last_number(ids: set[str], prefix: str) -> int:
    numbers = [int(m.group(1)) for i in ids if prefix and (m := re.fullmatch(rf"{prefix}(\d+)", i))]
    return max(numbers, default=0)


def _fold(value: str) -> str:
    return str(value).replace("\u2019", "'").casefold().strip()


def _remap(cell: str, mapping: dict[str, str]) -> str:
    parts = [p.strip() for p in str(cell).split(schema.REFS_SEPARATOR)]
    return schema.REFS_SEPARATOR.join(mapping.get(p, p) for p in parts if p) if str(cell).strip() else cell


def seed_copies(draft_data: Path, draft_sources: pd.DataFrame, new_sources: pd.DataFrame,
                data_dir: Path) -> dict[str, bytes]:
    """Each new source's text, under the dataset's seeds/ with a name no other file has; `path` is rewritten."""
    copies: dict[str, bytes] = {}
    for i, (_, draft_row) in enumerate(draft_sources.iterrows()):
        data = (draft_data.parent / draft_row["path"]).read_bytes()
        name = Path(draft_row["path"]).name
        rel, n = f"seeds/{name}", 2
        while (data_dir.parent / rel).exists() or rel in copies:
            rel, n = f"seeds/{Path(name).stem}-{n}{Path(name).suffix}", n + 1
        copies[rel] = data
        new_sources.at[i, "path"] = rel
    return copies


def appended_csv(data_dir: Path, name: str, rows: pd.DataFrame, plan: MergePlan) -> str:
    """The dataset's CSV as it is, with the new rows added in its own column order."""
    table = schema.TABLES_BY_NAME[name]
    path = data_dir / table.filename
    text = path.read_text(encoding="utf-8-sig") if path.exists() else ""
    header = next(csv.reader(io.StringIO(text)), None) if text.strip() else None
    if header is None:
        header = [c.name for c in table.columns if c.name in rows.columns]
        text = _csv_line(header)
    dropped = [c for c in rows.columns if c not in header and rows[c].astype(str).str.strip().ne("").any()]
    plan.notices += [f"{table.filename}: the dataset has no column '{c}', so the draft's values there are left out"
                     for c in dropped]
    if text and not text.endswith("\n"):
        text += "\n"
    return text + "".join(_csv_line([row.get(c, "") for c in header]) for _, row in rows.iterrows())


def _csv_line(values: list) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(["" if pd.isna(v) else v for v in values])
    return buffer.getvalue()


def problems_after_merge(plan: MergePlan, target: RawDataset) -> list[str]:
    """Check the merged dataset in memory: the dataset as read, each changed table as its new CSV text reads,
    and the new articles' texts. Nothing is copied or written."""
    frames, problems = dict(target.frames), []
    for filename, text in plan.csv_texts.items():
        table = schema.TABLES_BY_NAME[filename.removesuffix(".csv")]
        frame, found = table_from_text(table, text)
        problems += found
        if frame is not None:
            frames[table.name] = frame
    texts = dict(target.texts)
    sources = frames.get("sources")
    for source_id, rel in zip(sources["source_id"], sources["path"], strict=True) if sources is not None else ():
        if rel in plan.seeds:
            texts[source_id] = plan.seeds[rel].decode("utf-8-sig")
    return [f"merged: {p}" for p in problems + check_tables(frames, texts)]


def apply_merge(plan: MergePlan) -> list[Path]:
    """Write a clean plan: the article texts first, then each CSV through a temporary file and a rename."""
    if plan.problems:
        raise ValueError("a plan with problems is not written")
    written = []
    for rel, data in plan.seeds.items():
        path = plan.data_dir.parent / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as f:  # never replaces a file
            f.write(data)
        written.append(path)
    staged = []
    for filename, text in plan.csv_texts.items():
        tmp = plan.data_dir / f".{filename}.merging"
        tmp.write_text(text, encoding="utf-8", newline="")
        staged.append((tmp, plan.data_dir / filename))
    for tmp, path in staged:
        os.replace(tmp, path)
        written.append(path)
    return written
