"""Filtering and search: pure functions over the dataset's frames. No Streamlit here."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from components.dataset.load import Dataset, fold_for_search

# URL keys: the names a copied link carries. One table, read by the page, the CLI and the exports.
URL_KEYS = {
    "areas": "area",
    "speakers": "speaker",
    "topics": "topic",
    "kinds": "kind",
    "sources": "source",
    "q": "q",
    "include_wider": "wider",
}
MAX_QUERY_CHARS = 500  # longer searches are cut, with a notice


@dataclass(frozen=True)
class Filters:
    """What the reader chose, by the names they read (area and speaker names, topic labels)."""

    areas: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # source titles
    q: str = ""
    include_wider: bool = True  # claims about a wider area (Essex) appear under the towns inside it
    notices: tuple[str, ...] = field(default=(), compare=False)

    def describe(self) -> str:
        """A short line naming the active filters, for chart subtitles and file contents."""
        parts = []
        if self.areas:
            wider = " (with county-wide claims)" if self.include_wider else " (this area only)"
            parts.append("Area: " + ", ".join(self.areas) + wider)
        if self.speakers:
            parts.append("Speaker: " + ", ".join(self.speakers))
        if self.topics:
            parts.append("Topic: " + ", ".join(self.topics))
        if self.kinds:
            parts.append("Kind: " + ", ".join(self.kinds))
        if self.sources:
            parts.append("Source: " + ", ".join(self.sources))
        if self.q:
            parts.append(f"Search: “{self.q}”")
        return " · ".join(parts) if parts else "All areas, speakers and topics"

    def slug(self) -> str:
        """The view part of an export's file name: where, then any other filter, so two different views never
        share a name: `castle-point`, `all-areas`, `southend-only-norman-smith-search-bobbies`. A long one
        is cut and ends with a short hash of the whole."""
        parts = ["-".join(self.areas) + ("" if self.include_wider else "-only") if self.areas else "all-areas",
                 *self.speakers, *self.topics, *self.kinds]
        if self.sources:
            parts.append(self.sources[0] if len(self.sources) == 1 else f"{len(self.sources)}-sources")
        if self.q:
            parts.append(f"search-{self.q}")
        full = slugify("-".join(parts), limit=None)
        if len(full) <= SLUG_CHARS:
            return full
        digest = hashlib.sha1(full.encode()).hexdigest()[:8]
        return full[:SLUG_CHARS - 9].rstrip("-") + "-" + digest

    def filename(self, stem: str, ext: str) -> str:
        """What and where, for every export: `officer-numbers-castle-point.png`, `quotes-all-areas.csv`."""
        return f"{stem}-{self.slug()}.{ext}"


SLUG_CHARS = 80


def slugify(text: str, limit: int | None = SLUG_CHARS) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)[:limit] or "view"


def is_in(values: pd.Series, allowed) -> pd.Series:
    """`values.isin(allowed)` through a Python set: pandas' own isin on Arrow-backed strings walks every
    value in Python and slowed a 100,000-quote rerun by a second."""
    allowed = set(allowed.tolist() if isinstance(allowed, pd.Series) else allowed)
    return pd.Series([v in allowed for v in values.tolist()], index=values.index, dtype=bool)


def tuples_meeting(cells: pd.Series, wanted: set[str]) -> pd.Series:
    """Whether each cell (a tuple of ids) shares an id with `wanted`; decided once per distinct tuple."""
    verdict = {cell: not wanted.isdisjoint(cell) for cell in set(cells.tolist())}
    return pd.Series([verdict[cell] for cell in cells.tolist()], index=cells.index, dtype=bool)


def filter_options(ds: Dataset) -> dict[str, list[str]]:
    """The values each filter offers, as readers see them."""
    return {
        "areas": ds.areas["name"].tolist(),
        "speakers": ds.speakers["name"].tolist(),
        "topics": ds.topics["label"].tolist(),
        "kinds": sorted(ds.quotes["kind"].unique().tolist()),
        "sources": ds.sources["title"].tolist(),
    }


def clean_filters(ds: Dataset, raw: dict[str, list[str] | str | bool]) -> Filters:
    """Build Filters from untrusted values (a URL, the CLI), dropping what matches nothing, with a notice."""
    options = filter_options(ds)
    notices = []
    chosen: dict[str, tuple[str, ...]] = {}
    for name, allowed in options.items():
        values = raw.get(name) or []
        values = [values] if isinstance(values, str) else list(values)
        known = set(allowed)
        keep = tuple(dict.fromkeys(v for v in values if v in known))
        dropped = [v for v in values if v not in known]
        if dropped:
            shown = ", ".join(repr(_printable(v)[:40]) for v in dropped[:3])
            notices.append(f"No {URL_KEYS[name]} called {shown} in this dataset; it was left out.")
        chosen[name] = keep
    q = _printable(str(raw.get("q") or "")).strip()
    if len(q) > MAX_QUERY_CHARS:
        notices.append(f"The search was cut to its first {MAX_QUERY_CHARS} characters.")
        q = q[:MAX_QUERY_CHARS]
    return Filters(**chosen, q=q, include_wider=bool(raw.get("include_wider", True)), notices=tuple(notices))


def _printable(text: str) -> str:
    return "".join(c for c in text if c.isprintable() or c in "\t ")


def area_scope(ds: Dataset, area_names: tuple[str, ...], include_wider: bool) -> tuple[set[str], set[str]]:
    """Area ids a claim may be tagged with to show: the chosen areas and everything inside them, and (when
    wider claims are included) the areas they sit inside. Returns (own, wider)."""
    ids = ds.areas.set_index("name")["area_id"]
    chosen = {ids[n] for n in area_names if n in ids.index}
    parent = dict(zip(ds.areas["area_id"], ds.areas["parent_id"], strict=True))
    own = set(chosen)
    changed = True
    while changed:  # add descendants
        inside = {a for a, p in parent.items() if p in own and a not in own}
        own |= inside
        changed = bool(inside)
    wider: set[str] = set()
    if include_wider:
        for area in chosen:
            up, seen = parent.get(area, ""), set()
            while up and up not in seen:
                seen.add(up)
                wider.add(up)
                up = parent.get(up, "")
    return own, wider - own


def filter_quotes(ds: Dataset, f: Filters) -> pd.DataFrame:
    """Quotes in view, with `wider_area` True where a quote shows only because it is about a wider area."""
    quotes = ds.quotes
    mask = pd.Series(True, index=quotes.index)
    wider_only = pd.Series(False, index=quotes.index)
    if f.areas:
        own, wider = area_scope(ds, f.areas, f.include_wider)
        in_own = tuples_meeting(quotes["area_ids"], own)
        in_wider = tuples_meeting(quotes["area_ids"], wider)
        mask &= in_own | in_wider
        wider_only = in_wider & ~in_own
    if f.speakers:
        mask &= is_in(quotes["speaker_name"], f.speakers)
    if f.topics:
        ids = set(ds.topics.loc[is_in(ds.topics["label"], f.topics), "topic_id"])
        mask &= tuples_meeting(quotes["topics"], ids)
    if f.kinds:
        mask &= is_in(quotes["kind"], f.kinds)
    if f.sources:
        mask &= is_in(quotes["source_id"], ds.sources.loc[is_in(ds.sources["title"], f.sources), "source_id"])
    if f.q:
        mask &= quotes["search"].str.contains(fold_for_search(f.q), regex=False)
    # With every quote in view, no rows are copied: the new columns go on a shallow copy.
    out = quotes.copy(deep=False) if mask.all() else quotes[mask]
    wider_only = wider_only[mask]
    return out.assign(wider_area=wider_only, wider_note=_wider_notes(ds, out["area_ids"], wider_only))


WIDER_LABELS = {"county": "county-wide"}


def wider_label(ds: Dataset, area_ids: tuple[str, ...]) -> str:
    """How a claim shown under a smaller area is marked: county-wide, or wider area."""
    kinds = ds.areas.set_index("area_id")["kind"]
    found = [WIDER_LABELS.get(kinds.get(a, ""), "wider area") for a in area_ids]
    return found[0] if found else "wider area"


def filter_figures(ds: Dataset, f: Filters, quotes_in_view: pd.DataFrame) -> pd.DataFrame:
    """Figures in view: those inside a quote in view, and (with no search or kind filter) any others that
    pass the area, speaker and source filters."""
    figures = ds.figures
    in_quote = is_in(figures["quote_id"], quotes_in_view["quote_id"])
    mask = in_quote
    if not f.q and not f.kinds and not f.topics:
        loose = figures["quote_id"] == ""
        if f.areas:
            own, wider = area_scope(ds, f.areas, f.include_wider)
            loose &= is_in(figures["area_id"], own | wider)
        if f.speakers:
            loose &= is_in(figures["speaker_name"], f.speakers)
        if f.sources:
            loose &= is_in(figures["source_id"], ds.sources.loc[is_in(ds.sources["title"], f.sources), "source_id"])
        mask = mask | loose
    out = figures[mask]
    if f.areas:
        own, _ = area_scope(ds, f.areas, f.include_wider)
        wider = ~is_in(out["area_id"], own)
    else:
        wider = pd.Series(False, index=out.index)
    return out.assign(wider_area=wider, wider_note=_wider_notes(ds, out["area_id"], wider))


def _wider_notes(ds: Dataset, area_ids: pd.Series, wider: pd.Series) -> pd.Series:
    """The wider-area label of each row that shows only as a wider-area claim; computed once per distinct
    area id or tuple of ids, not once per row."""
    flags = wider.to_numpy(dtype=bool)
    if not flags.any():
        return pd.Series("", index=area_ids.index, dtype=object)
    labels: dict = {}
    notes = []
    for ids, flagged in zip(area_ids.tolist(), flags.tolist(), strict=True):
        if flagged and ids not in labels:
            labels[ids] = wider_label(ds, ids if isinstance(ids, tuple) else (ids,))
        notes.append(labels[ids] if flagged else "")
    return pd.Series(notes, index=area_ids.index, dtype=object)


def option_counts(ds: Dataset, name: str) -> dict[str, int]:
    """How many quotes each value of a filter has, over the whole dataset, in the filter's order. Counts
    distinct cells first: a hundred thousand quotes name a few hundred distinct area and topic lists."""
    q = ds.quotes
    if name in ("areas", "topics"):
        column, table, key, label = (("area_ids", ds.areas, "area_id", "name") if name == "areas"
                                     else ("topics", ds.topics, "topic_id", "label"))
        per_id: Counter = Counter()
        for ids, n in Counter(q[column].tolist()).items():
            for one in ids:
                per_id[one] += n
        names = dict(zip(table[key], table[label], strict=True))
        counts: Counter = Counter()
        for one, n in per_id.items():
            counts[names.get(one, one)] += n
    elif name in ("speakers", "kinds"):
        counts = Counter(q["speaker_name" if name == "speakers" else "kind"].tolist())
    elif name == "sources":
        titles = dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))
        counts = Counter()
        for source, n in Counter(q["source_id"].tolist()).items():
            counts[titles.get(source, source)] += n
    else:
        raise ValueError(f"no filter called {name!r}")
    return {value: counts.get(value, 0) for value in filter_options(ds)[name]}