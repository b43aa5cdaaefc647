"""Chart builders: frames in, Plotly figures out. No Streamlit here.

Every figure carries its title, a subtitle naming the filters and a source line inside it, so an exported
image stands alone. Colours come from one palette keyed on the whole dataset, so a speaker or topic keeps
its colour whatever the filters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from components.claims import Dataset
from components.filters import Filters, is_in

# Okabe & Ito's palette, safe for the common kinds of colour blindness, then Paul Tol's muted set.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442",
           "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255")
CLAIM_COLOUR, OFFICIAL_COLOUR = "#E69F00", "#0072B2"
FONT = dict(family="Arial, Helvetica, sans-serif", size=13, color="#222")
EXPORT_WIDTH, EXPORT_HEIGHT, EXPORT_SCALE = 1200, 675, 2
CLAIMS_CAVEAT = "Claims as reported in the article, not verified."
FTE_SOURCE = "Home Office, Police workforce, England and Wales (officer FTE), Open Government Licence v3.0"


@dataclass(frozen=True)
class View:
    """What the reader has in view: the filters and the quotes and figures that pass them."""

    ds: Dataset
    filters: Filters
    quotes: pd.DataFrame
    figures: pd.DataFrame


@dataclass(frozen=True)
class Chart:
    key: str  # file-name stem, e.g. officer-numbers
    title: str
    figure: go.Figure | None  # None when nothing in view: `summary` then says so
    summary: str  # one plain sentence for readers who cannot see the chart

    def filename(self, filters: Filters, ext: str) -> str:
        return filters.filename(self.key, ext)


def colour_map(values: list[str]) -> dict[str, str]:
    return {v: PALETTE[i % len(PALETTE)] for i, v in enumerate(values)}


def source_line(view: View, *extra: str) -> str:
    ids = view.quotes["source_id"].unique().tolist() or view.ds.sources["source_id"].tolist()
    sources = view.ds.sources[is_in(view.ds.sources["source_id"], ids)]
    if len(sources) == 1:
        row = sources.iloc[0]
        named = f"{row['publisher']}, “{row['title']}”"
    else:
        named = f"{len(sources)} articles (listed in the quote table)"
    return "Source: " + "; ".join([named, *extra]) + ". " + CLAIMS_CAVEAT


TOP_MARGIN, AXIS_BAND, LEGEND_ROW, SOURCE_ROW, WRAP_CHARS = 100, 64, 21, 15, 70


def _frame(fig: go.Figure, title: str, view: View, source: str, plot_height: int = 300,
           axis_band: int = AXIS_BAND, left: int = 70, top: int = TOP_MARGIN) -> go.Figure:
    """Title and filters on top; under the plot, the legend (one entry a row) and the source line, each in a
    band of fixed pixels, so nothing overlaps at any width and the export carries all of it."""
    entries = sum(1 + (t.name or "").count("<br>") for t in fig.data if t.showlegend is not False)
    source_lines = _wrap(source, WRAP_CHARS)
    source_band = SOURCE_ROW * (source_lines.count("<br>") + 1) + 12
    legend_band = LEGEND_ROW * entries + (10 if entries else 0)
    bottom = axis_band + legend_band + source_band
    height = top + plot_height + bottom
    fig.update_layout(
        title=dict(text=title, subtitle=dict(text=_escape(view.filters.describe())), x=0.01, xanchor="left",
                   y=1 - 12 / height, yanchor="top", yref="container"),
        font=FONT,
        height=height,
        margin=dict(l=left, r=20, t=top, b=bottom),
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=entries > 0,
        legend=dict(orientation="v", yref="container", y=(source_band + 4) / height, yanchor="bottom",
                    x=0, xanchor="left", title_text="", font=dict(size=12),
                    traceorder="normal"),
    )
    fig.add_annotation(text=source_lines, xref="paper", yref="paper", x=0, y=(6 - bottom) / plot_height,
                       xshift=8 - left, xanchor="left", yanchor="bottom", showarrow=False, align="left",
                       font=dict(size=11, color="#555"))
    # Fixed margins, so the legend and source line start at the figure's left edge, whatever the labels.
    fig.update_xaxes(gridcolor="#e5e5e5", zerolinecolor="#888", automargin=False)
    fig.update_yaxes(gridcolor="#e5e5e5", zerolinecolor="#888", automargin=False)
    return fig


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

def official_yearly_change(officer_fte: pd.DataFrame, force: str) -> pd.DataFrame:
    """Net change in a force's officer FTE from one 31 March to the next, labelled by financial year."""
    rows = officer_fte[(officer_fte["name"] == force) & (officer_fte["kind"] == "force")]
    march = rows[(rows["as_at"].dt.month == 3) & (rows["as_at"].dt.day == 31)].sort_values("as_at")
    out = pd.DataFrame({
        "year": [f"{d.year - 1}/{d.year % 100:02d}" for d in march["as_at"]],
        "from_fte": march["officer_fte"].shift(1),
        "to_fte": march["officer_fte"],
        "from_date": march["as_at"].shift(1),
        "to_date": march["as_at"],
    }).dropna(subset=["from_fte"])
    out["change"] = (out["to_fte"] - out["from_fte"]).round(2)
    return out.reset_index(drop=True)


