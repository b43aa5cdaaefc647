"""Read a dataset folder as text: every table as strings and every source text, with what could not be read.
`read_dataset` then checks what it read with the pure `check.check_tables`. Nothing here writes to the folder,
and no input makes it raise: bad files become problems.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from components.dataset import schema
from components.dataset.check import Problem, check_tables, noun, row_number, sorted_problems
from components.dataset.schema import Table

# The page shows an article in full; a few MB of text is hundreds of pages, far past any news article.
MAX_ARTICLE_BYTES = 2_000_000


@dataclass
class RawDataset:
    """The tables as strings (empty cell = ""), the source texts by source id, and what is wrong."""

    data_dir: Path
    frames: dict[str, pd.DataFrame]
    texts: dict[str, str]
    problems: list[Problem]


def _long_rows(table: Table, text: str) -> list[Problem]:
    """Records with more fields than the header. pandas would read a first record like that as an index
    (shifting every column) or stop at a later one, so they are reported here, by row."""
    try:
        records = [r for r in csv.reader(io.StringIO(text)) if r]
    except csv.Error:
        return []  # pandas reports it
    header = records[0] if records else []
    return [
        Problem(table.filename, row_number(i), "", f"{noun(table)} {r[0]!r}: the row has {len(r)} fields but "
                f"the header has {len(header)}; put values that contain commas in double quotes")
        for i, r in enumerate(records[1:])
        if len(r) > len(header)
    ]


def read_text_file(path: Path, label: str, limit: int | None = None) -> tuple[str | None, Problem | None]:
    """Read a UTF-8 file, or say clearly why it can't be read (also when it is larger than `limit` bytes)."""
    if not path.is_file():
        return None, Problem(label, None, "", f"file not found at {path}")
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            return None, Problem(label, None, "", f"is {size:,} bytes; an article may be at most {limit:,} bytes "
                                 f"({limit // 1_000_000} MB); split it, or keep only the text that holds the quotes")
        data = path.read_bytes()
    except OSError as err:  # e.g. no permission to read it
        return None, Problem(label, None, "", f"cannot be read ({err.strerror or err})")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return None, Problem(label, line, "", f"not valid UTF-8 (byte 0x{data[err.start]:02x} at byte {err.start}); "
                                              "save the file as UTF-8")


def read_table(data_dir: Path, table: Table) -> tuple[pd.DataFrame | None, list[Problem]]:
    path = data_dir / table.filename
    if not path.exists() and not table.required:
        return None, []
    text, problem = read_text_file(path, table.filename)
    if problem:
        return None, [problem]
    return table_from_text(table, text)


def table_from_text(table: Table, text: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """A CSV's text as a frame of strings ("" for an empty cell), or why it cannot be read as one."""
    if not text.strip():
        names = ", ".join(c.name for c in table.columns if c.required)
        return None, [Problem(table.filename, None, "", f"file is empty; it needs a header row: {names}")]
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False)
        error = None
    except (pd.errors.ParserError, csv.Error, ValueError) as err:
        frame, error = None, err
    # pandas stops at a later record with too many fields, and reads a first one as an index: then find
    # which rows they are (a second, slower pass, only for a file that needs it).
    if frame is None or not isinstance(frame.index, pd.RangeIndex):
        long_rows = _long_rows(table, text)
        if long_rows:
            return None, long_rows
    if error is not None:
        return None, [Problem(table.filename, None, "", f"cannot be read as CSV: {error}")]
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame, []


def source_path(data_dir: Path, rel: str) -> tuple[Path | None, str]:
    """The file a `sources.path` cell names, relative to the dataset's folder (the data folder's parent), or
    why it cannot be used. A path that leads out of that folder is refused: a dataset reads only its own files."""
    if "\x00" in rel:
        return None, "is not a usable path: it contains a NUL character"
    norm = os.path.normpath(rel)
    outside = ("leads outside the dataset's folder; give a path inside it, relative to the data folder's "
               "parent, e.g. seeds/article.txt")
    if os.path.isabs(norm) or norm == os.pardir or norm.startswith(os.pardir + os.sep):
        return None, outside
    # A symbolic link (the file, or a folder on the way) is followed before the check, so seeds/leak.txt
    # pointing at /etc/passwd, or a seeds/ pointing at /etc, is refused too.
    folder = os.path.realpath(data_dir.parent)
    real = os.path.realpath(data_dir.parent / norm)
    if os.path.commonpath([folder, real]) != folder:
        return None, outside.replace("; give", " (through a symbolic link); give a real file, or")
    return data_dir.parent / norm, ""


def read_sources(data_dir: Path, sources: pd.DataFrame) -> tuple[dict[str, str], list[Problem]]:
    texts, problems = {}, []
    for i, source_id, rel in zip(sources.index.tolist(), sources["source_id"].tolist(),
                                 sources["path"].str.strip().tolist(), strict=True):
        if not rel:
            continue
        path, why = source_path(data_dir, rel)
        if path is None:
            problems.append(Problem(schema.SOURCES.filename, row_number(i), "path",
                                    f"source '{source_id}': {rel!r} {why}"))
            continue
        text, problem = read_text_file(path, rel, MAX_ARTICLE_BYTES)
        if problem:
            problems.append(Problem(schema.SOURCES.filename, row_number(i), "path",
                                    f"source '{source_id}': cannot read {rel}: {problem.message}"))
        else:
            texts[source_id] = text
    return texts, problems


def read_dataset(data_dir: Path | str) -> RawDataset:
    """Read every table and source text, then check them (`check_tables`); never raises for bad input."""
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    if not data_dir.is_dir():
        return RawDataset(data_dir, {}, {}, [Problem(str(data_dir), None, "", "data folder not found")])
    frames: dict[str, pd.DataFrame] = {}
    for table in schema.TABLES:
        frame, found = read_table(data_dir, table)
        problems += found
        if frame is not None:
            frames[table.name] = frame
    texts: dict[str, str] = {}
    if "sources" in frames and {"source_id", "path"} <= set(frames["sources"].columns):
        texts, found = read_sources(data_dir, frames["sources"])
        problems += found
    return RawDataset(data_dir, frames, texts, sorted_problems(problems + check_tables(frames, texts)))
