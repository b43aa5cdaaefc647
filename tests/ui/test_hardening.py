"""Bad data and hostile content in front of a reader: clear messages, no traceback, nothing runs."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
import support
from streamlit.testing.v1 import AppTest
from support import HOSTILE_QUOTE, quote_cards


def run_app(monkeypatch, data_dir: Path, **params: str) -> AppTest:
    monkeypatch.setenv("CLAIMS_DATA_DIR", str(data_dir))
    return support.run_app(**params)


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _shift_offsets(d: Path, set_cell):
    set_cell(d / "quotes.csv", "q05", "start", "1")


def _unknown_speaker(d: Path, set_cell):
    set_cell(d / "quotes.csv", "q05", "speaker_id", "nobody")


def _unknown_source(d: Path, set_cell):
    set_cell(d / "figures.csv", "f02", "source_id", "no-such-article")


def _duplicate_id(d: Path, set_cell):
    set_cell(d / "quotes.csv", "q05", "quote_id", "q04")


def _missing_column(d: Path, set_cell):
    topics = pd.read_csv(d / "topics.csv", dtype=str, keep_default_na=False)
    topics.drop(columns="description").to_csv(d / "topics.csv", index=False)


def _empty_file(d: Path, set_cell):
    (d / "speakers.csv").write_text("", encoding="utf-8")


def _missing_file(d: Path, set_cell):
    (d / "areas.csv").unlink()


def _not_utf8(d: Path, set_cell):
    (d / "topics.csv").write_bytes((d / "topics.csv").read_bytes() + "arrests2,Caf\xe9,x\n".encode("latin-1"))


def _missing_source_text(d: Path, set_cell):
    (d.parent / "seeds" / "cops-now-need-zero-tolerance-approach.txt").unlink()


def _not_a_number(d: Path, set_cell):
    set_cell(d / "figures.csv", "f01", "value", "a hundred and fifty")


def _area_cycle(d: Path, set_cell):
    set_cell(d / "areas.csv", "national", "parent_id", "southend")


BREAKAGES = {
    "shifted offsets": (_shift_offsets, "quotes.csv:6: start: quote 'q05'"),
    "unknown speaker": (_unknown_speaker, "quotes.csv:6: speaker_id: quote 'q05': unknown speaker_id 'nobody'"),
    "unknown source": (_unknown_source, "figures.csv:3: source_id: figure 'f02': unknown source_id"),
    "duplicate id": (_duplicate_id, "quotes.csv:6: quote_id: quote 'q04': duplicate id"),
    "missing column": (_missing_column, "topics.csv:1: description: required column is missing"),
    "empty file": (_empty_file, "speakers.csv: file is empty"),
    "missing file": (_missing_file, "areas.csv: file not found"),
    "not UTF-8": (_not_utf8, "topics.csv:9: not valid UTF-8"),
    "missing source text": (_missing_source_text, "sources.csv:2: path: source 'echo-zero-tolerance': cannot read"),
    "not a number": (_not_a_number, "figures.csv:2: value: figure 'f01': must be a number"),
    "area cycle": (_area_cycle, "areas.csv:2: parent_id: area 'national': the parent chain loops"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_broken_data_shows_the_problems_and_changes_nothing(name, dataset_copy, set_cell, monkeypatch):
    breaks, expected = BREAKAGES[name]
    breaks(dataset_copy, set_cell)
    before = fingerprint(dataset_copy.parent)
    at = run_app(monkeypatch, dataset_copy)
    assert at.error and "cannot show it" in at.error[0].value
    listing = "\n".join(c.value for c in at.code)
    assert expected in listing
    assert "Traceback" not in listing and not at.get("plotly_chart")
    assert fingerprint(dataset_copy.parent) == before


def test_markup_in_the_data_is_shown_as_text(hostile_dataset, monkeypatch):
    at = run_app(monkeypatch, hostile_dataset, area="Castle Point")
    quotes = quote_cards(at)
    row = quotes.index[quotes["Quote"] == HOSTILE_QUOTE].tolist()
    assert row, "the hostile quote is in the table, as its characters"
    at.button(key=f"open-{row[0]}").click().run()
    bodies = "\n".join(h.proto.body for h in at.get("html"))
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in bodies
    assert "<script>window" not in bodies and "<img src=x" not in bodies
    markdown = "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)
    assert "**not bold**" not in markdown and "<b>Eve</b>" not in markdown
    for chart in at.get("plotly_chart"):
        assert "<b>Eve</b>" not in chart.proto.spec and "<script>" not in chart.proto.spec


@pytest.mark.parametrize("params", [
    {"area": "Atlantis"}, {"speaker": "<script>alert(1)</script>"}, {"topic": "Nothing"},
    {"q": "(" * 50 + "[a-z]+$"}, {"q": "é" * 5000}, {"q": "\x00\x1b[31m\u202e"}, {"kind": "shouted"},
])
def test_hostile_links_never_raise(params, monkeypatch):
    from components.dataset.load import REPO_ROOT

    at = run_app(monkeypatch, REPO_ROOT / "data", **params)
    assert not at.error


@pytest.mark.parametrize("name", BREAKAGES)
def test_validate_command_names_file_row_and_id_for_each_breakage(name, dataset_copy, set_cell):
    import subprocess
    import sys

    breaks, expected = BREAKAGES[name]
    breaks(dataset_copy, set_cell)
    done = subprocess.run([sys.executable, "-m", "components", "validate", "--data-dir", str(dataset_copy)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert expected in done.stderr and "Traceback" not in done.stderr