def financial_year(start: pd.Timestamp, end: pd.Timestamp) -> str | None:
    if pd.isna(start) or pd.isna(end) or not (start.month == 4 and start.day == 1 and end.year == start.year + 1):
        return None
    return f"{start.year}/{end.year % 100:02d}"


def financial_years(figures: pd.DataFrame) -> pd.Series:
    """Each figure's period as a financial year ("2018/19") where it runs 1 April to 31 March of the next
    year, else the source's own period words. Column-wise: thousands of figures in a few milliseconds."""
    start, end = figures["period_start"], figures["period_end"]
    is_year = ((start.dt.month == 4) & (start.dt.day == 1) & (end.dt.month == 3) & (end.dt.day == 31)
               & (end.dt.year == start.dt.year + 1)).fillna(False).astype(bool)
    short_end = (end.dt.year % 100).astype("Int64").astype(str).str.zfill(2)
    label = start.dt.year.astype("Int64").astype(str) + "/" + short_end
    return label.where(is_year, figures["period_text"])


def force_for(ds: Dataset, area_id: str) -> str | None:
    """The police force whose official count stands beside a claim about this area: the nearest area, up
    the hierarchy, whose name is a force in the official series."""
    forces = set(ds.officer_fte.loc[ds.officer_fte["kind"] == "force", "name"])
    parent = dict(zip(ds.areas["area_id"], ds.areas["parent_id"], strict=True))
    names = dict(zip(ds.areas["area_id"], ds.areas["name"], strict=True))
    seen: set[str] = set()
    while area_id and area_id not in seen:
        if names.get(area_id) in forces:
            return names[area_id]
        seen.add(area_id)
        area_id = parent.get(area_id, "")
    return None


