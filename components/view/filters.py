"""The filters: one table (`FILTERS`) from which the sidebar, the link, the CLI, the captions, the file names and
the chart cache key all come, and the pure functions that apply it. No Streamlit here.

To add a filter: write its predicate (which quotes pass; and which figures outside any quote, if any), add its
row to `FILTERS`, and test it. `Filters` gets a field of the row's name; nothing else names the filters.
"""

from __future__ import annotations

import hashlib
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, make_dataclass
from functools import cached_property

import pandas as pd

from components.dataset.load import Dataset, fold_for_search
from components.dataset.names import slug

CHOICE, TEXT, SWITCH = "choice", "text", "switch"  # a multiselect of values, a search box, an on/off toggle
MAX_QUERY_CHARS = 500  # longer searches are cut, with a notice
SLUG_CHARS = 80  # a longer view part of a file name is cut and ends with a short hash of the whole


def is_in(values: pd.Series, allowed) -> pd.Series:
    """`values.isin(allowed)` through a Python set: pandas' own isin on Arrow-backed strings walks every
    value in Python and slowed a 100,000-quote rerun by a second."""
    allowed = set(allowed.tolist() if isinstance(allowed, pd.Series) else allowed)
    return pd.Series([v in allowed for v in values.tolist()], index=values.index, dtype=bool)


def tuples_meeting(cells: pd.Series, wanted: set[str]) -> pd.Series:
    """Whether each cell (a tuple of ids) shares an id with `wanted`; decided once per distinct tuple."""
    verdict = {cell: not wanted.isdisjoint(cell) for cell in set(cells.tolist())}
    return pd.Series([verdict[cell] for cell in cells.tolist()], index=cells.index, dtype=bool)


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


# --- What each filter keeps: quotes (a mask over ds.quotes) and figures outside any quote ---------------------

def _ids_where(table: pd.DataFrame, column: str, values, key: str) -> set[str]:
    return set(table.loc[is_in(table[column], values), key])


def _area_quotes(ds: Dataset, f: Filters, quotes: pd.DataFrame) -> pd.Series:
    own, wider = area_scope(ds, f.areas, f.include_wider)
    return tuples_meeting(quotes["area_ids"], own | wider)


def _area_figures(ds: Dataset, f: Filters, figures: pd.DataFrame) -> pd.Series:
    own, wider = area_scope(ds, f.areas, f.include_wider)
    return is_in(figures["area_id"], own | wider)


def _speaker_rows(ds: Dataset, f: Filters, rows: pd.DataFrame) -> pd.Series:
    return is_in(rows["speaker_name"], f.speakers)


def _topic_quotes(ds: Dataset, f: Filters, quotes: pd.DataFrame) -> pd.Series:
    return tuples_meeting(quotes["topics"], _ids_where(ds.topics, "label", f.topics, "topic_id"))


def _kind_quotes(ds: Dataset, f: Filters, quotes: pd.DataFrame) -> pd.Series:
    return is_in(quotes["kind"], f.kinds)


def _source_rows(ds: Dataset, f: Filters, rows: pd.DataFrame) -> pd.Series:
    return is_in(rows["source_id"], _ids_where(ds.sources, "title", f.sources, "source_id"))


def _search_quotes(ds: Dataset, f: Filters, quotes: pd.DataFrame) -> pd.Series:
    return quotes["search"].str.contains(fold_for_search(f.q), regex=False)


_NAT = pd.NaT.value  # what NaT reads as in int64


def figure_years(figures: pd.DataFrame) -> list[str | None]:
    """The financial year ("2019/20") each figure's resolved period lies within, else None: 1 April 2018 to
    31 March 2019 is 2018/19, and so is a single date inside it. Once per distinct period, keyed on the dates
    as integers (Timestamps are slow to make for a hundred thousand rows)."""
    periods = list(zip(figures["period_start"].to_numpy("datetime64[ns]").view("int64").tolist(),
                       figures["period_end"].to_numpy("datetime64[ns]").view("int64").tolist(), strict=True))
    years = {p: _year_within(*p) for p in set(periods)}
    return [years[p] for p in periods]


def _year_within(start: int, end: int) -> str | None:
    if start == _NAT:
        return None
    first, last = pd.Timestamp(start), pd.Timestamp(end if end != _NAT else start)
    year = first.year if first.month >= 4 else first.year - 1
    if last < first or last > pd.Timestamp(year + 1, 3, 31):
        return None
    return f"{year}/{(year + 1) % 100:02d}"


