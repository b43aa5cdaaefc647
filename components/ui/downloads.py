"""Download buttons: under each chart (PNG, SVG, interactive HTML), and for the data and the briefing.

Data files (CSV, JSON, HTML, the briefing, the ZIP) are made only when their button is pressed:
`st.download_button` calls `data` then, on a thread of its own, never on a rerun of the page.

Images are made in two steps. The first click on PNG or SVG draws the image (within the renderer's 20 s limit)
into this reader's session; the button then turns into "Save PNG", a plain download of those bytes, which
Streamlit keeps for as long as the session shows the button, and which saves at once. Why not one click with a
deferred `data=callable`: Streamlit stores the file such a callable makes without linking it to any session,
and the end of any session's run deletes it on its second pass, so under load it could go before the browser
fetched it: a cancelled download nobody was told of. A failure is shown under the buttons, in the same run.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components.export import briefing, files, images
from components.view import article, charts
from components.view.charts import Chart, View
from components.view.filters import DEFAULT_BASE_URL, Filters

# This session's drawn images: slot ("figures-png") -> (the chart drawn, its bytes). Only the latest image of
# each slot is kept (about 200 kB for a PNG), and it is served only while the page shows that same chart
# object: another view, or the same view after the data changed, is drawn again.
IMAGES_KEY = "_chart_images"
FAILURES_KEY = "_export_failures"  # slot -> the sentence of the last failed export, shown once
ASKED_KEY = "_image_asked_for"  # the slot whose button was just pressed: this run draws it


CSV_NOTE = ("The CSV files keep every cell verbatim. A cell that begins with =, +, - or @ can run as a formula "
            "in a spreadsheet opened with a double click: open those with the spreadsheet's import (columns as "
            "text), or take the CSV for spreadsheets, which puts a ' before such cells.")
SAFE_CSV_HELP = ("The same rows, with a ' before any cell that begins with = + - @ (or a tab), so a spreadsheet "
                 "shows it as text instead of running it.")


def _show_failure(slot: str) -> None:
    message = st.session_state.get(FAILURES_KEY, {}).pop(slot, None)
    if message:
        st.error(f"The last export failed. {message}", icon="⚠️")


def _download(label: str, slot: str, name: str, make: Callable[[], bytes], help: str) -> None:
    ext = name.rsplit(".", 1)[-1]
    st.download_button(label, data=make, file_name=name, mime=files.MIME_TYPES[ext], key=f"download-{slot}",
                       on_click="ignore", icon=":material/download:", help=help)


def _drawn(slot: str, chart: Chart) -> bytes | None:
    made = st.session_state.get(IMAGES_KEY, {}).get(slot)
    return made[1] if made is not None and made[0] is chart else None


def draw_image(slot: str, chart: Chart, fmt: str) -> None:
    """Draw one image into the session, or note why it could not be drawn. Runs in the fragment's own run."""
    failures = st.session_state.setdefault(FAILURES_KEY, {})
    failures.pop(slot, None)  # a failure of an earlier export is not news once a new one starts
    try:
        data = images.chart_image(chart, fmt)
    except images.ExportError as err:
        failures[slot] = str(err)
        return
    st.session_state.setdefault(IMAGES_KEY, {})[slot] = (chart, data)


def _image_button(chart: Chart, filters: Filters, fmt: str, help: str) -> None:
    slot, name = f"{chart.key}-{fmt}", chart.filename(filters, fmt)
    data = _drawn(slot, chart)
    if data is not None:
        st.download_button(f"Save {fmt.upper()}", data=data, file_name=name, mime=images.IMAGE_FORMATS[fmt],
                           key=f"download-{slot}", on_click="ignore", type="primary",
                           icon=":material/download:", help=f"`{name}` is drawn: save it ({len(data) // 1024:,} kB)")
    else:
        st.button(fmt.upper(), key=f"draw-{slot}", icon=":material/image:", help=help, on_click=_ask_for,
                  args=(slot,))


def _ask_for(slot: str) -> None:
    """Button callback: the run this click causes draws the image, before it draws the buttons."""
    st.session_state[ASKED_KEY] = slot


