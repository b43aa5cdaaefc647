"""Chart builders: frames in, Plotly figures out. No Streamlit here.

Every figure carries its title, a subtitle naming the filters and a source line inside it, so an exported
image stands alone. One colour, one meaning on every chart: the official record is blue and a claim is
vermilion wherever they appear; topics take colours of their own (keyed on the whole dataset, so a topic keeps
its colour whatever the filters), never those two; every bar has a dark outline, so a light colour still
stands at 3:1 against the white background. Every chart is drawn in one light print style, on the page (in
either theme) and in its exported image.

Each builder writes its traces and layout as plain dicts and lists, and `plain_figure` makes the Plotly figure in
one step without Plotly's property-by-property validation, which cost more than everything else in a page
rerun. The tests build every chart again with validation on (`validated`), so a wrong property still fails.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import product

import pandas as pd
import plotly.graph_objects as go

from components.view.display import figure_amount, figure_number, financial_year, metric_words, period_words
from components.view.filters import Filters, View
from components.view.record import force_for, official_yearly_change  # noqa: F401 (charts.force_for)

# The record and the claims: Okabe & Ito's blue and vermilion (safe for the common colour blindnesses), at 5.0:1
# and 3.9:1 against white. Topics: Paul Tol's muted set without its blues, each bar outlined in OUTLINE.
CLAIM_COLOUR, OFFICIAL_COLOUR = "#D55E00", "#0072B2"
PALETTE = ("#117733", "#882255", "#AA4499", "#999933", "#44AA99", "#CC6677", "#DDCC77", "#661100", "#6699CC")
OUTLINE = dict(color="#222", width=1)  # 15:1 against white: a bar of any colour has an edge that stands out
CLAIM_PATTERNS = ("", "/", "x", ".", "\\", "+")  # a second claimant in one year: same colour, another hatching
STATED_COLOUR, INFERRED_COLOUR = "#222", "#595959"  # the timeline's dates: neither record nor claim
FONT = dict(family="Arial, Helvetica, sans-serif", size=13, color="#222")
EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_SCALE = 1200, 675, 2
CLAIMS_CAVEAT = "Claims as reported in the article, not verified."
FTE_SOURCE = "Home Office, Police workforce, England and Wales (officer FTE), Open Government Licence v3.0"


@dataclass(frozen=True)
class Chart:
    key: str  # file-name stem, e.g. officer-numbers
    title: str
    figure: go.Figure | None  # None when nothing in view: `summary` then says so
    summary: str  # one plain sentence for readers who cannot see the chart

    def filename(self, filters: Filters, ext: str) -> str:
        return filters.filename(self.key, ext)


def plain_figure(data: list[dict], layout: dict) -> go.Figure:
    """The figure from plain trace and layout dicts, unvalidated (see the module docstring)."""
    return go.Figure({"data": data, "layout": layout}, _validate=False)


def validated(fig: go.Figure) -> go.Figure:
    """The same figure built with Plotly's validation on: raises ValueError naming any invalid property."""
    return go.Figure(fig.to_plotly_json())


def colour_map(values: list[str], palette: tuple[str, ...] = PALETTE) -> dict[str, str]:
    return {v: palette[i % len(palette)] for i, v in enumerate(values)}


def source_line(view: View, *extra: str) -> str:
    return "Source: " + "; ".join([view.sources_named, *extra]) + ". " + CLAIMS_CAVEAT


TOP_MARGIN, AXIS_BAND, LEGEND_ROW, SOURCE_ROW, WRAP_CHARS = 100, 64, 21, 15, 70