def _period_figures(ds: Dataset, f: Filters, figures: pd.DataFrame) -> pd.Series:
    return pd.Series([y in f.periods for y in figure_years(figures)], index=figures.index, dtype=bool)


def _period_quotes(ds: Dataset, f: Filters, quotes: pd.DataFrame) -> pd.Series:
    # A quote passes when it holds a figure for a chosen year.
    return is_in(quotes["quote_id"], ds.figures.loc[_period_figures(ds, f, ds.figures), "quote_id"])


def _period_options(ds: Dataset) -> list[str]:
    return sorted({y for y in figure_years(ds.figures) if y})


def _period_counts(ds: Dataset, quotes: pd.DataFrame | None = None) -> Counter:
    """Quotes per financial year, of all quotes or of `quotes` (the facet counts under the other filters)."""
    kept = None if quotes is None else set(quotes["quote_id"].tolist())
    pairs = {(q, y) for q, y in zip(ds.figures["quote_id"].tolist(), figure_years(ds.figures), strict=True)
             if q and y and (kept is None or q in kept)}
    return Counter(y for _, y in pairs)


# --- What each filter offers, and how many quotes each value has --------------------------------------------

def _tuple_counts(column: str, table: str, key: str, label: str) -> Callable[[Dataset], Counter]:
    """Quotes per label of a tuple column (areas, topics), counting distinct cells first: a hundred thousand
    quotes name a few hundred distinct area and topic lists."""
    def counts(ds: Dataset, quotes: pd.DataFrame | None = None) -> Counter:
        per_id: Counter = Counter()
        for ids, n in Counter((ds.quotes if quotes is None else quotes)[column].tolist()).items():
            for one in ids:
                per_id[one] += n
        frame = getattr(ds, table)
        names = dict(zip(frame[key], frame[label], strict=True))
        out: Counter = Counter()
        for one, n in per_id.items():
            out[names.get(one, one)] += n
        return out
    return counts


def _column_counts(column: str) -> Callable[..., Counter]:
    return lambda ds, quotes=None: Counter((ds.quotes if quotes is None else quotes)[column].tolist())


def _source_counts(ds: Dataset, quotes: pd.DataFrame | None = None) -> Counter:
    titles = dict(zip(ds.sources["source_id"], ds.sources["title"], strict=True))
    out: Counter = Counter()
    for source, n in Counter((ds.quotes if quotes is None else quotes)["source_id"].tolist()).items():
        out[titles.get(source, source)] += n
    return out


# --- How each filter is named in captions and file names ---------------------------------------------------

def _area_caption(f: Filters) -> str:
    if not f.areas:
        return ""
    wider = " (with county-wide claims)" if f.include_wider else " (this area only)"
    return "Area: " + ", ".join(f.areas) + wider


def _area_slug(f: Filters) -> list[str]:
    # Where comes first, and always: `all-areas`, `castle-point`, `southend-only`.
    return ["-".join(f.areas) + ("" if f.include_wider else "-only") if f.areas else "all-areas"]


def _source_slug(f: Filters) -> list[str]:
    return [f.sources[0] if len(f.sources) == 1 else f"{len(f.sources)}-sources"] if f.sources else []


# --- The table -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filter:
    """One filter, with everything each part of the app needs to know of it."""

    name: str  # the field of `Filters`, and the key of raw values from the page or the CLI
    kind: str  # CHOICE, TEXT or SWITCH: which widget, CLI option and cleaning it gets
    url_key: str  # its key in a copied link: ?area=Castle%20Point
    label: str  # the sidebar's label
    noun: str  # how captions and chart subtitles name it: "Speaker: Norman Smith"
    cli: str  # the CLI option: --area (repeatable for a choice), --q, --no-wider
    cli_help: str  # the CLI option's help, with an example
    quotes: Callable[[Dataset, Filters, pd.DataFrame], pd.Series] | None = None  # which quotes pass; None: all
    # Which figures outside any quote pass. None: while this filter is set, only figures inside a quote in view.
    figures: Callable[[Dataset, Filters, pd.DataFrame], pd.Series] | None = None
    options: Callable[[Dataset], list[str]] | None = None  # CHOICE: the values offered, in order
    # CHOICE: quotes per value, of the dataset or of the quotes given, for the sidebar's caption
    counts: Callable[..., Counter] | None = None
    caption: Callable[[Filters], str] | None = None  # the caption part ("" when unset), when not "Noun: a, b"
    slug: Callable[[Filters], list[str]] | None = None  # the file-name parts, when not the values themselves
    help: str = ""  # the widget's help
    default: object = ()
    min_options: int = 0  # the sidebar shows it only when it offers at least this many values
    placeholder: str = ""
    metavar: str = "NAME"  # the CLI's name for a value
    narrows_figures: bool = False  # its figure rule also holds for figures inside a quote in view


