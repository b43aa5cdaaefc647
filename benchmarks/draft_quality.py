"""Recall and precision of `python -m components draft` on the shipped article and the test articles.

    .venv/bin/python benchmarks/draft_quality.py

The shipped article is measured against its curated dataset (data/); each tests/articles/NAME.txt against
NAME.json. Articles marked "held_out" were not used to tune the rules.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components import draft  # noqa: E402

SHIPPED = ("cops-now-need-zero-tolerance-approach.txt", "echo-zero-tolerance", "Cops now need zero tolerance approach")


def measured_articles() -> list[tuple[str, str, tuple[pd.DataFrame, list[str]]]]:
    """(name, group, (quality table, misses)) for the shipped article and every test article."""
    areas, topics = draft.shipped_tables()
    name, source_id, title = SHIPPED
    text = (ROOT / "seeds" / name).read_bytes().decode("utf-8-sig")
    rows = [(name, "shipped (tuned)", draft.article_quality(
        text, draft.ArticleMeta(title, "Southend Echo"), draft.expected_from_dataset(ROOT / "data", source_id),
        areas, topics))]
    for path in sorted((ROOT / "tests" / "articles").glob("*.txt")):
        answers = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        table = draft.article_quality(text, draft.ArticleMeta(answers["title"], answers["publisher"]),
                                      draft.expected_from_answers(text, answers), areas, topics)
        rows.append((path.stem, "held out" if answers["held_out"] else "tuned", table))
    return rows


def main() -> None:
    rows = measured_articles()
    pd.set_option("display.width", 120)
    for name, group, (table, missed) in rows:
        print(f"\n{name} ({group})\n{table.round(3).to_string()}")
        print("".join(f"  {line}\n" for line in missed), end="")
    for group in ("shipped (tuned)", "tuned", "held out"):
        tables = [t for _, g, (t, _) in rows if g == group]
        print(f"\n== {group}: {len(tables)} article(s)\n{draft.sum_quality(tables).round(3).to_string()}")


if __name__ == "__main__":
    main()