def _frame(data: list[dict], layout: dict, title: str, view: View, source: str, plot_height: int = 300,
           axis_band: int = AXIS_BAND, left: int = 70, top: int = TOP_MARGIN) -> go.Figure:
    """Title and filters on top; under the plot, the legend (one entry a row) and the source line, each in a
    band of fixed pixels, so nothing overlaps at any width and the export carries all of it."""
    entries = sum(1 + (t.get("name") or "").count("<br>") for t in data if t.get("showlegend") is not False)
    source_lines = _wrap(source, WRAP_CHARS)
    source_band = SOURCE_ROW * (source_lines.count("<br>") + 1) + 12
    legend_band = LEGEND_ROW * entries + (10 if entries else 0)
    bottom = axis_band + legend_band + source_band
    height = top + plot_height + bottom
    layout = layout | dict(
        title=dict(text=title, subtitle=dict(text=_escape(view.filters.describe())), x=0.01, xanchor="left",
                   y=1 - 12 / height, yanchor="top", yref="container"),
        font=FONT,
        height=height,
        margin=dict(l=left, r=20, t=top, b=bottom),
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=entries > 0,
        legend=dict(orientation="v", yref="container", y=(source_band + 4) / height, yanchor="bottom",
                    x=0, xanchor="left", title=dict(text=""), font=dict(size=12), traceorder="normal"),
        annotations=[*layout.get("annotations", []), dict(
            text=source_lines, xref="paper", yref="paper", x=0, y=(6 - bottom) / plot_height, xshift=8 - left,
            xanchor="left", yanchor="bottom", showarrow=False, align="left", font=dict(size=11, color="#555"))],
    )
    # Fixed margins, so the legend and source line start at the figure's left edge, whatever the labels.
    grid = dict(gridcolor="#e5e5e5", zerolinecolor="#888", automargin=False)
    layout["xaxis"] = layout.get("xaxis", {}) | grid
    layout["yaxis"] = layout.get("yaxis", {}) | grid
    return plain_figure(data, layout)


def label_margin(labels: list[str], floor: int = 70) -> int:
    """Left margin in pixels that fits category labels (with <br> line breaks) at the chart font."""
    longest = max((len(line) for label in labels for line in str(label).split("<br>")), default=0)
    return min(280, max(floor, int(longest * 7.2) + 16))


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


def _escape(text: str) -> str:
    """Plotly reads a few HTML tags in labels; data text is shown as the characters it is."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- 1. Officer numbers: claim against record -------------------------------------------------------------

MAX_SUMMARY_CLAIMS = 8  # claims named in the officer chart's one-sentence summary


_NAT = pd.NaT.value  # what NaT reads as in int64


def financial_years(figures: pd.DataFrame) -> pd.Series:
    """Each figure's period as a financial year where it is one (see `financial_year`), else the source's own
    period words. Worked out once per distinct period: thousands of figures share a handful."""
    # Keyed on the dates as integers (nanoseconds; NaT is the smallest int64): Timestamps are slow to make.
    periods = list(zip(figures["period_start"].to_numpy("datetime64[ns]").view("int64").tolist(),
                       figures["period_end"].to_numpy("datetime64[ns]").view("int64").tolist(), strict=True))
    years = {p: financial_year(*(pd.Timestamp(v) if v != _NAT else pd.NaT for v in p)) for p in set(periods)}
    return pd.Series([years[p] or words for p, words in zip(periods, figures["period_text"].tolist(), strict=True)],
                     index=figures.index, dtype=object)


def distinct_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (year, value, claimant, words), however many articles repeat it, with `articles`
    counting them: a claim reported in fifty stories is still one claim."""
    keys = zip(*(claims[k].tolist() for k in ("year", "value", "speaker_name", "period_text")), strict=True)
    first: dict[tuple, int] = {}
    sources: dict[tuple, set[str]] = {}
    for pos, (key, source) in enumerate(zip(keys, claims["source_id"].tolist(), strict=True)):
        first.setdefault(key, pos)
        sources.setdefault(key, set()).add(source)
    out = claims.iloc[list(first.values())].reset_index(drop=True)
    return out.assign(articles=[len(sources[key]) for key in first])