@st.fragment
def render_chart_downloads(chart: Chart, filters: Filters) -> None:
    """PNG and SVG drawn on the server, and the chart as an interactive page. Nothing for an empty chart.
    A fragment: drawing an image reruns these buttons only, not the page."""
    for fmt in images.IMAGE_FORMATS:
        slot = f"{chart.key}-{fmt}"
        if st.session_state.get(ASKED_KEY) == slot:
            del st.session_state[ASKED_KEY]
            with st.spinner(f"Drawing the {fmt.upper()}…"):
                draw_image(slot, chart, fmt)
        _show_failure(slot)
    if chart.figure is None:
        return
    can_draw = images.find_chromium() is not None
    size = images.image_options(chart.figure, "png")
    with st.container(horizontal=True, key=f"chart-downloads-{chart.key}"):
        for fmt in images.IMAGE_FORMATS:
            name = chart.filename(filters, fmt)
            if can_draw:
                _image_button(chart, filters, fmt,
                              help=f"`{name}`: {size['width']} px wide, drawn at {size['scale']}x"
                              + (" for print" if fmt == "png" else ", scalable for print and editing")
                              + f". Drawn on the server when pressed, then saved with Save {fmt.upper()}.")
            else:
                st.button(fmt.upper(), key=f"download-{chart.key}-{fmt}-off", disabled=True,
                          icon=":material/download:", help=images.NO_BROWSER_MESSAGE)
        name = chart.filename(filters, "html")
        _download("Interactive HTML", f"{chart.key}-html", name, lambda: files.chart_html(chart, filters),
                  help=f"`{name}`: the chart with hover and zoom, in one file that opens in any browser (about 5 MB)")
    if not can_draw:
        st.caption(f"PNG and SVG are off: no Chrome or Chromium on the server. To turn them on, "
                   f"{images.GET_BROWSER_HINT}. The camera icon on the chart saves a PNG meanwhile.")


def render_data_downloads(view: View) -> None:
    """The quotes and figures in view (CSV, JSON), a printable briefing, and the whole dataset (ZIP)."""
    st.header("Download", anchor="download")
    f = view.filters
    st.caption(f"What is in view ({article.escape_markdown(f.describe())}): {len(view.quotes):,} quote(s) and "
               f"{len(view.figures):,} figure(s), each with who said it and where.")
    base = st.context.url or DEFAULT_BASE_URL  # each quote's link opens this page
    names = {stem: f.filename(stem, ext) for stem, ext in
             (("quotes", "csv"), ("figures", "csv"), ("claims", "json"), ("briefing", "html"),
              ("quotes-for-spreadsheets", "csv"), ("figures-for-spreadsheets", "csv"))}
    with st.container(horizontal=True, key="data-downloads"):
        _download("Quotes (CSV)", "quotes-csv", names["quotes"],
                  lambda: files.csv_bytes(files.quotes_table(view.quotes, f, base)),
                  help="One row per quote in view, in the dataset's own columns, with the speaker's name and role "
                  "and its link here.")
        _download("Figures (CSV)", "figures-csv", names["figures"],
                  lambda: files.csv_bytes(files.figures_table(view.figures, view.ds)),
                  help="One row per number in view, with its period, area and speaker.")
        _download("Quotes (CSV for spreadsheets)", "quotes-csv-safe", names["quotes-for-spreadsheets"],
                  lambda: files.csv_bytes(files.quotes_table(view.quotes, f, base), spreadsheet_safe=True),
                  help=SAFE_CSV_HELP)
        _download("Figures (CSV for spreadsheets)", "figures-csv-safe", names["figures-for-spreadsheets"],
                  lambda: files.csv_bytes(files.figures_table(view.figures, view.ds), spreadsheet_safe=True),
                  help=SAFE_CSV_HELP)
        _download("Quotes and figures (JSON)", "claims-json", names["claims"], lambda: files.claims_json(view, base),
                  help="The quotes as schema.org Quotations (JSON-LD), each with its speaker and article.")
        _download("Briefing (HTML, prints on A4)", "briefing", names["briefing"],
                  lambda: briefing.briefing(view, charts.build_charts(view), base_url=base),
                  help="One page with the charts, figures and quotes in view, each linked to its source. Open it "
                  "and print, or save as PDF.")
        _download("Whole dataset (ZIP)", "dataset-zip", files.DATASET_ZIP_NAME,
                  lambda: files.dataset_zip(view.ds),
                  help="Every data file, data/README.md and the article text: the dataset as published, "
                  "whatever the filters.")
    st.caption(CSV_NOTE)
    if images.find_chromium() is None:
        st.caption("With no Chrome or Chromium on the server, the briefing carries each chart's summary in place "
                   "of its image.")