FILTERS: tuple[Filter, ...] = (
    Filter("areas", CHOICE, "area", "Area", "Area", "--area",
           'an area, e.g. --area "Castle Point"; claims about a wider area it sits in (Essex) '
           "are included unless --no-wider",
           quotes=_area_quotes, figures=_area_figures, options=lambda ds: ds.areas["name"].tolist(),
           counts=_tuple_counts("area_ids", "areas", "area_id", "name"), caption=_area_caption, slug=_area_slug),
    Filter("speakers", CHOICE, "speaker", "Speaker", "Speaker", "--speaker",
           'a speaker, e.g. --speaker "Martin Terry"',
           quotes=_speaker_rows, figures=_speaker_rows, options=lambda ds: ds.speakers["name"].tolist(),
           counts=_column_counts("speaker_name")),
    Filter("topics", CHOICE, "topic", "Topic", "Topic", "--topic", 'a topic, e.g. --topic "Officer numbers"',
           quotes=_topic_quotes, options=lambda ds: ds.topics["label"].tolist(),
           counts=_tuple_counts("topics", "topics", "topic_id", "label"), metavar="LABEL"),
    Filter("kinds", CHOICE, "kind", "Quote kind", "Kind", "--kind",
           "a quote kind: direct, partial or reported, e.g. --kind direct",
           quotes=_kind_quotes, options=lambda ds: sorted(ds.quotes["kind"].unique().tolist()),
           counts=_column_counts("kind"), metavar="KIND"),
    Filter("sources", CHOICE, "source", "Source", "Source", "--source",
           'an article by its title, e.g. --source "Cops now need zero tolerance approach"',
           quotes=_source_rows, figures=_source_rows, options=lambda ds: ds.sources["title"].tolist(),
           counts=_source_counts, slug=_source_slug, min_options=2, metavar="TITLE"),
    # Not a filter of its own: it widens or narrows the area filter, and its caption and file name say so.
    Filter("include_wider", SWITCH, "wider", "Include county-wide claims", "", "--no-wider",
           "with --area, leave out claims about the wider area (county-wide, national)",
           caption=lambda f: "", slug=lambda f: [], default=True,
           help="Claims tagged with a wider area (Essex) also show under the towns inside it, marked as "
                "county-wide."),
    Filter("periods", CHOICE, "period", "Period claimed", "Period", "--period",
           "a financial year a figure is about, read from its period (stated or inferred), e.g. --period 2019/20",
           quotes=_period_quotes, figures=_period_figures, options=_period_options, counts=_period_counts,
           narrows_figures=True, metavar="YEAR",
           help="Financial years (April to March) the figures' periods fall in; most periods are inferred "
                "from outside the article (see the methods note)."),
    Filter("q", TEXT, "q", "Search quotes", "Search", "--q",
           "search the quotes, speakers' names and roles, e.g. --q bobbies",
           quotes=_search_quotes, caption=lambda f: f"Search: “{f.q}”" if f.q else "",
           slug=lambda f: [f"search-{f.q}"] if f.q else [], default="", metavar="TEXT",
           placeholder="a word or phrase, e.g. bobbies",
           help="Case-insensitive; looks in the quote, the speaker's name and role."),
)
FILTERS_BY_NAME = {flt.name: flt for flt in FILTERS}
CHOICES = tuple(flt for flt in FILTERS if flt.kind == CHOICE)