def distinct_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim (year, value, claimant, words), however many articles repeat it, with `articles`
    counting them: a claim reported in fifty stories is still one claim."""
    keys = ["year", "value", "speaker_name", "period_text"]
    counts = claims.groupby(keys, sort=False, observed=True)["source_id"].nunique().rename("articles")
    return claims.drop_duplicates(keys).merge(counts.reset_index(), on=keys)


def officer_numbers_chart(view: View) -> Chart:
    key, title = "officer-numbers", "Officer numbers: claims against the record"
    claims = view.figures[view.figures["metric"] == "extra_officers"].copy()
    if claims.empty:
        return Chart(key, title, None, "No claim about extra officers is in view, so there is nothing to set "
                                       "beside the official count; widen the filters to see one.")
    force = next(filter(None, (force_for(view.ds, a) for a in claims["area_id"].unique())), None)
    claims = distinct_claims(claims.assign(year=financial_years(claims)))
    official = official_yearly_change(view.ds.officer_fte, force) if force else pd.DataFrame(columns=["year"])
    years = sorted(set(official["year"]) | set(claims["year"]))
    fig = go.Figure()
    fig.add_bar(
        name=f"Official net change in {force} officer FTE,<br>31 March to 31 March (Home Office)",
        x=official["year"], y=official["change"], marker_color=OFFICIAL_COLOUR,
        text=[f"{v:+,.0f}" for v in official["change"]], textposition="outside",
        hovertemplate="%{x}: net change %{y:+,.2f} FTE<extra></extra>",
    )
    fig.add_bar(
        name="Extra officers claimed, as reported<br>(year inferred)",
        x=claims["year"], y=claims["value"], marker_color=CLAIM_COLOUR,
        text=[f"{v:,.0f}" for v in claims["value"]],
        textposition="outside",
        customdata=list(zip(claims["speaker_name"].map(_escape), claims["period_text"].map(_escape),
                            claims["articles"], strict=True)),
        hovertemplate="%{x}: %{y:,.0f} extra officers, claimed by %{customdata[0]} (“%{customdata[1]}”), "
                      "in %{customdata[2]} article(s)<extra></extra>",
    )
    missing = [y for y in claims["year"].unique() if y not in set(official["year"])]
    for year in missing:
        fig.add_annotation(x=year, y=0, text="no official<br>count yet", showarrow=False, yanchor="bottom",
                           xshift=-40, font=dict(size=11, color=OFFICIAL_COLOUR))
    top = max([*claims["value"], *official["change"].clip(lower=0), 1]) * 1.25
    fig.update_layout(barmode="group", uniformtext=dict(minsize=12, mode="show"),
                      xaxis=dict(categoryorder="array", categoryarray=years,
                                                  title_text="Financial year (April to March)"),
                      yaxis=dict(title_text="Officers", range=[min(0, official["change"].min() * 1.25
                                                                   if len(official) else 0), top]))
    fig.add_annotation(
        text=_wrap("A net change in FTE is not the number of officers recruited: officers also leave. "
                   "FTE is not headcount. The years of the claims are inferred.", 75),
        xref="paper", yref="paper", x=0, y=1.0, xshift=-62, yshift=8, xanchor="left", yanchor="bottom",
        showarrow=False, align="left",
        font=dict(size=11, color="#555"),
    )
    _frame(fig, title, view, source_line(view, FTE_SOURCE), plot_height=300, top=TOP_MARGIN + 20)
    summary = _officer_summary(claims, official, force)
    return Chart(key, title, fig, summary)


def _officer_summary(claims: pd.DataFrame, official: pd.DataFrame, force: str | None) -> str:
    parts = []
    by_year = dict(zip(official["year"], official["change"], strict=True))
    for _, c in claims.sort_values("year").iterrows():
        text = f"{c['speaker_name']} claims {c['value']:,.0f} extra officers “{c['period_text']}” (read as {c['year']})"
        if c["year"] in by_year:
            text += f", against an official net change of {by_year[c['year']]:+,.0f} FTE in {force}"
        else:
            text += ", for which the official series has no year-end count yet"
        parts.append(text)
    return "; ".join(parts) + "."


# --- 2. Every figure in view -------------------------------------------------------------------------------

def figures_chart(view: View, limit: int = 24) -> Chart:
    key, title = "figures", "Every figure in view"
    figs = view.figures
    if figs.empty:
        return Chart(key, title, None, "No figure is in view; widen the filters to see the numbers claimed.")
    shown = figs.head(limit)
    colours = colour_map(view.ds.speakers["name"].tolist())
    labels = [
        _wrap(_escape(f"{m.replace('_', ' ')} ({p or 'no period'})" + (f", {w}" if w else "")), 14)
        + f"<br>#{i}"
        for i, (m, p, w) in enumerate(zip(shown["metric"], shown["period_text"], shown["wider_note"], strict=True), 1)
    ]
    shown = shown.assign(label=labels)
    fig = go.Figure()
    for speaker, rows in shown.groupby("speaker_name", sort=False):
        fig.add_bar(
            name=_escape(speaker), x=rows["label"], y=rows["value"], marker_color=colours.get(speaker, PALETTE[0]),
            text=[f"{v:,.0f} {_escape(u)}" for v, u in zip(rows["value"], rows["unit"], strict=True)],
            textposition="outside", cliponaxis=False,
            hovertemplate="%{y:,.0f}: %{x}<extra>" + _escape(speaker) + "</extra>",
        )
    fig.update_layout(xaxis=dict(categoryorder="array", categoryarray=labels, tickangle=0),
                      yaxis=dict(title_text="Value as stated (units differ)", rangemode="tozero",
                                 range=[0, shown["value"].max() * 1.2]),
                      bargap=0.3, uniformtext=dict(minsize=11, mode="show"))
    _frame(fig, title, view, source_line(view), plot_height=300, axis_band=40 + 15 * max(
        label.count("<br>") + 1 for label in labels))
    more = f" Showing the first {limit} of {len(figs):,}." if len(figs) > limit else ""
    summary = "; ".join(f"{r.speaker_name}: {r.value:,.0f} {r.unit} ({r.period_text or 'no period given'})"
                        for r in shown.head(8).itertuples()) + ("…" if len(shown) > 8 else ".") + more
    return Chart(key, title, fig, summary)


def tag_counts(quotes: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Quotes per combination of single values of `columns`, where tuple columns (areas, topics) count a quote
    once under each of their values. Groups the quotes first, so only the few distinct combinations are
    exploded, not every row: a hundred thousand quotes count in milliseconds."""
    combos = quotes.groupby(columns, sort=False, observed=True).size().rename("quotes").reset_index()
    for col in columns:
        if combos[col].map(lambda v: isinstance(v, tuple)).any():
            combos = combos.explode(col)
    return combos.groupby(columns, sort=False, observed=True)["quotes"].sum().reset_index()


