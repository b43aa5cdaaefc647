"""How values are written for readers, once for the page, the charts, the exports and the briefing: a speaker
with their role, the areas a claim is about, a figure's value and what it counts, and its period. No Streamlit."""

from __future__ import annotations

import pandas as pd

NO_PERIOD = "no period given"


def speaker_role(name: str, role: str, organisation: str) -> str:
    """What to add after a speaker's name: their role, else their organisation; nothing when that is the name."""
    extra = role or organisation
    return extra if extra and extra != name else ""


def speaker_label(name: str, role: str, organisation: str) -> str:
    """`Norman Smith (Southend councillor)`, or the name alone."""
    extra = speaker_role(name, role, organisation)
    return f"{name} ({extra})" if extra else name


def areas_label(names: list[str], wider_note: str = "") -> str:
    """`Castle Point, Southend`, with `(county-wide)` when the claim shows only as a wider area's."""
    return ", ".join(names) + (f" ({wider_note})" if wider_note else "")


def metric_words(metric: str) -> str:
    """`extra_officers` -> `extra officers`."""
    return metric.replace("_", " ")


def figure_value(value: float) -> str:
    """`1,000` for a whole number, else the number as given with thousands separated."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def figure_number(value: float, unit: str) -> str:
    """A figure's number alone: a fraction of a whole (`a third of its PCSOs`, stored as 0.3333) as a percentage,
    `33%`, which a value to four places would hide or round to nothing; any other value as `figure_value` writes it."""
    return f"{value * 100:.0f}%" if unit == "fraction" else figure_value(value)


def figure_amount(value: float, unit: str) -> str:
    """A figure as a reader says it: `215 officers`, `1.5 million pounds`, `33%` (a fraction needs no unit)."""
    return figure_number(value, unit) if unit == "fraction" else f"{figure_number(value, unit)} {unit}"


def period_words(text: str) -> str:
    """The period in the source's words, in quote marks, or that there is none."""
    return f"“{text}”" if text else NO_PERIOD


def financial_year(start: pd.Timestamp, end: pd.Timestamp) -> str | None:
    """The financial year ("2018/19") of a period running 1 April to 31 March of the next year, else None."""
    if pd.isna(start) or pd.isna(end) or not (start.month == 4 and start.day == 1 and end.month == 3
                                              and end.day == 31 and end.year == start.year + 1):
        return None
    return f"{start.year}/{end.year % 100:02d}"


def period_label(text: str, start: pd.Timestamp, end: pd.Timestamp, inferred: bool) -> str:
    """The period in words, with how it was read when that was an inference: `“last year” (read as 2018/19,
    inferred)`."""
    words = period_words(text)
    if not inferred:
        return words
    resolved = financial_year(start, end)
    if resolved:
        return f"{words} (read as {resolved}, inferred)"
    if pd.notna(start):
        return f"{words} (read as {start:%-d %B %Y}, inferred)"
    return words


def published_label(source: pd.Series) -> str:
    """When an article was published: its date, or that it gives none (with the inferred month, if any)."""
    if pd.notna(source.get("published")) and source.get("published") is not None:
        return pd.Timestamp(source["published"]).strftime("%-d %B %Y")
    inferred = source.get("published_inferred", "")
    if inferred:
        return f"date not stated (about {pd.Timestamp(inferred + '-01').strftime('%B %Y')}, inferred)"
    return "date not stated"