class FiltersMethods:
    """What the reader chose, by the names they read (area and speaker names, topic labels): one field per row
    of `FILTERS`, plus `notices` about values left out. Frozen and hashable, and the hash leaves the notices
    out, so the value itself is the key of anything cached per view."""

    def active(self) -> list[Filter]:
        return [flt for flt in FILTERS if flt.kind != SWITCH and getattr(self, flt.name)]

    def describe(self) -> str:
        """A short line naming the active filters, for chart subtitles and file contents."""
        parts = [flt.caption(self) if flt.caption else
                 f"{flt.noun}: " + ", ".join(getattr(self, flt.name)) if getattr(self, flt.name) else ""
                 for flt in FILTERS]
        parts = [p for p in parts if p]
        return " · ".join(parts) if parts else "All areas, speakers and topics"

    def slug(self) -> str:
        """The view part of an export's file name: where, then any other filter, so two different views never
        share a name: `castle-point`, `all-areas`, `southend-only-norman-smith-search-bobbies`. A long one
        is cut and ends with a short hash of the whole."""
        parts = [part for flt in FILTERS for part in (flt.slug(self) if flt.slug else getattr(self, flt.name))]
        full = slug("-".join(parts))
        if len(full) <= SLUG_CHARS:
            return full
        digest = hashlib.sha1(full.encode()).hexdigest()[:8]
        return full[:SLUG_CHARS - 9].rstrip("-") + "-" + digest

    def filename(self, stem: str, ext: str) -> str:
        """What and where, for every export: `officer-numbers-castle-point.png`, `quotes-all-areas.csv`."""
        return f"{stem}-{self.slug()}.{ext}"

    def url_values(self) -> dict[str, object]:
        """The filters as a copied link carries them, by URL key."""
        return {flt.url_key: list(v) if isinstance(v := getattr(self, flt.name), tuple) else v for flt in FILTERS}

    def link(self, base_url: str, quote_id: str = "") -> str:
        """The link that reopens this view, with `quote_id` selected and in context when given: the base URL,
        then each filter set away from its default, then `quote`. The quote is not a filter (it narrows
        nothing), so it is not a row of `FILTERS`; `QUOTE_KEY` names it in the link."""
        pairs = [(flt.url_key, v) for flt in FILTERS for v in _link_values(flt, getattr(self, flt.name))]
        pairs += [(QUOTE_KEY, quote_id)] if quote_id else []
        query = urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)
        base = base_url.split("?", 1)[0]
        base += "/" if not urllib.parse.urlsplit(base).path else ""  # http://host:8501 -> http://host:8501/
        return base + ("?" + query if query else "")


QUOTE_KEY = "quote"  # the link's key for the quote selected and shown in context: ?quote=q05
DEFAULT_BASE_URL = "http://localhost:8501/"  # the dashboard's address in links, where no other is known


def _link_values(flt: Filter, value) -> list[str]:
    if flt.kind == CHOICE:
        return list(value)
    if flt.kind == SWITCH:
        return [] if value == flt.default else [str(value).lower()]
    return [value] if value else []


def _field_type(flt: Filter) -> type:
    return {CHOICE: tuple[str, ...], TEXT: str, SWITCH: bool}[flt.kind]


Filters = make_dataclass(
    "Filters",
    [(flt.name, _field_type(flt), field(default=flt.default)) for flt in FILTERS]
    + [("notices", tuple[str, ...], field(default=(), compare=False))],
    bases=(FiltersMethods,), frozen=True, namespace={"__module__": __name__, "__doc__": FiltersMethods.__doc__})


def filter_options(ds: Dataset) -> dict[str, list[str]]:
    """The values each choice filter offers, as readers see them."""
    return {flt.name: flt.options(ds) for flt in CHOICES}


def clean_filters(ds: Dataset, raw: dict[str, list[str] | str | bool]) -> Filters:
    """Build Filters from untrusted values (a URL, the CLI), dropping what matches nothing, with a notice."""
    notices = []
    chosen: dict[str, object] = {}
    for flt in FILTERS:
        value = raw.get(flt.name)
        if flt.kind == CHOICE:
            values = value or []
            values = [values] if isinstance(values, str) else list(values)
            known = set(flt.options(ds))
            dropped = [v for v in values if v not in known]
            if dropped:
                shown = ", ".join(repr(_printable(v)[:40]) for v in dropped[:3])
                notices.append(f"No {flt.url_key} called {shown} in this dataset; it was left out.")
            chosen[flt.name] = tuple(dict.fromkeys(v for v in values if v in known))
        elif flt.kind == TEXT:
            text = _printable(str(value or "")).strip()
            if len(text) > MAX_QUERY_CHARS:
                notices.append(f"The search was cut to its first {MAX_QUERY_CHARS} characters.")
                text = text[:MAX_QUERY_CHARS]
            chosen[flt.name] = text
        else:
            chosen[flt.name] = bool(flt.default if value is None else value)
    return Filters(**chosen, notices=tuple(notices))


