"""Download buttons: under each chart (PNG, SVG, interactive HTML), and for the data and the briefing.

Every file is made only when its button is pressed: `st.download_button` calls `data` then, on a thread of
its own, never on a rerun of the page. The files themselves come from `components.export`.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import streamlit as st

from components.export import briefing, files, images
from components.view import article, charts
from components.view.charts import Chart, View
from components.view.filters import DEFAULT_BASE_URL, Filters

# An image export runs on the download thread, which cannot draw on the page. It notes when it started and
# how it failed here, per session and button; the rerun the click causes waits for it, then shows the failure.
RUNS: dict[tuple[str, str], tuple[float, threading.Event]] = {}
FAILURES: dict[tuple[str, str], str] = {}
# How long the rerun a click causes waits for that click's download request to start. Under load the request
# queues behind other readers' exports (Streamlit runs them on a small thread pool); the rerun must not finish
# before it starts, because the rerun registers the button anew and Streamlit then drops the callable the
# request names ("Deferred file … not found"). So: as long as an export may queue, then tell the reader.
START_WAIT_S = images.RENDER_TIMEOUT_S + images.START_TIMEOUT_S + 5
NOT_STARTED = ("The server was too busy to start this export. Press the button again; the camera icon on the "
               "chart also saves a PNG.")
CLICK_SLACK_S = 2.0  # a request may reach the server a little before the rerun its click causes
FORGET_AFTER_S = 600.0  # notes of sessions long gone are dropped


CSV_NOTE = ("The CSV files keep every cell verbatim. A cell that begins with =, +, - or @ can run as a formula "
            "in a spreadsheet opened with a double click: open those with the spreadsheet's import (columns as "
            "text), or take the CSV for spreadsheets, which puts a ' before such cells.")
SAFE_CSV_HELP = ("The same rows, with a ' before any cell that begins with = + - @ (or a tab), so a spreadsheet "
                 "shows it as text instead of running it.")


def session_id() -> str:
    return st.session_state.setdefault("_export_session", uuid.uuid4().hex)


def recording_failures(slot: str, make: Callable[[], bytes]) -> Callable[[], bytes]:
    """`make`, wrapped to note its run and keep the message of an ExportError for the page."""
    key = (session_id(), slot)

    def run() -> bytes:
        done, now = threading.Event(), time.monotonic()
        for old in [k for k, (started, _) in list(RUNS.items()) if now - started > FORGET_AFTER_S]:
            RUNS.pop(old, None)
            FAILURES.pop(old, None)
        RUNS[key] = (now, done)
        FAILURES.pop(key, None)  # a failure of an earlier export is not news once a new one starts
        try:
            data = make()
        except images.ExportError as err:
            FAILURES[key] = str(err)
            raise
        finally:
            done.set()
        FAILURES.pop(key, None)
        return data

    return run


def await_export(slot: str) -> None:
    """Button callback, at the start of the rerun a click causes: wait (bounded) for the export that click
    started, so a failure shows at once rather than on some later run."""
    key, clicked = (session_id(), slot), time.monotonic()
    limit = clicked + START_WAIT_S
    while time.monotonic() < limit:
        started, done = RUNS.get(key, (0.0, None))
        if done is not None and started >= clicked - CLICK_SLACK_S:
            renderer = images.shared_renderer()
            done.wait(renderer.timeout + renderer.start_timeout + 5)
            return
        time.sleep(0.02)
    FAILURES[key] = NOT_STARTED


def _show_failure(slot: str) -> None:
    message = FAILURES.pop((session_id(), slot), None)
    if message:
        st.error(f"The last export failed. {message}", icon="⚠️")


def _download(label: str, slot: str, name: str, make: Callable[[], bytes], help: str, wait: bool = False) -> None:
    ext = name.rsplit(".", 1)[-1]
    st.download_button(label, data=recording_failures(slot, make), file_name=name, mime=files.MIME_TYPES[ext],
                       key=f"download-{slot}", on_click=await_export if wait else "ignore",
                       args=(slot,) if wait else None, icon=":material/download:", help=help)


@st.fragment
def render_chart_downloads(chart: Chart, filters: Filters) -> None:
    """PNG and SVG drawn on the server, and the chart as an interactive page. Nothing for an empty chart.
    A fragment: an image download reruns these buttons only (to report a failure), not the page."""
    for fmt in images.IMAGE_FORMATS:
        _show_failure(f"{chart.key}-{fmt}")
    if chart.figure is None:
        return
    can_draw = images.find_chromium() is not None
    size = images.image_options(chart.figure, "png")
    with st.container(horizontal=True, key=f"chart-downloads-{chart.key}"):
        for fmt in images.IMAGE_FORMATS:
            name = chart.filename(filters, fmt)
            if can_draw:
                _download(fmt.upper(), f"{chart.key}-{fmt}", name,
                          lambda fmt=fmt: images.chart_image(chart, fmt),
                          help=f"`{name}`: {size['width']} px wide, drawn at {size['scale']}x"
                          + (" for print" if fmt == "png" else ", scalable for print and editing"), wait=True)
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
