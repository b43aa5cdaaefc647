"""What the official record shows beside a figure: the one rule, used by the cards, the officer chart, the CSV and
JSON downloads, the briefing and the CLI. Pure; no Streamlit here.

- Extra (or recruited) officers over a period: the force's net change in officer FTE from the count at the end of
  the day before the period to the count at its end (two dates, two values, the difference, the records).
- A number of officers: the force's FTE at the claim's date (the latest count on or before it).
- Anything else, or a claim without a period: a plain sentence saying no official measure answers it.

It never judges a claim: no "true", "false" or "misleading". It shows the comparison, with its caveats in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from components.dataset.load import Dataset
from components.dataset.schema import OFFICER_FTE_CITATION
from components.view.display import financial_year, metric_words

CHANGE_METRICS = ("extra_officers", "recruited_officers")  # a claim of officers added over a period
LEVEL_METRICS = ("officers",)  # a claim of how many officers there are
CHANGE, LEVEL, NONE = "change", "level", "none"

FTE_CAVEAT = "FTE (full-time equivalent) is not headcount."
NET_CAVEAT = "A net change is not the number of officers recruited: officers also leave."
RELEASES_CAVEAT = ("The two counts come from different Home Office releases; later editions revise earlier dates "
                   "slightly.")


@dataclass(frozen=True)
class Count:
    """One official value: a force's officer FTE at a date, and the record it comes from."""

    as_at: pd.Timestamp
    fte: float
    citation_id: str
    precision: str

    @property
    def words(self) -> str:
        return f"{fte_words(self.fte)} at {self.as_at:%-d %B %Y}"


@dataclass(frozen=True)
class Record:
    """What the record shows for one figure. `kind` is CHANGE, LEVEL or NONE; `shows` is the sentence."""

    kind: str
    force: str
    start: Count | None
    end: Count | None
    shows: str  # what the record shows, or why nothing answers the figure
    sources: tuple[str, ...]  # the records the values come from, as a reader would cite them
    caveats: tuple[str, ...]

    @property
    def difference(self) -> float | None:
        if self.kind != CHANGE:
            return None
        return round(self.end.fte - self.start.fte, 2)

    @property
    def value(self) -> float | None:
        """The record's number: the net change, or the level."""
        return self.difference if self.kind == CHANGE else self.end.fte if self.kind == LEVEL else None

    @property
    def source_text(self) -> str:
        return "; ".join(self.sources)

    @property
    def text(self) -> str:
        """The whole comparison in words: what it shows, its sources, its caveats."""
        parts = [self.shows]
        if self.sources:
            parts.append("Source: " + self.source_text + ".")
        return " ".join(parts + list(self.caveats))


def fte_words(value: float) -> str:
    """`3,070.95 FTE`, and a whole number without decimals (`3,763 FTE`)."""
    return f"{value:,.0f} FTE" if value == int(value) else f"{value:,.2f} FTE"


def signed(value: float) -> str:
    return f"{value:+,.0f}" if value == int(value) else f"{value:+,.2f}"


# --- The official series, indexed once per call ------------------------------------------------------------

def force_counts(officer_fte: pd.DataFrame) -> dict[str, dict[pd.Timestamp, Count]]:
    """Every force's counts by date."""
    n = len(officer_fte)
    cites = officer_fte["citation_id"].tolist() if "citation_id" in officer_fte else [""] * n
    precisions = officer_fte["precision"].tolist() if "precision" in officer_fte else [""] * n
    out: dict[str, dict[pd.Timestamp, Count]] = {}
    for name, kind, as_at, fte, cite, precision in zip(
            officer_fte["name"].tolist(), officer_fte["kind"].tolist(), officer_fte["as_at"].tolist(),
            officer_fte["officer_fte"].tolist(), cites, precisions, strict=True):
        if kind == "force":
            out.setdefault(name, {})[pd.Timestamp(as_at)] = Count(pd.Timestamp(as_at), float(fte),
                                                                 cite or OFFICER_FTE_CITATION, precision or "2dp")
    return out