def officer_numbers_chart(view: View) -> Chart:
    key, title = "officer-numbers", "Officer numbers: claims against the record"
    claims = view.figures[view.figures["metric"] == "extra_officers"]
    if claims.empty:
        return Chart(key, title, None, "No claim about extra officers is in view, so there is nothing to set "
                                       "beside the official count; widen the filters to see one.")
    force = next(filter(None, (force_for(view.ds, a) for a in claims["area_id"].unique())), None)
    claims = distinct_claims(claims.assign(year=financial_years(claims)))
    official = _years_around_claims(official_yearly_change(view.ds.officer_fte, force or ""), claims["year"])
    years = sorted(set(official["year"]) | set(claims["year"]))
    data = [
        dict(type="bar", name=f"Official net change in {force} officer FTE,<br>31 March to 31 March (Home Office)",
             x=official["year"].tolist(), y=official["change"].tolist(),
             marker=dict(color=OFFICIAL_COLOUR, line=OUTLINE),
             text=[f"{v:+,.0f}" for v in official["change"]], textposition="outside",
             hovertemplate="%{x}: net change %{y:+,.2f} FTE<extra></extra>"),
    ] if len(official) else []  # no official series for this area: the claims stand alone
    data += _claim_bars(claims)
    missing = [y for y in claims["year"].unique() if y not in set(official["year"])]
    # At the top of the plot, over the official bar's empty slot: clear of the claim's bar and its label.
    notes = [dict(x=year, y=0.99, yref="paper", text="no official<br>count yet", showarrow=False, yanchor="top",
                  xshift=-30, font=dict(size=11, color=OFFICIAL_COLOUR)) for year in missing]
    notes.append(dict(
        text=_wrap("A net change in FTE is not the number of officers recruited: officers also leave. "
                   "FTE is not headcount. The years of the claims are inferred.", 75),
        xref="paper", yref="paper", x=0, y=1.0, xshift=-62, yshift=8, xanchor="left", yanchor="bottom",
        showarrow=False, align="left", font=dict(size=11, color="#555"),
    ))
    changes = official["change"].tolist()
    top = max([*claims["value"].tolist(), *changes, 1]) * 1.25
    bottom = min([0, *changes]) * 1.25
    layout = dict(barmode="group", uniformtext=dict(minsize=11, mode="hide"), annotations=notes,
                  xaxis=dict(categoryorder="array", categoryarray=years,
                             title=dict(text="Financial year (April to March)")),
                  yaxis=dict(title=dict(text="Officers"), range=[float(bottom), float(top)]))
    fig = _frame(data, layout, title, view, source_line(view, FTE_SOURCE), plot_height=300, top=TOP_MARGIN + 20)
    summary = _officer_summary(claims, official, force)
    return Chart(key, title, fig, summary)


def _years_around_claims(official: pd.DataFrame, claim_years: pd.Series) -> pd.DataFrame:
    """The official years the chart shows: from the year before the first financial year claimed to the last
    one claimed, so the record reaches every claim without running on for years nobody spoke of."""
    claimed = sorted(y for y in claim_years.unique().tolist() if re.fullmatch(r"\d{4}/\d{2}", y))
    if not claimed:
        return official
    first = f"{int(claimed[0][:4]) - 1}/{claimed[0][2:4]}"
    return official[(official["year"] >= first) & (official["year"] <= claimed[-1])].reset_index(drop=True)


def _claim_bars(claims: pd.DataFrame) -> list[dict]:
    """The claims as bars beside the official ones, all in the claim colour: one trace per claimant, with a
    hatching of their own, so two people claiming different numbers for one year stand side by side. A claimant
    with two numbers for one year gets a second trace like the first, under the same legend entry."""
    traces: dict[tuple[str, int], list[tuple]] = {}
    seen: dict[tuple[str, str], int] = {}
    for year, value, who, words, articles in zip(claims["year"].tolist(), claims["value"].tolist(),
                                                 claims["speaker_name"].tolist(), claims["period_text"].tolist(),
                                                 claims["articles"].tolist(), strict=True):
        rank = seen[(who, year)] = seen.get((who, year), -1) + 1
        traces.setdefault((who, rank), []).append((year, value, _escape(words), articles))
    claimants = dict.fromkeys(who for who, _ in traces)
    hatching = {who: CLAIM_PATTERNS[i % len(CLAIM_PATTERNS)] for i, who in enumerate(claimants)}
    return [
        dict(type="bar", name=f"Extra officers claimed by {_escape(who)},<br>as reported (year inferred)",
             legendgroup=who, showlegend=rank == 0,
             marker=dict(color=CLAIM_COLOUR, line=OUTLINE, pattern=dict(shape=hatching[who], fgcolor="#fff")),
             x=[r[0] for r in rows], y=[r[1] for r in rows], text=[f"{r[1]:,.0f}" for r in rows],
             textposition="outside", customdata=[[_escape(who), r[2], r[3]] for r in rows],
             hovertemplate="%{x}: %{y:,.0f} extra officers, claimed by %{customdata[0]} (“%{customdata[1]}”), "
                           "in %{customdata[2]} article(s)<extra></extra>")
        for (who, rank), rows in traces.items()
    ]


def _officer_summary(claims: pd.DataFrame, official: pd.DataFrame, force: str | None) -> str:
    parts = []
    by_year = dict(zip(official["year"].tolist(), official["change"].tolist(), strict=True))
    rows = zip(claims["year"].tolist(), claims["speaker_name"].tolist(), claims["value"].tolist(),
               claims["period_text"].tolist(), strict=True)
    rows = sorted(rows, key=lambda row: row[0])
    for year, who, value, words in rows[:MAX_SUMMARY_CLAIMS]:
        text = f"{who} claims {value:,.0f} extra officers “{words}” (read as {year})"
        if year in by_year:
            text += f", against an official net change of {by_year[year]:+,.0f} FTE in {force}"
        else:
            text += ", for which the official series has no year-end count yet"
        parts.append(text)
    more = len(rows) - MAX_SUMMARY_CLAIMS
    return "; ".join(parts) + "." + (f" …and {more:,} more claims in the chart." if more > 0 else "")


