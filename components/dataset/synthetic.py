"""Synthetic datasets of any size, built from a real one, for tests and the benchmark. No Streamlit here.

The base dataset is repeated: copy k of every source gets the id `<id>-<k>` and a seed file of its own that is
a byte-for-byte copy of the real text, so every quote and figure span stays valid. Quotes and figures are
repeated with new ids pointing at their copy's source. So that filters have something to do, each copy
rotates the speakers, areas and topics of its rows through the real ones (copy 0 keeps the originals), and
every id still refers to a row that exists. The result passes `python -m components validate`.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from components.dataset import schema
from components.dataset.load import REPO_ROOT, DatasetError
from components.dataset.read import RawDataset, read_dataset

SHIPPED_DATA_DIR = REPO_ROOT / "data"
REPEATED_TABLES = (schema.SOURCES.name, schema.QUOTES.name, schema.FIGURES.name)
# Copy k shifts each row's speaker, areas and topics this many places along the real lists, times k. Steps
# coprime with one another, so the combinations cycle slowly.
SPEAKER_STEP, AREA_STEP, TOPIC_STEP = 1, 1, 3


def write_synthetic_dataset(out_dir: Path, n_quotes: int, base_dir: Path | None = None) -> Path:
    """Write a dataset of exactly `n_quotes` quotes to `out_dir/data` and its source texts to `out_dir/seeds`,
    repeating the dataset in `base_dir` (default: the shipped `data/`). Returns the data folder.

    With the shipped data (20 quotes from one article), 100,000 quotes come from 5,000 sources. Refuses to
    write into folders that already hold files; raises DatasetError when the base dataset is not valid.
    """
    if n_quotes < 1:
        raise ValueError(f"n_quotes must be 1 or more, not {n_quotes}")
    out_dir = Path(out_dir)
    data_dir, seeds_dir = out_dir / "data", out_dir / "seeds"
    for folder in (data_dir, seeds_dir):
        if folder.exists() and any(folder.iterdir()):
            raise FileExistsError(f"{folder} already holds files; choose an empty or new folder")
    base = read_dataset(Path(base_dir) if base_dir else SHIPPED_DATA_DIR)
    if base.problems:
        raise DatasetError(base.data_dir, base.problems)
    data_dir.mkdir(parents=True, exist_ok=True)
    seeds_dir.mkdir(parents=True, exist_ok=True)

    frames = base.frames
    copies = math.ceil(n_quotes / len(frames["quotes"]))
    suffixes = np.array([f"-{k:0{max(5, len(str(copies - 1)))}d}" for k in range(copies)], dtype=object)
    sources = _copied_sources(frames["sources"], suffixes)
    _write_seeds(base, frames["sources"], sources, out_dir)
    quotes = _copied_rows(frames["quotes"], suffixes, frames)[:n_quotes]
    figures = _copied_rows(frames["figures"], suffixes, frames)
    figures = figures[(figures["quote_id"] == "") | figures["quote_id"].isin(quotes["quote_id"])]
    for name, frame in (("sources", sources), ("quotes", quotes), ("figures", figures)):
        frame.to_csv(data_dir / schema.TABLES_BY_NAME[name].filename, index=False, lineterminator="\n")
    for table in schema.TABLES:
        if table.name not in REPEATED_TABLES and table.name in frames:
            shutil.copyfile(base.data_dir / table.filename, data_dir / table.filename)
    return data_dir


def _copy_index(n_rows: int, copies: int) -> tuple[np.ndarray, np.ndarray]:
    """For every output row, (which copy, which base row): all of copy 0, then all of copy 1, ..."""
    return np.repeat(np.arange(copies), n_rows), np.tile(np.arange(n_rows), copies)


def _suffixed(values: pd.Series, rows: np.ndarray, copy: np.ndarray, suffixes: np.ndarray,
              keep_empty: bool = False) -> np.ndarray:
    base = values.to_numpy(dtype=object)[rows]
    out = base + suffixes[copy]
    if keep_empty:
        out[base == ""] = ""
    return out


def _copied_sources(sources: pd.DataFrame, suffixes: np.ndarray) -> pd.DataFrame:
    copy, rows = _copy_index(len(sources), len(suffixes))
    out = sources.iloc[rows].reset_index(drop=True)
    out["source_id"] = _suffixed(sources["source_id"], rows, copy, suffixes)
    # Titles stay unique, so the Source filter can tell copies apart.
    out["title"] = sources["title"].to_numpy(dtype=object)[rows] + [f" (copy {k + 1:,})" for k in copy]
    out["path"] = [_seed_path(path, suffix) for path, suffix in
                   zip(sources["path"].to_numpy(dtype=object)[rows], suffixes[copy], strict=True)]
    return out


def _seed_path(path: str, suffix: str) -> str:
    """The copy's text file, directly in seeds/ (the cache key watches `seeds/*`)."""
    name = Path(path.strip())
    return f"seeds/{name.stem}{suffix}{name.suffix}"


def _write_seeds(base: RawDataset, sources: pd.DataFrame, copied: pd.DataFrame, out_dir: Path) -> None:
    originals = {sid: (base.data_dir.parent / path.strip()).read_bytes()
                 for sid, path in zip(sources["source_id"], sources["path"], strict=True)}
    base_ids = np.tile(sources["source_id"].to_numpy(dtype=object), len(copied) // len(sources))
    for base_id, path in zip(base_ids, copied["path"], strict=True):
        (out_dir / path).write_bytes(originals[base_id])


def _copied_rows(frame: pd.DataFrame, suffixes: np.ndarray, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Quotes or figures, once per copy, with new ids, their copy's source, and rotated speakers and areas."""
    copy, rows = _copy_index(len(frame), len(suffixes))
    out = frame.iloc[rows].reset_index(drop=True)
    key = frame.columns[0]
    out[key] = _suffixed(frame[key], rows, copy, suffixes)
    out["source_id"] = _suffixed(frame["source_id"], rows, copy, suffixes)
    if "quote_id" in frame.columns and key != "quote_id":
        out["quote_id"] = _suffixed(frame["quote_id"], rows, copy, suffixes, keep_empty=True)
    out["speaker_id"] = _rotated(frame["speaker_id"], frames["speakers"]["speaker_id"], SPEAKER_STEP, rows, copy)
    for column, target, step in (("area_ids", "areas", AREA_STEP), ("area_id", "areas", AREA_STEP),
                                 ("topics", "topics", TOPIC_STEP)):
        if column in frame.columns:
            ids = frames[target][schema.TABLES_BY_NAME[target].key]
            out[column] = _rotated(frame[column], ids, step, rows, copy)
    return out


def _rotated(cells: pd.Series, ids: pd.Series, step: int, rows: np.ndarray, copy: np.ndarray) -> np.ndarray:
    """Each id in each cell (one id, or several separated by `;`) moved `step * copy` places along `ids`.
    Computed once per (shift, base row), then picked out for every output row."""
    ids = [i.strip() for i in ids]
    position = {i: n for n, i in enumerate(ids)}
    shifts = len(ids)

    def shift(cell: str, by: int) -> str:
        parts = [p.strip() for p in cell.split(schema.REFS_SEPARATOR)]
        return schema.REFS_SEPARATOR.join(ids[(position[p] + by) % shifts] if p in position else p for p in parts)

    table = np.array([[shift(cell, s) if cell.strip() else cell for cell in cells] for s in range(shifts)],
                     dtype=object)
    return table[(copy * step) % shifts, rows]
