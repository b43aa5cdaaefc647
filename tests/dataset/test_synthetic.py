"""The synthetic dataset generator: a valid dataset of the size asked for, that the loader reads."""

from __future__ import annotations

import pytest

from components.dataset.load import load_dataset
from components.dataset.read import read_dataset
from components.dataset.synthetic import write_synthetic_dataset

N_QUOTES = 200  # ten copies of the shipped article's twenty quotes


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return write_synthetic_dataset(tmp_path_factory.mktemp("synthetic"), N_QUOTES)


def test_the_dataset_validates_with_no_problems(synthetic):
    raw = read_dataset(synthetic)
    assert raw.problems == []
    assert len(raw.texts) == len(raw.frames["sources"])


def test_it_has_the_quotes_asked_for_over_distinct_sources(synthetic, repo_root):
    quotes = read_dataset(synthetic).frames["quotes"]
    assert len(quotes) == N_QUOTES
    assert quotes["quote_id"].is_unique
    assert quotes["source_id"].nunique() == N_QUOTES // 20
    seeds = sorted((synthetic.parent / "seeds").iterdir())
    assert len(seeds) == N_QUOTES // 20
    real = (repo_root / "seeds" / "cops-now-need-zero-tolerance-approach.txt").read_bytes()
    assert all(p.read_bytes() == real for p in seeds), "every seed is a byte-for-byte copy"


def test_a_size_that_is_not_a_whole_number_of_articles_is_exact_and_valid(tmp_path):
    data_dir = write_synthetic_dataset(tmp_path, 45)
    raw = read_dataset(data_dir)
    assert raw.problems == []
    assert len(raw.frames["quotes"]) == 45
    assert raw.frames["quotes"]["source_id"].nunique() == 3


def test_load_dataset_reads_it_and_filters_have_something_to_do(synthetic):
    ds = load_dataset(synthetic)
    assert len(ds.quotes) == N_QUOTES
    assert len(ds.sources) == N_QUOTES // 20
    assert len(ds.figures) > 0 and ds.figures["quote_id"].isin(ds.quotes["quote_id"]).all()
    # Copies rotate speakers, areas and topics, so each is spread over many articles, not tied to one.
    assert ds.quotes["speaker_id"].nunique() == len(ds.speakers)
    per_area = ds.quotes["area_ids"].explode().value_counts()
    assert set(per_area.index) == set(ds.areas["area_id"])
    assert ds.quotes["search"].str.contains("bobbies").sum() == N_QUOTES // 20


def test_it_refuses_to_write_over_a_dataset(tmp_path):
    write_synthetic_dataset(tmp_path, 20)
    with pytest.raises(FileExistsError):
        write_synthetic_dataset(tmp_path, 20)
