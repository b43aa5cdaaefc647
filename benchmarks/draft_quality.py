"""How well `python -m components draft` reads articles: quotes and figures found, with the right speaker.

    .venv/bin/python benchmarks/draft_quality.py                      # the shipped and the written test articles
    .venv/bin/python benchmarks/draft_quality.py --real DIR [--split test59 test60 ...] [--lines] [--variants]

Without `--real`: the shipped article against its curated dataset (data/), and each tests/articles/NAME.txt
against NAME.json. These articles were written for the tests: they measure the rules on the patterns they
were written for, not on real news.

With `--real DIR`: real published articles, scored against the careful readings in benchmarks/real_articles/.
The articles themselves may not be copied into this repository, so each reading keeps, for every quote and
figure, its first words, length and SHA-256 hash; DIR holds the article bodies as SLUG.txt (fetch each from the
`url` in its reading; the body only, paragraphs separated by blank lines). Every reading was made by a helper
who did not see the rules (benchmarks/READING_GUIDE.md says how). Split "dev" is what the rules were improved
against; "dev2" to "dev120" were each held out, scored once blind (the README gives those first scores), and then
used for development too; "test" to "test71" are scored only to report: never run `--lines` on them.
`--lines` prints every miss, wrong speaker and extra for reading (it prints the article's words: keep it local).
`--variants` also counts as right a speaker the draft names another way than the reader (`PSNI` for `Police
Service of Northern Ireland`; `quality.naming_variants` says which ways): the README reports both figures.
The rows "wrong among quotes to check / usually right / with no note" count, for each kind of doubt (`doubt.py`),
the quotes drafted of that kind (`found`) and the wrong speakers among them (`matched`, `precision` their share).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components import drafting  # noqa: E402
from components.drafting import quality  # noqa: E402

SHIPPED = ("cops-now-need-zero-tolerance-approach.txt", "echo-zero-tolerance", "Cops now need zero tolerance approach")
READINGS = ROOT / "benchmarks" / "real_articles"
SPLITS = ("dev", *(f"dev{n}" for n in range(2, 121)), "test", *(f"test{n}" for n in range(2, 72)))
Measured = tuple[str, str, tuple[pd.DataFrame, list[str]] | None]
INTERVAL_ROWS = (("quotes attributed", "recall"), ("figures attributed", "recall"),
                 (quality.WRONG_ROW, "precision"), (quality.UNFLAGGED_ROW, "precision"))


def written_articles() -> list[Measured]:
    """(name, group, (quality table, lines)) for the shipped article and every written test article."""
    areas, topics = drafting.shipped_tables()
    name, source_id, title = SHIPPED
    text = (ROOT / "seeds" / name).read_bytes().decode("utf-8-sig")
    rows = [(name, "shipped (tuned)", quality.article_quality(
        text, drafting.ArticleMeta(title, "Southend Echo"), quality.expected_from_dataset(ROOT / "data", source_id),
        areas, topics))]
    for path in sorted((ROOT / "tests" / "articles").glob("*.txt")):
        answers = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        table = quality.article_quality(text, drafting.ArticleMeta(answers["title"], answers["publisher"]),
                                        quality.expected_from_answers(text, answers), areas, topics)
        rows.append((path.stem, "held out" if answers["held_out"] else "tuned", table))
    return rows


def real_articles(texts: Path, splits: list[str] | None, variants: bool = False) -> list[Measured]:
    """(slug, split, (quality table, lines) or None when the draft failed) for each reading whose text is in
    `texts`; a reading without its text is reported and skipped. With `variants`, a speaker named another way
    than the reader's (`quality.naming_variants`) counts as right."""
    areas, topics = drafting.shipped_tables()
    rows: list[Measured] = []
    for reading in sorted(READINGS.glob("*.json")):
        hashed = json.loads(reading.read_text(encoding="utf-8"))
        if splits and hashed["split"] not in splits:
            continue
        path = texts / f"{reading.stem}.txt"
        if not path.exists():
            print(f"skipped {reading.stem}: no {path.name} in {texts} (fetch it from {hashed['url']})")
            continue
        text = path.read_text(encoding="utf-8")
        try:
            answers = quality.located_answers(text, hashed)
        except KeyError as error:  # a text fetched again that differs from the one read: say so, score the rest
            print(f"skipped {reading.stem}: {path.name} is not the text read ({error.args[0]})")
            continue
        try:
            measured = quality.article_quality(text, drafting.ArticleMeta(hashed["title"], hashed["publisher"]),
                                               quality.expected_from_answers(text, answers), areas, topics,
                                               quality.naming_variants(hashed["speakers"]) if variants else None)
        except Exception as error:  # a crash is the worst score: report it and go on
            print(f"FAILED {reading.stem}: {type(error).__name__}: {error}")
            measured = None
        rows.append((reading.stem, hashed["split"], measured))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=Path, help="folder of real article bodies, SLUG.txt")
    parser.add_argument("--split", choices=SPLITS, nargs="+",
                        help="only these splits of the real articles (their totals, then all of them together)")
    parser.add_argument("--lines", action="store_true", help="print each miss, wrong speaker and extra")
    parser.add_argument("--variants", action="store_true",
                        help="count a speaker named another way than the reader's as right (naming_variants)")
    args = parser.parse_args(argv)
    rows = real_articles(args.real, args.split, args.variants) if args.real else written_articles()
    pd.set_option("display.width", 120)
    for name, group, measured in rows:
        if measured is None:
            continue
        table, lines = measured
        print(f"\n{name} ({group})\n{table.round(3).to_string()}")
        if args.lines:
            print("".join(f"  {line}\n" for line in lines), end="")
    groups = list(dict.fromkeys(g for _, g, _ in rows))
    for group in groups + (["all"] if len(groups) > 1 else []):
        tables = [m[0] for _, g, m in rows if group in (g, "all") and m is not None]
        failed = sum(1 for _, g, m in rows if group in (g, "all") and m is None)
        print(f"\n== {group}: {len(tables)} article(s) drafted, {failed} failed\n"
              f"{quality.sum_quality(tables).round(3).to_string() if tables else ''}")
        if tables and args.real:  # how far the totals could move with other articles of the same kind
            print("95% interval, articles resampled: " + "; ".join(
                f"{row} {low:.1%} to {high:.1%}" for row, column in INTERVAL_ROWS
                for low, high in [quality.interval(tables, row, column)]))


if __name__ == "__main__":
    main()
