"""Shared fixtures: the repository root, and a throwaway copy of the shipped dataset to break."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

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


HOSTILE_SPEAKER = "<b>Eve</b> **Bold** [link](javascript:alert(1))"
HOSTILE_QUOTE = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
                 "**not bold** :red[not red] [click](javascript:alert(1)) 99 officers & more")


def write_hostile_dataset(root: Path) -> Path:
    """A valid dataset under `root` whose article, speaker and quote hold HTML, a script and Markdown: every
    part of the page must show them as the characters they are. Returns the data folder."""
    shutil.copytree(ROOT / "data", root / "data")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    seed = root / "seeds" / "cops-now-need-zero-tolerance-approach.txt"
    text = seed.read_text(encoding="utf-8") + f"\n\nEve said: “{HOSTILE_QUOTE}”"
    seed.write_text(text, encoding="utf-8")
    start = text.index(HOSTILE_QUOTE)
    figure_start = text.index("99 officers")
    with (root / "data" / "speakers.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(["eve", HOSTILE_SPEAKER, "person", "<i>role</i>", "", "", ""])
    with (root / "data" / "quotes.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(
            ["q99", "echo-zero-tolerance", "eve", "direct", HOSTILE_QUOTE, start, start + len(HOSTILE_QUOTE),
             "castle-point", "officer-numbers", ""])
    with (root / "data" / "figures.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(
            ["f99", "echo-zero-tolerance", "eve", "q99", "<b>extra_officers</b>", "99", "<i>officers</i>",
             "<u>this year</u>", "", "", "false", "castle-point", figure_start, figure_start + 11, "", ""])
    return root / "data"


@pytest.fixture
def hostile_dataset(tmp_path: Path) -> Path:
    return write_hostile_dataset(tmp_path)