# --- 3. Who said what --------------------------------------------------------------------------------------

def quotes_by_speaker_chart(view: View) -> Chart:
    key, title = "quotes-by-speaker", "Who said what, by topic"
    quotes = view.quotes
    if quotes.empty:
        return Chart(key, title, None, "No quote matches these filters.")
    labels = view.ds.topics.set_index("topic_id")["label"]
    colours = colour_map(view.ds.topics["label"].tolist())
    counts = tag_counts(quotes, ["speaker_name", "topics"]).assign(topic=lambda d: d["topics"].map(labels))
    order = quotes["speaker_name"].value_counts().index.tolist()
    fig = go.Figure()
    for topic in view.ds.topics["label"]:
        rows = counts[counts["topic"] == topic]
        if rows.empty:
            continue
        fig.add_bar(name=_escape(topic), orientation="h", y=rows["speaker_name"].map(_escape), x=rows["quotes"],
                    marker_color=colours[topic], hovertemplate="%{y}: %{x} quote(s) on " + _escape(topic)
                    + "<extra></extra>")
    fig.update_layout(barmode="stack", yaxis=dict(categoryorder="array", categoryarray=[_escape(s) for s in order],
                                                  autorange="reversed"),
                      xaxis=dict(title_text="Quotes (a quote with two topics counts once in each)",
                                 rangemode="tozero", dtick=1 if counts["quotes"].max() < 12 else None))
    _frame(fig, title, view, source_line(view), plot_height=max(180, 36 * len(order)),
           left=label_margin([_escape(s) for s in order]))
    per = quotes["speaker_name"].value_counts()
    summary = (f"{len(quotes)} quote(s) from {len(per)} speaker(s); most from {per.index[0]} ({per.iloc[0]}).")
    return Chart(key, title, fig, summary)


# --- 4. Topics by area -------------------------------------------------------------------------------------

def topics_by_area_chart(view: View) -> Chart:
    key, title = "topics-by-area", "Topics raised about each area"
    quotes = view.quotes
    if quotes.empty:
        return Chart(key, title, None, "No quote matches these filters, so no topic is raised about any area.")
    area_names = view.ds.areas.set_index("area_id")["name"]
    topic_labels = view.ds.topics.set_index("topic_id")["label"]
    colours = colour_map(view.ds.topics["label"].tolist())
    counts = tag_counts(quotes, ["area_ids", "topics"]).assign(
        area=lambda d: d["area_ids"].map(area_names), topic=lambda d: d["topics"].map(topic_labels))
    areas = [a for a in view.ds.areas["name"] if a in set(counts["area"])]
    fig = go.Figure()
    for topic in view.ds.topics["label"]:
        rows = counts[counts["topic"] == topic]
        if rows.empty:
            continue
        fig.add_bar(name=_escape(topic), x=rows["area"].map(_escape), y=rows["quotes"], marker_color=colours[topic],
                    hovertemplate="%{x}: %{y} quote(s) on " + _escape(topic) + "<extra></extra>")
    fig.update_layout(barmode="group", xaxis=dict(categoryorder="array", categoryarray=[_escape(a) for a in areas],
                                                  title_text="Area the quote is about"),
                      yaxis=dict(title_text="Quotes", rangemode="tozero"))
    _frame(fig, title, view, source_line(view), plot_height=280)
    top = counts.sort_values("quotes", ascending=False).iloc[0]
    summary = (f"{counts['topic'].nunique()} topic(s) across {len(areas)} area(s); the most raised is "
               f"{top['topic']} about {top['area']} ({top['quotes']} quote(s)).")
    return Chart(key, title, fig, summary)


