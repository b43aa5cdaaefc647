"""The loader: typed frames from a valid dataset, DatasetError from a broken one, and the cache key."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from components.dataset.load import (
    DATA_DIR_ENV,
    DatasetError,
    data_files_signature,
    default_data_dir,
    fold_for_search,
    load_dataset,
)


@pytest.fixture(scope="module")
def shipped(repo_root):
    return load_dataset(repo_root / "data")


def test_offsets_are_integers(shipped):
    for frame in (shipped.quotes, shipped.figures):
        assert frame["start"].dtype == "int64"
        assert frame["end"].dtype == "int64"
    assert (shipped.quotes["end"] > shipped.quotes["start"]).all()


def test_values_are_floats_and_periods_are_dates(shipped):
    figures = shipped.figures.set_index("figure_id")
    assert figures["value"].dtype == "float64"
    assert figures.at["f02", "value"] == 215.0
    assert pd.api.types.is_datetime64_any_dtype(figures["period_start"])
    assert figures.at["f01", "period_start"] == pd.Timestamp("2018-04-01")
    assert pd.isna(figures.at["f04", "period_start"]), "an empty period stays empty, not a made-up date"
    assert figures["period_inferred"].dtype == bool
    assert figures.at["f01", "period_inferred"] and not figures.at["f04", "period_inferred"]


def test_lists_are_tuples(shipped):
    quotes = shipped.quotes.set_index("quote_id")
    assert all(isinstance(v, tuple) for v in quotes["area_ids"])
    assert all(isinstance(v, tuple) for v in quotes["topics"])
    assert quotes.at["q14", "area_ids"] == ("castle-point", "essex")
    assert quotes.at["q10", "topics"] == ("multi-agency", "prevention", "serious-violence")


def test_quotes_carry_the_speaker(shipped):
    quotes = shipped.quotes.set_index("quote_id")
    assert quotes["speaker_name"].notna().all() and (quotes["speaker_name"] != "").all()
    assert quotes.at["q09", "speaker_name"] == "Tony Cox"
    assert quotes.at["q19", "speaker_role"] == "Southend District Commander"
    figures = shipped.figures.set_index("figure_id")
    assert figures.at["f04", "speaker_name"] == "Neil Pudney"
    assert figures.at["f04", "area_name"] == "Southend"


def test_source_texts_are_loaded(shipped, repo_root):
    seed = repo_root / "seeds" / "cops-now-need-zero-tolerance-approach.txt"
    assert shipped.texts == {"echo-zero-tolerance": seed.read_text(encoding="utf-8")}


def test_fold_for_search():
    assert fold_for_search("isn\u2019t") == "isn't"
    assert fold_for_search("ISN\u2019T") == "isn't"
    assert fold_for_search("\u201czero tolerance\u201d \u2013 now") == '"zero tolerance" - now'


def test_search_column_finds_straight_apostrophes(shipped):
    quotes = shipped.quotes.set_index("quote_id")
    assert "isn\u2019t" in quotes.at["q06", "text"], "the text itself keeps the curly apostrophe"
    assert "isn't" in quotes.at["q06", "search"]
    assert "tony cox" in quotes.at["q09", "search"]
    hits = shipped.quotes.loc[shipped.quotes["search"].str.contains("don't", regex=False), "quote_id"]
    assert list(hits) == ["q12"]


def test_env_var_points_at_another_dataset(dataset_copy, set_cell, monkeypatch):
    set_cell(dataset_copy / "topics.csv", "arrests", "label", "Arrests (copy)")
    monkeypatch.setenv(DATA_DIR_ENV, str(dataset_copy))
    assert default_data_dir() == dataset_copy
    data = load_dataset()
    assert data.data_dir == dataset_copy
    assert data.topics.set_index("topic_id").at["arrests", "label"] == "Arrests (copy)"


def test_env_var_unset_means_shipped_data(monkeypatch, repo_root):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert default_data_dir().resolve() == (repo_root / "data").resolve()


def test_broken_data_raises_dataset_error(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q05", "speaker_id", "nobody")
    with pytest.raises(DatasetError) as caught:
        load_dataset(dataset_copy)
    assert caught.value.data_dir == dataset_copy
    assert [str(p) for p in caught.value.problems] == [
        "quotes.csv:6: speaker_id: quote 'q05': unknown speaker_id 'nobody'; add it to speakers.csv or correct the id"
    ]
    assert "1 problem(s)" in str(caught.value)


def test_broken_data_through_the_env_var(dataset_copy, monkeypatch):
    (dataset_copy / "areas.csv").unlink()
    monkeypatch.setenv(DATA_DIR_ENV, str(dataset_copy))
    with pytest.raises(DatasetError) as caught:
        load_dataset()
    assert caught.value.problems
    assert any(str(p).startswith("areas.csv: file not found") for p in caught.value.problems)


def test_signature_is_stable_while_nothing_changes(dataset_copy):
    assert data_files_signature(dataset_copy) == data_files_signature(dataset_copy)
    assert any(name.endswith("quotes.csv") for name, *_ in data_files_signature(dataset_copy))


def test_signature_changes_when_a_csv_is_touched(dataset_copy):
    before = data_files_signature(dataset_copy)
    path = dataset_copy / "topics.csv"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert data_files_signature(dataset_copy) != before


def test_signature_changes_when_a_csv_is_edited(dataset_copy, set_cell):
    before = data_files_signature(dataset_copy)
    set_cell(dataset_copy / "topics.csv", "arrests", "label", "Arrests and proactive policing work")
    assert data_files_signature(dataset_copy) != before


def test_signature_changes_when_a_source_text_changes(dataset_copy):
    before = data_files_signature(dataset_copy)
    seed = dataset_copy.parent / "seeds" / "cops-now-need-zero-tolerance-approach.txt"
    seed.write_bytes(seed.read_bytes() + b"\n")
    assert data_files_signature(dataset_copy) != before
