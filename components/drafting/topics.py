"""Step 5: topics, from each topic's keywords.

The keywords are data: the `keywords` column of the dataset's topics.csv (documented in data/README.md), and
for topics a draft may propose that the dataset lacks, `proposed_topics.csv` beside this file. A keyword matches
at the start of a word, in any case; a topic without keywords matches the longer words of its label.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from components.dataset import schema

PROPOSED_TOPICS_CSV = Path(__file__).with_name("proposed_topics.csv")
UNTAGGED_TOPIC = ("needs-topic", "Needs a topic", "Draft: no topic keyword matched; choose one in review.")


def _proposed() -> dict[str, tuple[str, str, str]]:
    table = pd.read_csv(PROPOSED_TOPICS_CSV, dtype=str, keep_default_na=False)
    return {row.topic_id: (row.label, row.description, row.keywords) for row in table.itertuples()}


PROPOSED_TOPICS = _proposed()  # topic_id -> (label, description, keywords)


def keyword_pattern(keywords: str, label: str = "") -> re.Pattern[str]:
    """One pattern for a topic: its keywords (`;`-separated) as literal text at a word's start, or, with none, the
    words of four letters or more of its label. Literal alternatives only: linear in the text."""
    words = [k.strip() for k in keywords.split(schema.REFS_SEPARATOR) if k.strip()] or \
        re.findall(r"[A-Za-z]{4,}", label)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.I)


def topics_for(text: str, topics: pd.DataFrame) -> list[str]:
    """Topic ids whose keywords the text holds: the dataset's topics, then the ones a draft may propose."""
    keywords = topics["keywords"] if "keywords" in topics else pd.Series("", index=topics.index)
    found = [t for t, k, label in zip(topics["topic_id"], keywords, topics["label"], strict=True)
             if keyword_pattern(k, label).search(text)]
    if not found:
        found = [t for t, (label, _, k) in PROPOSED_TOPICS.items() if keyword_pattern(k, label).search(text)]
    return found or [UNTAGGED_TOPIC[0]]