# --- 2. Every figure in view -------------------------------------------------------------------------------

FIGURE_ROW_PX = 150  # the bars of one unit in the figures chart
MAX_LABELLED_BARS = 3  # more bars than this in one unit's row: numbered, not labelled, so labels never overlap


def figures_chart(view: View, limit: int = 24) -> Chart:
    """Every figure in view, one small chart per unit (officers, locations, pounds…), stacked, each on its own
    zero-based axis: bars in different units never share an axis. All are claims, so all in the claim colour."""
    key, title = "figures", "Every figure in view"
    figs = view.figures
    if figs.empty:
        return Chart(key, title, None, "No figure is in view; widen the filters to see the numbers claimed.")
    head = figs.head(limit)
    shown = list(zip(head["speaker_name"].tolist(), head["metric"].tolist(), head["period_text"].tolist(),
                     head["wider_note"].tolist(), head["value"].tolist(), head["unit"].tolist(), strict=True))
    labels = [_wrap(_escape(f"{metric_words(m)} ({p or 'no period'})" + (f", {w}" if w else "")), 14) + f"<br>#{i}"
              for i, (_, m, p, w, _, _) in enumerate(shown, 1)]
    by_unit: dict[str, list[tuple[str, str, float, int]]] = {}  # unit: (label, speaker, value, number), in order
    for number, (label, (speaker, _, _, _, value, unit)) in enumerate(zip(labels, shown, strict=True), 1):
        by_unit.setdefault(unit, []).append((label, speaker, value, number))
    label_px = 40 + 15 * max(label.count("<br>") + 1 for label in labels)
    row_px = FIGURE_ROW_PX + label_px
    plot_height = row_px * len(by_unit) - label_px  # the last row's labels sit in the axis band under the plot
    data, layout = [], dict(bargap=0.3, uniformtext=dict(minsize=11, mode="show"))
    grid = dict(gridcolor="#e5e5e5", zerolinecolor="#888", automargin=False)
    for i, (unit, rows) in enumerate(by_unit.items()):
        n = "" if i == 0 else str(i + 1)
        top = 1 - i * row_px / plot_height
        # many bars of one unit: each labelled by its number only, its amount without the unit (the axis names it),
        # the whole label in the hover and in the words under the chart, so that no two labels overlap on a phone
        crowded = len(rows) > MAX_LABELLED_BARS
        x = [f"#{r[3]}" if crowded else r[0] for r in rows]
        data.append(dict(type="bar", name=_escape(unit), x=x, y=[r[2] for r in rows],
                         xaxis=f"x{n}", yaxis=f"y{n}", showlegend=False, cliponaxis=False,
                         marker=dict(color=CLAIM_COLOUR, line=OUTLINE),
                         customdata=[[_escape(r[1]), r[0].replace("<br>", " "), _escape(figure_amount(r[2], unit))]
                                     for r in rows],
                         text=[_escape(figure_number(r[2], unit) if crowded else figure_amount(r[2], unit))
                               for r in rows], textposition="outside",
                         hovertemplate="%{customdata[2]}, claimed by %{customdata[0]}: %{customdata[1]}"
                                       "<extra></extra>"))
        layout[f"xaxis{n}"] = dict(anchor=f"y{n}", domain=[0, 1], type="category", categoryorder="array",
                                   categoryarray=x, tickangle=0, **grid)  # (`#4` would be read as the number 4)
        layout[f"yaxis{n}"] = dict(anchor=f"x{n}", domain=[max(0.0, top - FIGURE_ROW_PX / plot_height), top],
                                   title=dict(text=_escape(unit.capitalize())), rangemode="tozero",
                                   range=[0, max(r[2] for r in rows) * 1.3], **grid)
    fig = _frame(data, layout, title, view, source_line(view), plot_height=plot_height, axis_band=label_px)
    more = f" Showing the first {limit} of {len(figs):,}." if len(figs) > limit else ""
    summary = (f"One small chart per unit ({', '.join(by_unit)}), each on its own axis. "
               + "; ".join(f"#{i} {who}: {figure_amount(value, unit)} ({period_words(words)})"
                           for i, (who, _, words, _, value, unit) in enumerate(shown[:8], 1))
               + ("…" if len(shown) > 8 else ".") + more)
    return Chart(key, title, fig, summary)


