"""Render functions: one widget group each. They read widgets, call the pure transforms, and draw."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import streamlit as st

from components.dataset.load import Dataset, DatasetError, data_files_signature, default_data_dir, load_dataset
from components.export import images
from components.ui import downloads
from components.view import article, charts, display, filters, method, record
from components.view.filters import CHOICE, CHOICES, DEFAULT_BASE_URL, FILTERS, QUOTE_KEY, SWITCH, TEXT, Filters, View

TABLE_PAGE_ROWS = 20  # quotes drawn at once, each a card with its button; the reader pages or narrows for more
MAX_CARDS = 8
MAX_READINGS = 12  # inferred dates listed in the methods note; the rest are in the data files
CAPTION_VALUES = 12  # a filter with more values captions only its most quoted ones
SIGNATURE_TTL_S = 2  # how long the data files' signature is trusted before they are looked at again
WIDGET_DEFAULTS = {flt.url_key: [] if flt.kind == CHOICE else flt.default for flt in FILTERS}
CSS = """
<style>
mark.quote { background: #fde9b8; padding: 0 1px; }
mark.check { text-decoration: underline wavy #b3261e; text-decoration-thickness: 1px; text-underline-offset: 3px; }
mark.figure { background: #f6b26b; font-weight: 600; padding: 0 1px; }
mark.selected { background: #9fd3f5; padding: 0 1px; }
.claims-article p { line-height: 1.55; margin: 0 0 0.8em 0; }
</style>
"""
# Below this width the charts and the table stack, and figure cards wrap two to a row, so nothing is squeezed.
LAYOUT_CSS = """
<style>
@media (max-width: 1100px) {
  .st-key-charts-and-quotes [data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"]) {
    flex-direction: column; }
  .st-key-charts-and-quotes [data-testid="stColumn"] { width: 100% !important; flex: 1 1 100% !important; }
  .st-key-figure-cards [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
  .st-key-figure-cards [data-testid="stColumn"] { min-width: 220px !important; flex: 1 1 40% !important; }
}
</style>
"""


@st.cache_resource(show_spinner="Loading and checking the dataset…", max_entries=4)
def _cached_dataset(data_dir: str, signature: str) -> Dataset:
    # Keyed on the files' sizes and modification times: an edited file is read again. Shared read-only
    # between sessions; nothing downstream mutates it.
    return load_dataset(data_dir)


@st.cache_resource(show_spinner=False, max_entries=64, hash_funcs={Dataset: id, Filters: hash})
def _filter_captions(ds: Dataset, chosen: Filters) -> tuple[Dataset, dict[str, str]]:
    """How many quotes each filter value has with the other filters as set, as the caption under each filter
    (zeros shown: those values stay selectable). Keyed on the dataset and the filters, like the charts; the
    dataset is returned too, so the entry keeps it alive and its id cannot pass to another dataset."""
    captions = {}
    for name, counts in filters.facet_counts(ds, chosen).items():
        shown = counts if len(counts) <= CAPTION_VALUES else dict(
            sorted(counts.items(), key=lambda item: -item[1])[:CAPTION_VALUES])
        more = f" · and {len(counts) - len(shown):,} more" if len(shown) < len(counts) else ""
        others = any(flt.name != name for flt in chosen.active())
        lead = ("Most quoted" if more else "Quotes") + (" with the other filters" if others else "") + ": "
        captions[name] = lead + " · ".join(f"{article.escape_markdown(v)} {n:,}" if n else
                                           f"{article.escape_markdown(v)} none" for v, n in shown.items()) + more
    return ds, captions


@st.cache_resource(show_spinner=False, ttl=SIGNATURE_TTL_S, max_entries=4)
def _signature(data_dir: str) -> str:
    # Looking at thousands of source files costs tens of milliseconds, so quick reruns share one look; an
    # edited file is picked up within SIGNATURE_TTL_S seconds.
    return hashlib.sha256(repr(data_files_signature(Path(data_dir))).encode()).hexdigest()


def dataset_or_stop() -> Dataset:
    data_dir = default_data_dir()
    try:
        return _cached_dataset(str(data_dir), _signature(str(data_dir)))
    except DatasetError as err:
        render_dataset_error(err)
        st.stop()


def render_dataset_error(err: DatasetError) -> None:
    st.error(f"The dataset in {article.escape_markdown(err.data_dir)} has {len(err.problems)} problem(s), so the "
             "dashboard cannot show it. Nothing has been changed in your files.")
    st.markdown("Each line reads `file:row: column: message` (row 1 is the header row). Fix each one in the "
                "named file, then reload this page; `python -m components validate --data-dir DIR` checks the "
                "folder from the command line. The columns are described in `data/README.md`.")
    st.code("\n".join(str(p) for p in err.problems[:500]), language=None)
    if len(err.problems) > 500:
        st.caption(f"…and {len(err.problems) - 500} more.")


# --- Sidebar ----------------------------------------------------------------------------------------------

def _reset_filters() -> None:
    for key, value in WIDGET_DEFAULTS.items():
        st.session_state[key] = value
    _close_quote()


def render_filters(ds: Dataset) -> Filters:
    """One widget per row of the filter table, each bound to its key in the link."""
    options = filters.filter_options(ds)
    caption_slots = {}
    url_values = {flt.name: st.query_params.get_all(flt.url_key) for flt in CHOICES}
    url_values |= {flt.name: st.query_params.get(flt.url_key, "") for flt in FILTERS if flt.kind == TEXT}
    side = st.sidebar
    side.header("Filters")
    chosen: dict[str, object] = {}
    for flt in FILTERS:
        if flt.kind == CHOICE and len(options[flt.name]) >= flt.min_options:
            chosen[flt.name] = side.multiselect(flt.label, options[flt.name], key=flt.url_key, bind="query-params",
                                                placeholder=f"All ({len(options[flt.name])})", help=flt.help or None)
            caption_slots[flt.name] = side.empty()  # filled below, once every filter's value is known
        elif flt.kind == SWITCH:
            chosen[flt.name] = side.toggle(flt.label, value=flt.default, key=flt.url_key, bind="query-params",
                                           help=flt.help or None)
        elif flt.kind == TEXT:
            chosen[flt.name] = side.text_input(flt.label, key=flt.url_key, bind="query-params",
                                               placeholder=flt.placeholder or None, help=flt.help or None)
    side.button("Reset filters", on_click=_reset_filters, width="stretch")
    chosen_filters = filters.clean_filters(ds, chosen)
    _, captions = _filter_captions(ds, chosen_filters)
    for name, slot in caption_slots.items():
        slot.caption(captions[name])
    # Values in the link that match nothing: Streamlit drops them from the widget; say so.
    dropped = filters.clean_filters(ds, url_values).notices
    for notice in dict.fromkeys(dropped + chosen_filters.notices):
        side.warning(article.escape_markdown(notice), icon="ℹ️")  # it quotes the link: shown as text
    return chosen_filters


# --- Header and figure cards -------------------------------------------------------------------------------

def render_header(view: View) -> None:
    st.title("Police resourcing claims: Southend, Castle Point and Essex")
    sources = view.ds.sources
    if len(sources) == 1:
        s = sources.iloc[0]
        st.markdown(f"From **{article.escape_markdown(s['publisher'])}**, "
                    f"{article.markdown_link(s['title'], s['url'])} — {display.published_label(s)}. "
                    "Every quote and figure below is a claim as reported, not a verified fact.")
    else:
        st.markdown(f"From {len(sources)} articles. Every quote and figure below is a claim as reported, "
                    "not a verified fact.")
    a, b, c = st.columns(3)
    a.metric("Quotes in view", f"{len(view.quotes):,}")
    b.metric("Figures in view", f"{len(view.figures):,}")
    c.metric("Speakers in view", f"{view.quotes['speaker_id'].nunique():,}")
    st.caption(f"Showing: {article.escape_markdown(view.filters.describe())}")


def figure_card_text(row: pd.Series) -> tuple[str, str, str]:
    """(label, value, caption) of one figure card."""
    period = display.period_label(row["period_text"], row["period_start"], row["period_end"],
                                  bool(row.get("period_inferred")))
    where = display.areas_label([row["area_name"]], row.get("wider_note", ""))
    return (display.metric_words(row["metric"]).capitalize(), display.figure_amount(row["value"], row["unit"]),
            f"Claimed by {row['speaker_name']} · {where} · {period}")


def figure_card_record(found: record.Record) -> tuple[str, str]:
    """(what the record shows, its sources and caveats) of one figure card, as Markdown with the data escaped."""
    small = " ".join(([f"Source: {found.source_text}."] if found.sources else []) + list(found.caveats))
    return "**What the record shows:** " + article.escape_markdown(found.shows), article.escape_markdown(small)


def render_styles() -> None:
    st.html(LAYOUT_CSS)


def render_figure_cards(view: View) -> None:
    if view.figures.empty:
        st.info("No figure in view. Widen the filters to see the numbers claimed.")
        return
    rows = view.figures.head(MAX_CARDS)
    found = record.records(view.ds, rows)
    with st.container(key="figure-cards"):
        for start in range(0, len(rows), 4):
            for col, (_, row), shown in zip(st.columns(4), rows.iloc[start:start + 4].iterrows(),
                                            found[start:start + 4], strict=False):
                label, value, caption = figure_card_text(row)
                shows, small = figure_card_record(shown)
                with col.container(border=True, key=f"card-{row['figure_id']}"):
                    st.metric(article.escape_markdown(label), value)
                    st.caption(article.escape_markdown(caption))
                    st.markdown(shows)
                    if small:
                        st.caption(small)
    if len(view.figures) > MAX_CARDS:
        st.caption(f"…and {len(view.figures) - MAX_CARDS:,} more figures in the chart.")


# --- Charts --------------------------------------------------------------------------------------------

# Keyed on the dataset and the Filters value itself (its hash covers every filter and leaves notices out), so a
# filter added to the table is in the key without anyone listing it here.
@st.cache_resource(show_spinner=False, max_entries=64, hash_funcs={Dataset: id, Filters: hash})
def _built_charts(ds: Dataset, chosen: Filters, _view: View) -> tuple[Dataset, list[charts.Chart]]:
    # The charts depend only on the dataset and the filters: a view opened before, by this reader or another,
    # is not built again. The figures are shared read-only; nothing downstream changes them. The dataset is
    # returned too, so the entry keeps it alive and its id cannot pass to another dataset.
    return ds, charts.build_charts(_view)


def render_charts(view: View) -> None:
    st.header("Charts", anchor="charts")
    _, built = _built_charts(view.ds, view.filters, view)
    for chart in built:
        if chart.figure is None:
            st.subheader(chart.title)
            st.info(chart.summary)
        else:
            # theme=None: the figure's own light print style, the same as its exported image, in either theme.
            st.plotly_chart(chart.figure, key=f"chart-{chart.key}", config=images.plotly_config(chart, view.filters),
                            theme=None)
            st.caption(article.escape_markdown(f"In words: {chart.summary}"))
        downloads.render_chart_downloads(chart, view.filters)


# --- Quote table and context ------------------------------------------------------------------------------

def quote_table_frame(view: View) -> pd.DataFrame:
    """The table as readers see it: who, what it is about, and the words. The speaker's role is left to the
    context, so each row is as short as its quote."""
    ds = view.ds
    area_names = ds.areas.set_index("area_id")["name"]
    topic_labels = ds.topics.set_index("topic_id")["label"]
    q = view.quotes
    about = [
        "; ".join([display.areas_label([area_names.get(a, a) for a in ids], note),
                   ", ".join(topic_labels.get(t, t) for t in ts), f"{kind} quote"])
        for ids, note, ts, kind in zip(q["area_ids"], q["wider_note"], q["topics"], q["kind"], strict=True)
    ]
    return pd.DataFrame({"Speaker": q["speaker_name"].to_numpy(), "About": about, "Quote": q["text"].to_numpy()},
                        index=q["quote_id"].to_numpy())


def base_url() -> str:
    """The page's address as the reader's browser has it, for the links to a quote."""
    return st.context.url or DEFAULT_BASE_URL


def _open_quote(quote_id: str) -> None:
    st.query_params[QUOTE_KEY] = quote_id


def _close_quote() -> None:
    st.query_params.pop(QUOTE_KEY, None)


def selected_quote(view: View) -> pd.Series | None:
    """The quote the link names (`?quote=q05`), if it is in view; a link to one that is not gets a notice."""
    quote_id = st.query_params.get(QUOTE_KEY, "")
    if not quote_id:
        return None
    found = view.quotes[view.quotes["quote_id"] == quote_id]
    if found.empty:
        st.info(f"The quote in the link ({article.escape_markdown(quote_id[:40])}) is not in this view: "
                "widen the filters to see it.")
        return None
    return found.iloc[0]


def render_quote_table(view: View) -> pd.Series | None:
    """One page of the quotes, each a card with its words in full and a button that opens it in context;
    return the selected quote, if any."""
    st.header("Quotes", anchor="quotes")
    total = len(view.quotes)
    if total == 0:
        st.info("No quote matches these filters. Clear the search or widen the filters.")
        return selected_quote(view)
    pages = (total - 1) // TABLE_PAGE_ROWS + 1
    page = 1
    if pages > 1:
        page = st.number_input(f"Page (of {pages:,}; {TABLE_PAGE_ROWS} quotes a page)", 1, pages, 1,
                               key="table_page")
    first = (page - 1) * TABLE_PAGE_ROWS
    shown = view.quotes.iloc[first:first + TABLE_PAGE_ROWS]
    st.caption(f"{total:,} quote(s) in view; showing {first + 1:,}–{first + len(shown):,}. "
               "Press **Read in context** under a quote (from the keyboard: **Tab** to it, then **Enter**) to read "
               "it in its paragraph; **Esc** closes it.")
    frame = quote_table_frame(view.page(shown))
    with st.container(key="quote_table"):
        for quote_id, row in frame.iterrows():
            with st.container(border=True, key=f"quote-{quote_id}"):
                st.markdown(f"“{article.escape_markdown(row['Quote'])}”")
                link = view.filters.link(base_url(), quote_id)
                with st.container(horizontal=True, vertical_alignment="center", gap="small"):
                    st.caption(f"**{article.escape_markdown(row['Speaker'])}** · "
                               f"{article.escape_markdown(row['About'])} · [link to this quote]({link})")
                    st.button("Read in context", key=f"open-{quote_id}", on_click=_open_quote, args=(quote_id,),
                              icon=":material/article:", help=f"The quote in its paragraph, and its link ({quote_id})")
    return selected_quote(view)


def render_context(view: View, selected: pd.Series | None) -> None:
    """The selected quote in its paragraph, in a dialog over the page, where the reader is looking; closing it
    takes `quote` out of the link."""
    if selected is not None:
        _context_dialog(view, selected)


@st.dialog("The quote in context", width="large", on_dismiss=_close_quote)
def _context_dialog(view: View, selected: pd.Series) -> None:
    text = view.ds.texts[selected["source_id"]]
    begin, end = article.paragraph_bounds(text, selected["start"], selected["end"])
    body = article.highlighted_html(text[begin:end], [(selected["start"], selected["end"], "selected")], begin)
    speaker = display.speaker_label(selected["speaker_name"], selected["speaker_role"],
                                    selected["speaker_organisation"])
    st.markdown(f"**{article.escape_markdown(speaker)}**, {article.escape_markdown(selected['kind'])} quote")
    st.html(CSS + f'<div class="claims-article" id="quote-context">{body}</div>')
    source = view.ds.sources.set_index("source_id").loc[selected["source_id"]]
    st.caption(article.escape_markdown(
        f"Characters {selected['start']}–{selected['end']} of “{source['title']}”"
        + (f" · {selected['note']}" if selected.get("note") else "")))
    st.markdown("**Link to this quote** (this view, with the quote open):")
    st.code(view.filters.link(base_url(), selected["quote_id"]), language=None, wrap_lines=True)
    link = article.text_fragment_url(source["url"], selected["text"])
    if link:
        st.link_button("Open the original article at this quote", link)


# --- The article in full and the method ------------------------------------------------------------------

def render_article(view: View, selected: pd.Series | None) -> None:
    in_view = view.quotes["source_id"].unique().tolist()
    if not in_view:
        return
    ds = view.ds
    titles = ds.sources.set_index("source_id")["title"]
    source_id = selected["source_id"] if selected is not None else in_view[0]
    # Drawn only while open: a long article is not sent to the browser on every rerun (a closed expander's
    # content would be), and while it stays open Streamlit sends an unchanged element by reference.
    with st.expander("The source article in full, with the quotes and figures in view highlighted",
                     key="article_open", on_change="rerun") as box:
        if not box.open:
            return
        if len(in_view) > 1:
            source_id = st.selectbox("Article", in_view[:500], index=in_view.index(source_id) if source_id in
                                     in_view[:500] else 0, format_func=lambda s: titles.get(s, s))
        spans = [(s, e, "quote") for s, e in view.quotes.loc[view.quotes["source_id"] == source_id,
                                                               ["start", "end"]].itertuples(index=False)]
        spans += [(s, e, "figure") for s, e in view.figures.loc[view.figures["source_id"] == source_id,
                                                                  ["start", "end"]].itertuples(index=False)]
        st.caption("Pale yellow: a quote or claim in view. Orange: a figure in view.")
        st.html(CSS + f'<div class="claims-article">{article.highlighted_html(ds.texts[source_id], spans)}</div>')


@st.cache_resource(show_spinner=False, max_entries=4, hash_funcs={Dataset: id})
def _method_notes(ds: Dataset) -> tuple[Dataset, list[str], str | None]:
    """The methods note's dataset part, worked out once per dataset (a large one has thousands of rows to
    read); the dataset is returned too, as in `_filter_captions`."""
    return ds, method.inferred_readings(ds), method.series_end(ds)


def render_methodology(ds: Dataset) -> None:
    _, readings, end = _method_notes(ds)
    with st.expander("How to read this: methods, sources and caveats"):
        st.markdown(method.general_text())
        if end:
            st.markdown(f"The official series ends on {end}: a claim for a later year has no official figure "
                        "beside it yet.")
        if readings:
            st.markdown("**Dates and periods read by inference in this dataset**")
            shown = readings[:MAX_READINGS]
            st.markdown("\n".join(f"- {article.escape_markdown(r)}" for r in shown))
            if len(readings) > len(shown):
                st.caption(f"…and {len(readings) - len(shown):,} more, in the notes of sources.csv and figures.csv.")
        cites = ds.citations
        if not cites.empty:
            st.markdown("**Records cited for facts from outside the article**")
            st.dataframe(cites[["title", "publisher", "url", "note"]], hide_index=True,
                         column_config={"url": st.column_config.LinkColumn("url")})
