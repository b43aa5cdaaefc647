"""Test data shared by the AppTest and browser suites (importable as `support`: pyproject puts tests/ on the path)."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")

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


def run_app(**params: str):
    """The dashboard run once as Streamlit runs it (AppTest), opened with `params` in its link; fails on any
    exception. The dataset is the one CLAIMS_DATA_DIR names, else the shipped data."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


CARD_CAPTION = re.compile(r"\*\*(?P<speaker>.*?)\*\* · (?P<about>.*) · \[link to this quote\]\((?P<link>[^)]*)\)$")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def quote_cards(at) -> pd.DataFrame:
    """The quote table as the page draws it, a card per quote: its id (from its button), the speaker, what it is
    about, the quote's words and its link."""
    ids = [b.key.removeprefix("open-") for b in at.button if (b.key or "").startswith("open-")]
    words = [unescape(m.value)[1:-1] for m in at.markdown if m.value.startswith("“")]
    captions = [CARD_CAPTION.match(c.value) for c in at.caption if "[link to this quote](" in c.value]
    return pd.DataFrame({"Speaker": [unescape(c["speaker"]) for c in captions],
                         "About": [unescape(c["about"]) for c in captions], "Quote": words,
                         "Link": [c["link"] for c in captions]}, index=ids)