def tag_counts(quotes: pd.DataFrame, columns: list[str]) -> Counter:
    """Quotes per combination of single values of `columns`, {(value, value): quotes}, where tuple columns
    (areas, topics) count a quote once under each of their values. Counts the distinct combinations first, so
    only those are expanded, not every row: a hundred thousand quotes count in a few tens of milliseconds."""
    combos = Counter(zip(*(quotes[c].tolist() for c in columns), strict=True))
    counts: Counter = Counter()
    for combo, n in combos.items():
        for single in product(*(v if isinstance(v, tuple) else (v,) for v in combo)):
            counts[single] += n
    return counts


def _topic_bars(counts: dict[tuple[str, str], int], topics: pd.DataFrame, category: dict[str, str],
                horizontal: bool, hover: str) -> list[dict]:
    """One bar trace per topic, in the dataset's topic order and colours, from {(category id, topic id):
    quotes}; `category` names the ids on the axis."""
    colours = colour_map(topics["label"].tolist())
    per_topic: dict[str, list[tuple[str, int]]] = {}
    for (cat, topic_id), n in counts.items():
        per_topic.setdefault(topic_id, []).append((_escape(category.get(cat, cat)), n))
    data = []
    for topic_id, label in zip(topics["topic_id"], topics["label"], strict=True):
        if topic_id not in per_topic:
            continue
        cats, values = (list(v) for v in zip(*per_topic[topic_id], strict=True))
        data.append(dict(type="bar", name=_escape(label), marker=dict(color=colours[label], line=OUTLINE),
                         hovertemplate=hover + _escape(label) + "<extra></extra>",
                         **(dict(orientation="h", y=cats, x=values) if horizontal else dict(x=cats, y=values))))
    return data


# --- 3. Who said what --------------------------------------------------------------------------------------

def quotes_by_speaker_chart(view: View) -> Chart:
    key, title = "quotes-by-speaker", "Who said what, by topic"
    quotes = view.quotes
    if quotes.empty:
        return Chart(key, title, None, "No quote matches these filters.")
    counts = tag_counts(quotes, ["speaker_name", "topics"])
    per = Counter(quotes["speaker_name"].tolist()).most_common()
    order = [_escape(name) for name, _ in per]
    data = _topic_bars(counts, view.ds.topics, {}, horizontal=True, hover="%{y}: %{x} quote(s) on ")
    layout = dict(barmode="stack",
                  yaxis=dict(categoryorder="array", categoryarray=order, autorange="reversed"),
                  xaxis=dict(title=dict(text="Quotes (a quote with two topics counts once in each)"),
                             rangemode="tozero", **(dict(dtick=1) if max(counts.values()) < 12 else {})))
    fig = _frame(data, layout, title, view, source_line(view), plot_height=max(180, 36 * len(order)),
                 left=label_margin(order))
    summary = f"{len(quotes)} quote(s) from {len(per)} speaker(s); most from {per[0][0]} ({per[0][1]})."
    return Chart(key, title, fig, summary)


# --- 4. Topics by area -------------------------------------------------------------------------------------

def topics_by_area_chart(view: View) -> Chart:
    key, title = "topics-by-area", "Topics raised about each area"
    quotes = view.quotes
    if quotes.empty:
        return Chart(key, title, None, "No quote matches these filters, so no topic is raised about any area.")
    area_names = dict(zip(view.ds.areas["area_id"], view.ds.areas["name"], strict=True))
    topic_labels = dict(zip(view.ds.topics["topic_id"], view.ds.topics["label"], strict=True))
    counts = tag_counts(quotes, ["area_ids", "topics"])
    raised = {area for area, _ in counts}
    areas = [_escape(name) for area, name in area_names.items() if area in raised]
    data = _topic_bars(counts, view.ds.topics, area_names, horizontal=False, hover="%{x}: %{y} quote(s) on ")
    layout = dict(barmode="group",
                  xaxis=dict(categoryorder="array", categoryarray=areas, title=dict(text="Area the quote is about")),
                  yaxis=dict(title=dict(text="Quotes"), rangemode="tozero"))
    fig = _frame(data, layout, title, view, source_line(view), plot_height=280)
    (top_area, top_topic), most = max(counts.items(), key=lambda item: item[1])
    summary = (f"{len({t for _, t in counts})} topic(s) across {len(areas)} area(s); the most raised is "
               f"{topic_labels.get(top_topic, top_topic)} about {area_names.get(top_area, top_area)} "
               f"({most} quote(s)).")
    return Chart(key, title, fig, summary)


