"""Load a curated claims dataset into typed DataFrames. No Streamlit here: the app caches `load_dataset`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from components.dataset import schema
from components.dataset.check import Problem
from components.dataset.read import read_dataset

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR_ENV = "CLAIMS_DATA_DIR"
# Curly quotes and dashes, and what they fold to. Chained str.replace: ten times quicker than str.translate
# with non-ASCII characters, which matters for a hundred thousand quotes.
_FOLDS = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-"))


class DatasetError(Exception):
    """The dataset did not validate; `problems` says what is wrong and where."""

    def __init__(self, data_dir: Path, problems: list[Problem]):
        self.data_dir = data_dir
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in {data_dir}")


@dataclass(frozen=True)
class Dataset:
    data_dir: Path
    sources: pd.DataFrame
    areas: pd.DataFrame
    speakers: pd.DataFrame
    topics: pd.DataFrame
    quotes: pd.DataFrame  # with speaker_name, speaker_role, speaker_organisation and a normalised `search` column
    figures: pd.DataFrame  # with speaker_name and area_name
    citations: pd.DataFrame
    officer_fte: pd.DataFrame
    texts: dict[str, str]


def default_data_dir() -> Path:
    return Path(os.environ.get(DATA_DIR_ENV) or REPO_ROOT / "data")


def fold_for_search(text: str) -> str:
    """Lower case, with curly quotes and dashes folded to straight ones, so "isn't" finds "isn’t"."""
    for curly, straight in _FOLDS:
        text = text.replace(curly, straight)
    return text.casefold()


def data_files_signature(data_dir: Path) -> tuple:
    """Names, sizes and modification times of the data files and source texts: a cache key that changes
    whenever any of them changes."""
    entries = []
    for folder, suffix in ((Path(data_dir), ".csv"), (Path(data_dir).parent / "seeds", "")):
        try:
            with os.scandir(folder) as found:  # one directory read; DirEntry.stat is cached
                entries += [(e.path, e.stat().st_size, e.stat().st_mtime_ns) for e in found
                            if e.name.endswith(suffix) and e.is_file()]
        except OSError:
            continue  # a missing folder is reported by the validator
    return tuple(sorted(entries))


def load_dataset(data_dir: Path | str | None = None) -> Dataset:
    """Read, validate and type every table. Raises DatasetError listing every problem."""
    raw = read_dataset(Path(data_dir) if data_dir else default_data_dir())
    if raw.problems:
        raise DatasetError(raw.data_dir, raw.problems)
    frames = {name: _typed(schema.TABLES_BY_NAME[name], frame) for name, frame in raw.frames.items()}
    speakers = frames["speakers"]
    areas = frames["areas"]
    return Dataset(
        data_dir=raw.data_dir,
        sources=frames["sources"],
        areas=areas,
        speakers=speakers,
        topics=frames["topics"],
        quotes=enrich_quotes(frames["quotes"], speakers),
        figures=enrich_figures(frames["figures"], speakers, areas),
        citations=frames.get("citations", _empty(schema.CITATIONS)),
        officer_fte=frames.get("police_workforce_officer_fte", _empty(schema.OFFICER_FTE)),
        texts=raw.texts,
    )


def _empty(table: schema.Table) -> pd.DataFrame:
    return _typed(table, pd.DataFrame({c.name: pd.Series(dtype=str) for c in table.columns}))


def _typed(table: schema.Table, frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for col in table.columns:
        if col.name not in frame.columns:
            frame[col.name] = ""
        values = frame[col.name].str.strip()
        if col.kind == schema.INT:
            frame[col.name] = values.astype("int64")
        elif col.kind == schema.NUMBER:
            frame[col.name] = pd.to_numeric(values).astype("float64")
        elif col.kind == schema.DATE:
            frame[col.name] = pd.to_datetime(values.replace("", None), format="%Y-%m-%d")
        elif col.kind == schema.BOOL:
            frame[col.name] = values.str.lower() == "true"
        elif col.kind == schema.REFS:
            # Parsed once per distinct cell: they repeat (a handful of areas and topics).
            parsed = {s: tuple(p.strip() for p in s.split(schema.REFS_SEPARATOR) if p) for s in set(values.tolist())}
            frame[col.name] = values.map(parsed)
        else:
            frame[col.name] = values
    return frame


def enrich_quotes(quotes: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    who = speakers.set_index("speaker_id")
    quotes = quotes.copy()
    quotes["speaker_name"] = quotes["speaker_id"].map(who["name"])
    quotes["speaker_role"] = quotes["speaker_id"].map(who["role"])
    quotes["speaker_organisation"] = quotes["speaker_id"].map(who["organisation"])
    joined = quotes["text"] + "\n" + quotes["speaker_name"] + "\n" + quotes["speaker_role"]
    quotes["search"] = pd.Series([fold_for_search(t) for t in joined.tolist()], index=quotes.index, dtype=str)
    return quotes


def enrich_figures(figures: pd.DataFrame, speakers: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    figures = figures.copy()
    figures["speaker_name"] = figures["speaker_id"].map(speakers.set_index("speaker_id")["name"])
    figures["area_name"] = figures["area_id"].map(areas.set_index("area_id")["name"])
    return figures
