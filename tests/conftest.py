"""Shared fixtures: the repository root, and a throwaway copy of the shipped dataset to break."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from support import write_hostile_dataset

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def dataset_copy(tmp_path: Path) -> Path:
    """Copy data/ and seeds/ side by side into tmp_path (sources.csv paths are relative to the data folder's
    parent) and return the copied data folder."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path / "data"


def _set_cell(path: Path, key: str, column: str, value: str) -> int:
    """Set `column` of the record whose first column is `key`, keeping UTF-8 and "\n" line ends; return that
    record's CSV row (header = row 1)."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fieldnames, rows = list(reader.fieldnames or []), list(reader)
    for index, row in enumerate(rows):
        if row[fieldnames[0]] == key:
            row[column] = value
            with path.open("w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=fieldnames, lineterminator="\n")
                writer.writeheader()
                writer.writerows(rows)
            return index + 2
    raise KeyError(f"{key!r} is not in {path.name}")


@pytest.fixture
def set_cell():
    """`set_cell(path, key, column, value) -> row`: rewrite one cell of a CSV in a dataset copy."""
    return _set_cell


@pytest.fixture
def hostile_dataset(tmp_path: Path) -> Path:
    return write_hostile_dataset(tmp_path)


# --- A view and a warm renderer, for the export and download tests -----------------------------------------

@pytest.fixture(scope="module")
def ds():
    from components.dataset.load import load_dataset

    return load_dataset()


@pytest.fixture(scope="module")
def castle_point(ds):
    from components.view import filters

    return filters.view_of(ds, filters.clean_filters(ds, {"areas": ["Castle Point"]}))


@pytest.fixture(scope="module")
def renderer():
    """One browser for the whole module: a warm render takes a fraction of a second."""
    from components.export import images

    r = images.Renderer()
    yield r
    r.stop()
