"""`python -m components merge`: a reviewed draft added to a dataset, or nothing written at all."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from components.cli import main
from components.dataset.read import read_dataset
from components.drafting.merge import plan_merge

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "articles"
SEED = ROOT / "seeds" / "cops-now-need-zero-tolerance-approach.txt"


def make_draft(tmp_path: Path, article: Path) -> Path:
    out = tmp_path / "drafts" / article.stem
    assert main(["draft", str(article), "--out", str(out), "--publisher", "Southend Echo"]) == 0
    return out


def snapshot(data_dir: Path) -> dict[str, bytes]:
    """Every file of the dataset and of the seeds folder beside it."""
    files = list(data_dir.iterdir()) + list((data_dir.parent / "seeds").iterdir())
    return {str(p): p.read_bytes() for p in files}


def table(data_dir: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(data_dir / f"{name}.csv", dtype=str, keep_default_na=False)


def test_merge_adds_new_rows_with_new_ids_and_matches_by_name(dataset_copy, tmp_path, capsys):
    before = {name: table(dataset_copy, name) for name in ("quotes", "figures", "speakers", "areas", "topics")}
    draft = make_draft(tmp_path, ARTICLES / "basildon-officer-numbers.txt")
    drafted = len(table(draft / "data", "quotes"))  # every quote of the draft, new to the dataset
    assert drafted >= 13
    assert main(["merge", str(draft), "--into", str(dataset_copy)]) == 0
    assert read_dataset(dataset_copy).problems == []
    quotes, speakers, areas = (table(dataset_copy, n) for n in ("quotes", "speakers", "areas"))
    assert len(quotes) == len(before["quotes"]) + drafted
    assert quotes["quote_id"].is_unique and list(quotes["quote_id"].iloc[-drafted:]) == [
        f"q{n}" for n in range(21, 21 + drafted)]
    assert (speakers["name"] == "Essex Police").sum() == 1  # matched, not added again
    assert set(quotes.loc[quotes["speaker_id"] == "essex-police", "source_id"]) == {"echo-zero-tolerance",
                                                                                      "basildon-officer-numbers"}
    assert (areas["name"] == "Essex").sum() == 1 and {"Basildon", "Wickford"} <= set(areas["name"])
    assert areas.set_index("name").at["Basildon", "parent_id"] == "essex"
    assert table(dataset_copy, "topics")["label"].is_unique
    assert (dataset_copy.parent / "seeds" / "basildon-officer-numbers.txt").is_file()
    assert "matched speaker 'Essex Police'" in capsys.readouterr().out


def test_existing_rows_are_kept_byte_for_byte(dataset_copy, tmp_path):
    before = snapshot(dataset_copy)
    assert main(["merge", str(make_draft(tmp_path, ARTICLES / "castle-point-commons.txt")),
                 "--into", str(dataset_copy)]) == 0
    after = snapshot(dataset_copy)
    for path, data in before.items():
        assert after[path].startswith(data), path


def test_a_second_merge_continues_the_numbering(dataset_copy, tmp_path):
    for name in ("basildon-officer-numbers", "chelmsford-ghost-station"):
        assert main(["merge", str(make_draft(tmp_path, ARTICLES / f"{name}.txt")), "--into", str(dataset_copy)]) == 0
    quotes, figures = table(dataset_copy, "quotes"), table(dataset_copy, "figures")
    assert quotes["quote_id"].is_unique and quotes["quote_id"].iloc[-1] == f"q{len(quotes):02d}"
    assert figures["figure_id"].is_unique
    assert set(figures["quote_id"]) - {""} <= set(quotes["quote_id"])
    assert read_dataset(dataset_copy).problems == []


def test_an_article_already_in_the_dataset_is_refused_and_nothing_written(dataset_copy, tmp_path, capsys):
    before = snapshot(dataset_copy)
    assert main(["merge", str(make_draft(tmp_path, SEED)), "--into", str(dataset_copy)]) == 1
    assert "same text as source 'echo-zero-tolerance'" in capsys.readouterr().err
    assert snapshot(dataset_copy) == before


def test_a_broken_draft_writes_nothing_and_lists_its_problems(dataset_copy, tmp_path, capsys):
    draft = make_draft(tmp_path, ARTICLES / "southend-knife-crime.txt")
    path = draft / "data" / "quotes.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    rows[1][4] = "words the article does not have"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    before = snapshot(dataset_copy)
    assert main(["merge", str(draft), "--into", str(dataset_copy)]) == 1
    err = capsys.readouterr().err
    assert "nothing was written" in err and "quotes.csv:2" in err
    assert snapshot(dataset_copy) == before


def test_dry_run_checks_and_writes_nothing(dataset_copy, tmp_path, capsys):
    before = snapshot(dataset_copy)
    assert main(["merge", str(make_draft(tmp_path, ARTICLES / "colchester-town-centre-team.txt")),
                 "--into", str(dataset_copy), "--dry-run"]) == 0
    assert "would add" in capsys.readouterr().out
    assert snapshot(dataset_copy) == before


def test_planning_counts_what_would_be_added_and_stages_nothing(dataset_copy, tmp_path):
    draft = make_draft(tmp_path, ARTICLES / "thurrock-pcso-cuts.txt")
    plan = plan_merge(draft, dataset_copy)
    drafted = pd.read_csv(draft / "data" / "quotes.csv", dtype=str)
    assert plan.problems == [] and plan.added["quotes"] == len(drafted) > 0  # every drafted quote would be added
    assert all(not p.name.startswith(".") for p in dataset_copy.iterdir())  # planning stages nothing