def official_yearly_change(officer_fte: pd.DataFrame, force: str) -> pd.DataFrame:
    """Net change in a force's officer FTE from one 31 March to the next, labelled by financial year; a year
    whose start or end count is missing is left out, not bridged."""
    counts = force_counts(officer_fte).get(force, {})
    march = sorted((d, c.fte) for d, c in counts.items() if d.month == 3 and d.day == 31)
    rows = [(f"{to_date.year - 1}/{to_date.year % 100:02d}", from_fte, to_fte, from_date, to_date,
             round(to_fte - from_fte, 2)) for (from_date, from_fte), (to_date, to_fte) in pairwise(march)
            if to_date.year == from_date.year + 1]
    return pd.DataFrame(rows, columns=["year", "from_fte", "to_fte", "from_date", "to_date", "change"])


def force_for(ds: Dataset, area_id: str) -> str | None:
    """The police force whose official count stands beside a claim about this area: the nearest area, up
    the hierarchy, whose name is a force in the official series."""
    fte = ds.officer_fte
    forces = {name for name, kind in zip(fte["name"].tolist(), fte["kind"].tolist(), strict=True) if kind == "force"}
    ids = ds.areas["area_id"].tolist()
    parent = dict(zip(ids, ds.areas["parent_id"].tolist(), strict=True))
    names = dict(zip(ids, ds.areas["name"].tolist(), strict=True))
    seen: set[str] = set()
    while area_id and area_id not in seen:
        if names.get(area_id) in forces:
            return names[area_id]
        seen.add(area_id)
        area_id = parent.get(area_id, "")
    return None


# --- The rule ---------------------------------------------------------------------------------------------

def records(ds: Dataset, figures: pd.DataFrame) -> list[Record]:
    """What the record shows for each figure, in order. Worked out once per distinct claim shape (area,
    metric, period): a hundred thousand figures share a handful."""
    counts = force_counts(ds.officer_fte)
    cites = {c: (t, p) for c, t, p in zip(ds.citations["citation_id"].tolist(), ds.citations["title"].tolist(),
                                          ds.citations["publisher"].tolist(), strict=True)}
    forces: dict[str, str | None] = {}
    done: dict[tuple, Record] = {}
    out = []
    columns = ("area_id", "metric", "period_text", "period_start", "period_end", "period_inferred", "period_basis")
    cells = zip(*(figures[c].tolist() if c in figures else [""] * len(figures) for c in columns), strict=True)
    for key in cells:
        if key not in done:
            area = key[0]
            if area not in forces:
                forces[area] = force_for(ds, area)
            done[key] = record_for(dict(zip(columns, key, strict=True)), forces[area],
                                   counts.get(forces[area] or "", {}), cites, _area_name(ds, area))
        out.append(done[key])
    return out


def _area_name(ds: Dataset, area_id: str) -> str:
    names = dict(zip(ds.areas["area_id"].tolist(), ds.areas["name"].tolist(), strict=True))
    return names.get(area_id, area_id)