def _printable(text: str) -> str:
    return "".join(c for c in text if c.isprintable() or c in "\t ")


def option_counts(ds: Dataset, name: str) -> dict[str, int]:
    """How many quotes each value of a choice filter has, over the whole dataset, in the filter's order."""
    flt = FILTERS_BY_NAME.get(name)
    if flt is None or flt.kind != CHOICE:
        raise ValueError(f"no filter called {name!r}")
    counts = flt.counts(ds)
    return {value: counts.get(value, 0) for value in flt.options(ds)}


def facet_counts(ds: Dataset, f: Filters) -> dict[str, dict[str, int]]:
    """For each choice filter, how many quotes each of its values would have with every other filter as set
    (as Datasette's facets count), in the filter's order, zeros included: "Castle Point 3" reads "3 quotes
    by the speaker chosen". Each active filter's mask is worked out once."""
    quotes = ds.quotes
    masks = {flt.name: flt.quotes(ds, f, quotes) for flt in f.active() if flt.quotes is not None}
    out = {}
    for flt in CHOICES:
        others = [m for name, m in masks.items() if name != flt.name]
        if not others:
            counts = flt.counts(ds)
        else:
            mask = others[0]
            for m in others[1:]:
                mask = mask & m
            counts = flt.counts(ds, quotes[mask])
        out[flt.name] = {value: counts.get(value, 0) for value in flt.options(ds)}
    return out


# --- The view: the filters and what passes them ---------------------------------------------------------------

def filter_quotes(ds: Dataset, f: Filters) -> pd.DataFrame:
    """Quotes in view, with `wider_area` True where a quote shows only because it is about a wider area."""
    quotes = ds.quotes
    mask = pd.Series(True, index=quotes.index)
    for flt in f.active():
        if flt.quotes is not None:
            mask &= flt.quotes(ds, f, quotes)
    wider_only = pd.Series(False, index=quotes.index)
    if f.areas:
        own, _ = area_scope(ds, f.areas, f.include_wider)
        wider_only = ~tuples_meeting(quotes["area_ids"], own)
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
    """Figures in view: those inside a quote in view, and any others that every active filter lets through
    (a filter with no figure rule, such as search, lets none through)."""
    figures = ds.figures
    mask = is_in(figures["quote_id"], quotes_in_view["quote_id"])
    active = f.active()
    if all(flt.figures is not None for flt in active):
        loose = figures["quote_id"] == ""
        for flt in active:
            loose &= flt.figures(ds, f, figures)
        mask = mask | loose
    for flt in active:
        if flt.narrows_figures:
            mask &= flt.figures(ds, f, figures)
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


@dataclass(frozen=True)
class View:
    """What the reader has in view: the filters and the quotes and figures that pass them."""

    ds: Dataset
    filters: Filters
    quotes: pd.DataFrame
    figures: pd.DataFrame

    @cached_property
    def sources_named(self) -> str:
        """The sources of the quotes in view (all sources when there are none), as a source line names them."""
        ids = set(self.quotes["source_id"].unique().tolist()) or set(self.ds.sources["source_id"].tolist())
        rows = [(p, t) for i, p, t in zip(self.ds.sources["source_id"].tolist(), self.ds.sources["publisher"].tolist(),
                                          self.ds.sources["title"].tolist(), strict=True) if i in ids]
        if len(rows) == 1:
            return f"{rows[0][0]}, “{rows[0][1]}”"
        return f"{len(rows)} articles (listed in the quote table)"

    def page(self, quotes: pd.DataFrame) -> View:
        """The same view with only some of its quotes (one page of the table)."""
        return View(self.ds, self.filters, quotes, self.figures)


def view_of(ds: Dataset, f: Filters) -> View:
    """The one way to build a View: the quotes that pass the filters, then the figures that go with them."""
    quotes = filter_quotes(ds, f)
    return View(ds, f, quotes, filter_figures(ds, f, quotes))