# --- 5. Timeline of dated events ------------------------------------------------------------------------

def timeline_events(view: View) -> pd.DataFrame:
    """Dated events in view, each once however many articles repeat it: the periods of figures and the
    publication of their sources (stated or inferred), with start, end (equal for a single day) and whether
    the date is inferred."""
    events: dict[tuple, bool] = {}  # (label, start, end): inferred; the first of equal events is kept
    figs = view.figures[view.figures["period_start"].notna()].drop_duplicates(
        ["value", "unit", "period_text", "speaker_name", "period_start", "period_end"])
    inferred = figs["period_inferred"].tolist() if "period_inferred" in figs else [False] * len(figs)
    for v, u, p, n, start, end, inf in zip(figs["value"].tolist(), figs["unit"].tolist(),
                                            figs["period_text"].tolist(), figs["speaker_name"].tolist(),
                                            figs["period_start"].tolist(), figs["period_end"].tolist(), inferred,
                                            strict=True):
        events.setdefault((f"{figure_amount(v, u)}: “{p}” ({n})", start, start if pd.isna(end) else end), bool(inf))
    ids = set(view.quotes["source_id"].unique().tolist()) | set(view.figures["source_id"].unique().tolist())
    sources = view.ds.sources
    months: dict[str, tuple[pd.Timestamp, pd.Timestamp]] = {}
    guessed = sources["published_inferred"].tolist() if "published_inferred" in sources else [""] * len(sources)
    for source, title, published, stated, month in zip(sources["source_id"].tolist(), sources["title"].tolist(),
                                                       sources["published"].tolist(),
                                                       sources["published"].notna().tolist(), guessed, strict=True):
        if source not in ids:
            continue
        if stated:
            events.setdefault((f"Published: {title}", published, published), False)
        elif month:
            if month not in months:
                first = pd.Timestamp(f"{month}-01")
                months[month] = (first, first + pd.offsets.MonthEnd(0))
            events.setdefault((f"Published: {title}", *months[month]), True)
    frame = pd.DataFrame([(*key, inf) for key, inf in events.items()], columns=["label", "start", "end", "inferred"])
    frame[["start", "end"]] = frame[["start", "end"]].astype("datetime64[ns]")
    return frame.sort_values("start", kind="stable").reset_index(drop=True)


def timeline_chart(view: View, limit: int = 30) -> Chart:
    key, title = "timeline", "Timeline of the dated claims"
    events = timeline_events(view).head(limit)
    if events.empty:
        return Chart(key, title, None, "No claim in view has a date or a resolved period to place on a timeline.")
    labels = [_wrap(_escape(label), 26) for label in events["label"]]
    data = []
    for inferred, name, colour in ((False, "Date stated in the source", STATED_COLOUR),
                                   (True, "Date inferred (see the methodology)", INFERRED_COLOUR)):
        xs, ys = [], []
        for label, start, end, inf in zip(labels, events["start"], events["end"], events["inferred"], strict=True):
            if inf == inferred:
                xs += [start.isoformat(), end.isoformat(), None]
                ys += [label, label, None]
        if xs:
            data.append(dict(type="scatter", x=xs, y=ys, mode="lines+markers", name=name,
                             line=dict(color=colour, width=8 if not inferred else 6,
                                       dash="solid" if not inferred else "dot"),
                             marker=dict(size=11, color=colour, symbol="circle-open" if inferred else "circle"),
                             hovertemplate="%{y}: %{x|%-d %b %Y}<extra></extra>"))
    layout = dict(yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed"),
                  xaxis=dict(type="date", title=dict(text="Date")))
    fig = _frame(data, layout, title, view, source_line(view), plot_height=max(160, 44 * len(events)),
                 left=label_margin(labels))
    first, last = events["start"].min(), events["end"].max()
    summary = (f"{len(events)} dated event(s) from {first:%B %Y} to {last:%B %Y}; "
               f"{int(events['inferred'].sum())} of them with dates inferred from outside the article.")
    return Chart(key, title, fig, summary)


CHART_BUILDERS: tuple[Callable[[View], Chart], ...] = (
    officer_numbers_chart, figures_chart, quotes_by_speaker_chart, topics_by_area_chart, timeline_chart,
)


def build_charts(view: View) -> list[Chart]:
    return [build(view) for build in CHART_BUILDERS]