def record_for(figure: dict, force: str | None, counts: dict[pd.Timestamp, Count],
               cites: dict[str, tuple[str, str]], area_name: str) -> Record:
    """The rule for one figure: `figure` has its metric and period; `counts` are its force's counts by date;
    `cites` names the citations by id as (title, publisher); `area_name` is the area the figure is about."""
    metric = figure.get("metric", "")
    if metric not in CHANGE_METRICS + LEVEL_METRICS:
        return Record(NONE, "", None, None, f"No official measure answers this figure: the Home Office series "
                      f"counts police officers by force, not {metric_words(metric)}.", (), ())
    start, end = _ts(figure.get("period_start")), _ts(figure.get("period_end"))
    if force is None:
        return Record(NONE, "", None, None, f"No official count stands beside this figure: the official series "
                      f"has no police force for {area_name}.", (), ())
    if metric in CHANGE_METRICS:
        if start is None or end is None:
            return Record(NONE, force, None, None, "No official change can be set beside this figure: its period "
                          "is not put into dates.", (), ())
        before, after = counts.get(start - pd.Timedelta(days=1)), counts.get(end)
        if before is None or after is None:
            missing = (start - pd.Timedelta(days=1)) if before is None else end
            return Record(NONE, force, None, None, f"No official change can be set beside this figure yet: the "
                          f"series has no {force} count at {missing:%-d %B %Y}.", (), ())
        period = financial_year(start, end) or f"{start:%-d %B %Y} to {end:%-d %B %Y}"
        shows = (f"{force} officer numbers went from {before.words} to {after.words}: a net change of "
                 f"{signed(round(after.fte - before.fte, 2))} FTE over {period}.")
        caveats = [FTE_CAVEAT, NET_CAVEAT]
        if before.citation_id != after.citation_id:
            caveats.append(RELEASES_CAVEAT)
        found = (before, after)
    else:
        at = end or start
        if at is None:
            return Record(NONE, force, None, None, "No official count can be set beside this figure: it gives no "
                          "date.", (), ())
        earlier = [d for d in counts if d <= at]
        if not earlier:
            return Record(NONE, force, None, None, f"No official count can be set beside this figure: the series "
                          f"has no {force} count on or before {at:%-d %B %Y}.", (), ())
        after = counts[max(earlier)]
        before = None
        shows = f"{force} had {after.words}."
        if after.as_at != at:
            shows += f" That is the latest official count on or before {at:%-d %B %Y}."
        caveats = [FTE_CAVEAT]
        found = (after,)
    if figure.get("period_inferred") is True or str(figure.get("period_inferred")).lower() == "true":
        basis = cites.get(figure.get("period_basis") or "")
        source = f" from “{basis[0]}” ({basis[1]})" if basis else ""
        words = f"; the article says “{figure['period_text']}”" if figure.get("period_text") else ""
        period = financial_year(start, end) if start is not None and end is not None else None
        which = f", {period}," if period else ""
        caveats.append(f"The claim's period{which} is inferred{source}{words}.")
    if area_name != force:
        caveats.append(f"The count is for the {force} force, not for {area_name} alone.")
    rounded = [c for c in found if c.precision == "int"]
    if rounded:
        caveats.append("Rounded to whole officers by the source it was taken from: "
                       + ", ".join(c.words for c in rounded) + ".")
    sources = tuple(dict.fromkeys(_cite(c.citation_id, cites) for c in found))
    return Record(CHANGE if before else LEVEL, force, before, after, shows, sources, tuple(caveats))


def _cite(citation_id: str, cites: dict[str, tuple[str, str]]) -> str:
    title, publisher = cites.get(citation_id, (citation_id, ""))
    return f"{publisher}, “{title}”" if publisher else f"“{title}”"


def _ts(value) -> pd.Timestamp | None:
    if value is None or value == "" or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value)


# --- As columns, for the CSV and JSON downloads -------------------------------------------------------------

RECORD_COLUMNS = ("record_kind", "record_force", "record_from_date", "record_from_fte", "record_to_date",
                  "record_to_fte", "record_change", "record_shows", "record_source", "record_caveats")
RECORD_DATES = ("record_from_date", "record_to_date")


def record_frame(ds: Dataset, figures: pd.DataFrame) -> pd.DataFrame:
    """What the record shows for each figure, one column each (RECORD_COLUMNS), on the figures' index: the
    measure (change, level or none), the force, the two dates and values (only the second for a level), the
    net change, the sentence, the records cited and the caveats."""
    rows = []
    for r in records(ds, figures):
        rows.append((r.kind, r.force, r.start.as_at if r.start else pd.NaT, r.start.fte if r.start else None,
                     r.end.as_at if r.end else pd.NaT, r.end.fte if r.end else None, r.difference, r.shows,
                     r.source_text, " ".join(r.caveats)))
    return pd.DataFrame(rows, columns=list(RECORD_COLUMNS), index=figures.index)
