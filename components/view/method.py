"""What the methods note says about one dataset: the dates and periods read by inference, and where the
official series ends. Pure functions over the dataset; no Streamlit here. The general text is methodology.md."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from components.dataset.load import Dataset
from components.view.display import financial_year

GENERAL_TEXT = Path(__file__).with_name("methodology.md")


@cache
def general_text() -> str:
    """methodology.md, read once per process (it ships with the code)."""
    return GENERAL_TEXT.read_text(encoding="utf-8")


def inferred_readings(ds: Dataset) -> list[str]:
    """One sentence for each distinct inference in the dataset: a publication month read from outside the
    article, or a figure's period put into dates; then each period in words left unresolved. Repeats (the
    same reading in many articles) are one sentence, with how many articles it covers."""
    titles = dict(zip(ds.sources["source_id"].tolist(), ds.sources["title"].tolist(), strict=True))
    readings: dict[tuple, list[str]] = {}  # reading: source ids it covers
    if "published_inferred" in ds.sources:
        for source, published, month, note in zip(ds.sources["source_id"].tolist(), ds.sources["published"].tolist(),
                                                  ds.sources["published_inferred"].tolist(),
                                                  ds.sources["note"].tolist(), strict=True):
            if month and pd.isna(published):
                readings.setdefault(("published", month, note), []).append(source)
    figs = ds.figures[ds.figures["period_inferred"]] if "period_inferred" in ds.figures else ds.figures.iloc[0:0]
    for source, words, start, end, note in zip(figs["source_id"].tolist(), figs["period_text"].tolist(),
                                               figs["period_start"].tolist(), figs["period_end"].tolist(),
                                               figs["note"].tolist(), strict=True):
        readings.setdefault(("period", words, _period(start, end), note), []).append(source)
    worded = ds.figures[(ds.figures["period_text"] != "") & ds.figures["period_start"].isna()]
    for source, words in zip(worded["source_id"].tolist(), worded["period_text"].tolist(), strict=True):
        readings.setdefault(("unresolved", words), []).append(source)
    out = []
    for reading, sources in readings.items():
        where = _where(sorted(set(sources)), titles)
        if reading[0] == "published":
            _, month, note = reading
            gives = "gives" if where.startswith("“") else "give"
            text = f"{where} {gives} no publication date; {_month(month)} is inferred."
        elif reading[0] == "unresolved":
            text, note = f"“{reading[1]}” in {where} is not put into dates: it is shown in its own words.", ""
        else:
            _, words, period, note = reading
            text = f"“{words}” in {where} is read as {period}, inferred."
        out.append(f"{text} {note}".strip())
    return out


def series_end(ds: Dataset) -> str | None:
    """The last date of the official officer series, e.g. "30 September 2019", or None when there is none."""
    dates = ds.officer_fte["as_at"].dropna() if "as_at" in ds.officer_fte else pd.Series(dtype="datetime64[ns]")
    return None if dates.empty else f"{dates.max():%-d %B %Y}"


def _where(sources: list[str], titles: dict[str, str]) -> str:
    if len(sources) == 1:
        return f"“{titles.get(sources[0], sources[0])}”"
    return f"{len(sources):,} articles"


def _month(month: str) -> str:
    return f"{pd.Timestamp(month + '-01'):%B %Y}"


def _period(start: pd.Timestamp, end: pd.Timestamp) -> str:
    year = financial_year(start, end)
    if year:
        return f"the {year} financial year (1 April to 31 March)"
    if pd.isna(end) or end == start:
        return f"{start:%-d %B %Y}"
    return f"{start:%-d %B %Y} to {end:%-d %B %Y}"
