"""Whether the repository holds any run of eight words of a real article (it must not: the articles may not be
copied here, and the drafting rules' examples and tests are written in invented sentences).

    .venv/bin/python benchmarks/article_overlap.py DIR      # DIR holds the article bodies as SLUG.txt

Prints each tracked text file that shares a run of eight words with an article in DIR, with the runs; exits 1
if there is one. Python's adjacent string literals are joined first, so a sentence split over lines is caught.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = 8  # words
WORD_RE = re.compile(r"[\w’'£%.-]+")
SKIP = ("seeds/", "data/", "benchmarks/real_articles/")  # the shipped article is the project's own seed


def words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


def runs(text: str) -> set[str]:
    w = words(text)
    return {" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def tracked_texts() -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / name for name in listed.split()
            if name.endswith((".py", ".md", ".toml", ".txt", ".csv", ".json")) and not name.startswith(SKIP)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, help="folder of real article bodies, SLUG.txt")
    args = parser.parse_args(argv)
    known: set[str] = set()
    for path in sorted(args.articles.glob("*.txt")):
        known |= runs(path.read_text(encoding="utf-8"))
    found = 0
    for path in tracked_texts():
        text = re.sub(r"[\"']\s*\n\s*[rf]?[\"']", " ", path.read_text(encoding="utf-8", errors="replace"))
        shared = sorted(runs(text) & known)
        if shared:
            found += 1
            print(f"{path.relative_to(ROOT)}: {len(shared)} run(s) of {RUN} words from an article")
            for run in shared[:5]:
                print(f"    {run}")
    print(f"{found} file(s) share a run of {RUN} words with the {len(list(args.articles.glob('*.txt')))} articles")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