# --- 5. Timeline of dated events ------------------------------------------------------------------------

def timeline_events(view: View) -> pd.DataFrame:
    """Dated events in view, each once however many articles repeat it: the periods of figures and the
    publication of their sources (stated or inferred), with start, end (equal for a single day) and whether
    the date is inferred."""
    columns = ["label", "start", "end", "inferred"]
    figs = view.figures[view.figures["period_start"].notna()].drop_duplicates(
        ["value", "unit", "period_text", "speaker_name", "period_start", "period_end"])
    figure_events = pd.DataFrame({
        "label": [f"{v:,.0f} {u}: “{p}” ({n})" for v, u, p, n in
                  zip(figs["value"], figs["unit"], figs["period_text"], figs["speaker_name"], strict=True)],
        "start": figs["period_start"],
        "end": figs["period_end"].fillna(figs["period_start"]),
        "inferred": figs["period_inferred"].astype(bool) if "period_inferred" in figs else False,
    }, columns=columns)
    ids = set(view.quotes["source_id"].tolist()) | set(view.figures["source_id"].tolist())
    sources = view.ds.sources[is_in(view.ds.sources["source_id"], ids)]
    stated = sources[sources["published"].notna()]
    inferred = sources[sources["published"].isna() & (sources.get("published_inferred", "") != "")]
    months = pd.to_datetime(inferred["published_inferred"] + "-01", format="%Y-%m-%d")
    source_events = pd.concat([
        pd.DataFrame({"label": "Published: " + stated["title"], "start": stated["published"],
                      "end": stated["published"], "inferred": False}, columns=columns),
        pd.DataFrame({"label": "Published: " + inferred["title"], "start": months,
                      "end": months + pd.offsets.MonthEnd(0), "inferred": True}, columns=columns),
    ])
    events = pd.concat([figure_events, source_events], ignore_index=True)
    return events.drop_duplicates(["label", "start", "end"]).sort_values("start", kind="stable")


def timeline_chart(view: View, limit: int = 30) -> Chart:
    key, title = "timeline", "Timeline of the dated claims"
    events = timeline_events(view).head(limit)
    if events.empty:
        return Chart(key, title, None, "No claim in view has a date or a resolved period to place on a timeline.")
    labels = [_wrap(_escape(label), 26) for label in events["label"]]
    fig = go.Figure()
    for inferred, name, colour in ((False, "Date stated in the source", OFFICIAL_COLOUR),
                                   (True, "Date inferred (see the methodology)", CLAIM_COLOUR)):
        rows = events[events["inferred"] == inferred]
        ys = [lab for lab, inf in zip(labels, events["inferred"], strict=True) if inf == inferred]
        if rows.empty:
            continue
        xs, yy = [], []
        for (_, r), y in zip(rows.iterrows(), ys, strict=True):
            xs += [r["start"], r["end"], None]
            yy += [y, y, None]
        fig.add_scatter(x=xs, y=yy, mode="lines+markers", name=name, line=dict(color=colour, width=8),
                        marker=dict(size=11, color=colour, symbol="circle-open" if inferred else "circle"),
                        hovertemplate="%{y}: %{x|%-d %b %Y}<extra></extra>")
    fig.update_layout(yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed"),
                      xaxis=dict(type="date", title_text="Date"))
    _frame(fig, title, view, source_line(view), plot_height=max(160, 44 * len(events)), left=label_margin(labels))
    first, last = events["start"].min(), events["end"].max()
    summary = (f"{len(events)} dated event(s) from {first:%B %Y} to {last:%B %Y}; "
               f"{int(events['inferred'].sum())} of them with dates inferred from outside the article.")
    return Chart(key, title, fig, summary)


CHART_BUILDERS: tuple[Callable[[View], Chart], ...] = (
    officer_numbers_chart, figures_chart, quotes_by_speaker_chart, topics_by_area_chart, timeline_chart,
)


def build_charts(view: View) -> list[Chart]:
    return [build(view) for build in CHART_BUILDERS]
