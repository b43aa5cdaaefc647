"""Exports: real bytes out (PNG, SVG, CSV, JSON, ZIP, HTML), the page's buttons, and a renderer that is
absent, hangs or crashes."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zipfile
from base64 import b64decode
from pathlib import Path

import pandas as pd
import pytest

from components.dataset.load import load_dataset
from components.export import briefing, files, images
from components.view import charts, filters
from components.view.charts import EXPORT_SCALE, EXPORT_WIDTH

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MARKUP = "<script>alert(1)</script>"
needs_browser = pytest.mark.skipif(images.find_chromium() is None, reason="no Chrome or Chromium to draw images")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def view_of(ds, **raw) -> filters.View:
    return filters.view_of(ds, filters.clean_filters(ds, raw))


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


@pytest.fixture(scope="module")
def castle_point(ds) -> filters.View:
    return view_of(ds, areas=["Castle Point"])


@pytest.fixture(scope="module")
def renderer():
    """One browser for the whole module: a warm render takes a fraction of a second."""
    r = images.Renderer()
    yield r
    r.stop()


def chart(view: filters.View, key: str) -> charts.Chart:
    return next(c for c in charts.build_charts(view) if c.key == key)


# --- Images ------------------------------------------------------------------------------------------------

@needs_browser
def test_png_is_1200_layout_pixels_wide_drawn_at_scale_2(renderer, castle_point):
    officers = chart(castle_point, "officer-numbers")
    data = images.chart_image(officers, "png", renderer)
    width, height = png_size(data)
    assert width == EXPORT_WIDTH * EXPORT_SCALE == 2400
    assert height == officers.figure.layout.height * EXPORT_SCALE


@needs_browser
def test_every_chart_in_view_draws_as_png(renderer, castle_point):
    drawn = [c for c in charts.build_charts(castle_point) if c.figure is not None]
    assert len(drawn) >= 4
    for c in drawn:
        assert png_size(images.chart_image(c, "png", renderer))[0] == 2400, c.key


@needs_browser
def test_svg_holds_the_title_and_the_source_line(renderer, castle_point):
    officers = chart(castle_point, "officer-numbers")
    svg = images.chart_image(officers, "svg", renderer).decode("utf-8")
    assert svg.startswith("<svg")
    text = html.unescape(svg)
    assert officers.title in text
    assert "Area: Castle Point" in text
    assert "Source: Southend Echo, “Cops now need zero tolerance approach”" in text
    assert f'width="{EXPORT_WIDTH}"' in svg


def test_file_names_say_what_and_where(ds, castle_point):
    assert chart(castle_point, "officer-numbers").filename(castle_point.filters, "png") == \
        "officer-numbers-castle-point.png"
    assert chart(view_of(ds), "figures").filename(view_of(ds).filters, "svg") == "figures-all-areas.svg"
    assert castle_point.filters.filename("quotes", "csv") == "quotes-castle-point.csv"
    config = images.plotly_config(chart(castle_point, "officer-numbers"), castle_point.filters)
    assert config["toImageButtonOptions"]["filename"] == "officer-numbers-castle-point"
    assert config["toImageButtonOptions"]["scale"] == EXPORT_SCALE


def test_interactive_html_needs_no_browser(monkeypatch, castle_point):
    monkeypatch.setattr(images, "find_chromium", lambda: None)
    officers = chart(castle_point, "officer-numbers")
    page = files.chart_html(officers, castle_point.filters).decode("utf-8")
    assert page.lower().startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "<title>Officer numbers: claims against the record" in page
    assert "<script src=" not in page and len(page) > 1_000_000  # plotly.js is inside, not fetched
    assert "officer-numbers-castle-point" in page  # the camera button's file name


# --- No browser, a hang, a crash ---------------------------------------------------------------------------

def test_no_browser_gives_a_clear_message(monkeypatch, castle_point):
    monkeypatch.setattr(images, "find_chromium", lambda: None)
    with pytest.raises(images.ExportError) as err:
        images.chart_image(chart(castle_point, "figures"), "png", images.Renderer())
    message = str(err.value)
    assert "Chromium" in message and "plotly_get_chrome" in message and "camera" in message


@needs_browser
def test_a_hanging_render_is_cut_off_and_the_next_export_works(monkeypatch, renderer, castle_point):
    figures = chart(castle_point, "figures")
    images.chart_image(figures, "png", renderer)  # warm
    release, finished = threading.Event(), threading.Event()

    async def hang(*args, **kwargs):
        release.wait(120)  # blocks the renderer's event loop, as a wedged browser call would
        finished.set()
        return b""

    monkeypatch.setattr(renderer, "timeout", 1.5)
    try:
        with monkeypatch.context() as patch:
            patch.setattr(images, "calc_image", hang)
            with pytest.raises(images.ExportError, match="took longer than 1.5 seconds") as err:
                images.chart_image(figures, "png", renderer)
            assert not finished.is_set(), "the export waited for the hang to end"
        assert "restarted" in str(err.value)
        monkeypatch.setattr(renderer, "timeout", images.RENDER_TIMEOUT_S)
        assert png_size(images.chart_image(figures, "png", renderer))[0] == 2400
    finally:
        release.set()


@needs_browser
def test_a_failing_render_reports_why_and_the_next_export_works(monkeypatch, renderer, castle_point):
    figures = chart(castle_point, "figures")

    async def crash(*args, **kwargs):
        raise RuntimeError("the renderer crashed")

    with monkeypatch.context() as patch:
        patch.setattr(images, "calc_image", crash)
        with pytest.raises(images.ExportError, match="the renderer crashed"):
            images.chart_image(figures, "svg", renderer)
    assert images.chart_image(figures, "svg", renderer).startswith(b"<svg")


@needs_browser
def test_a_browser_killed_between_exports_is_replaced(renderer, castle_point):
    figures = chart(castle_point, "figures")
    images.chart_image(figures, "png", renderer)
    pid = renderer.browser_pid
    os.killpg(pid, signal.SIGKILL)
    for _ in range(200):  # until it has exited (gone, or a zombie waiting to be reaped)
        try:
            if Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].startswith("Z"):
                break
        except FileNotFoundError:
            break
        time.sleep(0.05)
    assert png_size(images.chart_image(figures, "png", renderer))[0] == 2400
    assert renderer.browser_pid != pid


@needs_browser
def test_the_tab_reloads_after_the_image_is_handed_back(renderer, castle_point):
    # kaleido reloads its tab after every image; the export returns first and the reload follows. This
    # relies on kaleido's private hook: if an upgrade renames it, this fails, and images come slower.
    import kaleido

    assert callable(getattr(kaleido.Kaleido, "_return_kaleido_tab", None))
    figures = chart(castle_point, "figures")
    first = images.chart_image(figures, "png", renderer)
    second = images.chart_image(figures, "png", renderer)  # waits for the reload, then draws on a clean page
    assert png_size(first) == png_size(second) and png_size(first)[0] == 2400
    assert isinstance(renderer._engine.kaleido._reloads, set)  # set by our override, so it was called


@needs_browser
def test_a_tab_that_fails_to_reload_means_a_fresh_browser_next_time(monkeypatch, renderer, castle_point):
    import kaleido

    figures = chart(castle_point, "figures")
    images.chart_image(figures, "png", renderer)
    pid = renderer.browser_pid

    async def fail(self, tab):
        raise RuntimeError("the tab did not reload")

    with monkeypatch.context() as patch:
        patch.setattr(kaleido.Kaleido, "_return_kaleido_tab", fail)
        images.chart_image(figures, "png", renderer)  # the image still comes; the reload after it fails
        for _ in range(100):
            if renderer._engine.broken:
                break
            time.sleep(0.05)
        assert renderer._engine.broken
    assert png_size(images.chart_image(figures, "png", renderer))[0] == 2400
    assert renderer.browser_pid != pid


# --- Data --------------------------------------------------------------------------------------------------

def read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)  # plain pandas skips the BOM


def test_quotes_csv_reads_back_into_the_rows_in_view(castle_point, repo_root):
    back = read_csv(files.csv_bytes(files.quotes_table(castle_point.quotes)))
    assert back["quote_id"].tolist() == castle_point.quotes["quote_id"].tolist()
    assert back["text"].tolist() == castle_point.quotes["text"].tolist()
    assert back["speaker_name"].tolist() == castle_point.quotes["speaker_name"].tolist()
    assert back["start"].astype(int).tolist() == castle_point.quotes["start"].tolist()
    # the dataset's own columns come out as they are stored
    stored = read_csv((repo_root / "data" / "quotes.csv").read_bytes()).set_index("quote_id")
    for column in stored.columns:
        assert back.set_index("quote_id")[column].tolist() == stored.loc[back["quote_id"], column].tolist(), column


def test_figures_csv_reads_back_into_the_rows_in_view(castle_point, repo_root):
    back = read_csv(files.csv_bytes(files.figures_table(castle_point.figures)))
    assert back["figure_id"].tolist() == castle_point.figures["figure_id"].tolist()
    assert back["value"].astype(float).tolist() == castle_point.figures["value"].tolist()
    stored = read_csv((repo_root / "data" / "figures.csv").read_bytes()).set_index("figure_id")
    for column in ("metric", "value", "unit", "period_text", "period_start", "period_end", "period_inferred"):
        assert back[column].tolist() == stored.loc[back["figure_id"], column].tolist(), column


def test_csv_of_an_empty_view_has_the_header_only(ds):
    empty = view_of(ds, q="no quote says this")
    back = read_csv(files.csv_bytes(files.quotes_table(empty.quotes)))
    assert back.empty and "quote_id" in back.columns


def test_json_maps_quotes_to_schema_org_quotations(ds, castle_point):
    doc = json.loads(files.claims_json(castle_point))
    assert doc["@context"] == "https://schema.org"
    quotes = doc["hasPart"]
    assert [q["identifier"] for q in quotes] == castle_point.quotes["quote_id"].tolist()
    speakers = ds.speakers.set_index("speaker_id")
    for q, (_, row) in zip(quotes, castle_point.quotes.iterrows(), strict=True):
        assert q["@type"] == "Quotation"
        assert q["text"] == row["text"]
        kind = speakers.loc[row["speaker_id"], "kind"]
        assert q["creator"] == q["creator"] | {"@type": {"person": "Person", "organisation": "Organization"}[kind],
                                               "name": row["speaker_name"]}
        assert q["isBasedOn"]["@type"] == "NewsArticle"
        assert q["isBasedOn"]["headline"] == "Cops now need zero tolerance approach"
        assert q["isBasedOn"]["publisher"] == {"@type": "Organization", "name": "Southend Echo"}
        assert q["isBasedOn"]["url"].startswith("https://www.echo-news.co.uk/")
        assert q["url"].startswith(q["isBasedOn"]["url"] + "#:~:text=")
    assert [f["figure_id"] for f in doc["figures"]] == castle_point.figures["figure_id"].tolist()
    assert doc["filters"]["area"] == ["Castle Point"]


def test_zip_holds_the_whole_dataset_and_validates_unzipped(ds, repo_root, tmp_path):
    data = files.dataset_zip(ds)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        assert "data/README.md" in names
        for path in (repo_root / "data").glob("*.csv"):
            assert f"data/{path.name}" in names
            assert zf.read(f"data/{path.name}") == path.read_bytes()
        for rel in ds.sources["path"]:
            assert zf.read(rel) == (repo_root / rel).read_bytes()
        zf.extractall(tmp_path)
    assert len(load_dataset(tmp_path / "data").quotes) == len(ds.quotes)
    assert files.dataset_zip(ds) == data  # the same data, the same bytes


# --- The briefing ------------------------------------------------------------------------------------------

@needs_browser
def test_briefing_embeds_each_chart_as_png_and_prints_on_a4(renderer, castle_point):
    built = charts.build_charts(castle_point)
    page = briefing.briefing(castle_point, built, renderer).decode("utf-8")
    pngs = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(pngs) == sum(c.figure is not None for c in built)
    assert png_size(b64decode(pngs[0]))[0] == 2400
    assert "@page { size: A4" in page and "break-inside: avoid" in page
    for _, q in castle_point.quotes.iterrows():
        assert html.escape(q["text"]) in page
    assert page.count('href="https://www.echo-news.co.uk/') >= len(castle_point.quotes)
    assert "<script" not in page and "http://" not in page.replace("https://", "")  # nothing fetched


def test_briefing_without_a_browser_says_so_in_place_of_each_image(monkeypatch, castle_point):
    monkeypatch.setattr(images, "find_chromium", lambda: None)
    built = charts.build_charts(castle_point)
    page = briefing.briefing(castle_point, built).decode("utf-8")
    assert "data:image/png" not in page
    assert page.count(html.escape(briefing.BRIEFING_NO_IMAGE)) == sum(c.figure is not None for c in built)
    assert html.escape(built[0].summary) in page


def test_briefing_stops_drawing_after_a_failure_and_says_why(monkeypatch, castle_point):
    calls = []

    def failing(chart, fmt, renderer=None):
        calls.append(chart.key)
        raise images.ExportError("Drawing the PNG took longer than 20 seconds.")

    monkeypatch.setattr(images, "find_chromium", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(images, "chart_image", failing)
    built = charts.build_charts(castle_point)
    drawn = briefing.briefing_images(built)
    assert len(calls) == 1  # not made to wait out the bound once per chart
    assert set(drawn.values()) == {"Chart image not included: Drawing the PNG took longer than 20 seconds."}
    assert len(drawn) == sum(c.figure is not None for c in built)


def test_briefing_escapes_markup_in_the_data(dataset_copy, set_cell):
    """Names and titles travel through the loader; the quote text (which must equal the source slice) is
    swapped in the frame."""
    set_cell(dataset_copy / "speakers.csv", "norman-smith", "name", f"Norman {MARKUP}")
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "title", f"Cops {MARKUP}")
    ds = load_dataset(dataset_copy)
    view = view_of(ds, areas=["Castle Point"])
    quotes = view.quotes.assign(text=[f"{t} {MARKUP} & <b>bold</b>" for t in view.quotes["text"]])
    hostile = dataclasses.replace(view, quotes=quotes)
    drawn = {"officer-numbers": f"Chart image not included: {MARKUP}"}
    page = briefing.briefing_html(hostile, charts.build_charts(view), drawn).decode("utf-8")
    assert MARKUP not in page and "<b>bold</b>" not in page
    assert f"Norman {html.escape(MARKUP)}" in page
    assert f"Cops {html.escape(MARKUP)}" in page
    assert f"{html.escape(MARKUP)} &amp; &lt;b&gt;bold&lt;/b&gt;" in page


def test_only_web_links_become_links(castle_point):
    ds = dataclasses.replace(castle_point.ds, sources=castle_point.ds.sources.assign(url="javascript:alert(1)"))
    page = briefing.briefing_html(dataclasses.replace(castle_point, ds=ds), [], {}).decode("utf-8")
    assert "javascript:" not in page
    doc = json.loads(files.claims_json(dataclasses.replace(castle_point, ds=ds)))
    assert "url" not in doc["hasPart"][0]["isBasedOn"] and "url" not in doc["hasPart"][0]


def test_csv_keeps_markup_as_text(castle_point):
    quotes = castle_point.quotes.assign(text=MARKUP)
    rows = list(csv.DictReader(io.StringIO(files.csv_bytes(files.quotes_table(quotes)).decode("utf-8-sig"))))
    assert {r["text"] for r in rows} == {MARKUP}


# --- The page's buttons ------------------------------------------------------------------------------------

def run_downloads_app(area: str = "Castle Point"):
    from streamlit.testing.v1 import AppTest

    script = (
        "from components.ui import downloads\n"
        "from components.view import charts, filters\n"
        "from components.dataset.load import load_dataset\n"
        "ds = load_dataset()\n"
        f"chosen = filters.clean_filters(ds, {{'areas': [{area!r}]}})\n"
        "view = filters.view_of(ds, chosen)\n"
        "for c in charts.build_charts(view):\n"
        "    downloads.render_chart_downloads(c, chosen)\n"
        "downloads.render_data_downloads(view)\n"
    )
    at = AppTest.from_string(script, default_timeout=30)
    at.run()
    assert not at.exception
    return at


def test_page_offers_png_svg_html_under_each_chart_and_the_data(castle_point):
    at = run_downloads_app()
    labels = [b.label for b in at.get("download_button")]
    drawn = sum(c.figure is not None for c in charts.build_charts(castle_point))
    if images.find_chromium() is not None:
        assert labels.count("PNG") == labels.count("SVG") == drawn
    assert labels.count("Interactive HTML") == drawn
    for label in ("Quotes (CSV)", "Figures (CSV)", "Quotes and figures (JSON)", "Briefing (HTML, prints on A4)",
                  "Whole dataset (ZIP)"):
        assert label in labels


def test_page_without_a_browser_says_how_to_turn_images_on(monkeypatch, castle_point):
    monkeypatch.setattr(images, "find_chromium", lambda: None)
    at = run_downloads_app()
    drawn = sum(c.figure is not None for c in charts.build_charts(castle_point))
    off = [b for b in at.button if b.label in ("PNG", "SVG")]
    assert len(off) == 2 * drawn and all(b.disabled for b in off)
    assert all("plotly_get_chrome" in b.help for b in off)
    hints = [c.value for c in at.caption if "PNG and SVG are off" in c.value]
    assert len(hints) == drawn and "apt install chromium" in hints[0]
    assert [b.label for b in at.get("download_button")].count("Interactive HTML") == drawn


def test_a_failed_export_shows_its_message_on_the_next_run(monkeypatch):
    from components.ui import downloads

    at = run_downloads_app()
    session = at.session_state["_export_session"]
    monkeypatch.setitem(downloads._FAILURES, (session, "figures-png"), "Drawing the PNG took longer than 20 seconds.")
    at.run()
    assert [e.value for e in at.error] == ["The last export failed. Drawing the PNG took longer than 20 seconds."]
    at.run()
    assert not at.error  # shown once


def test_a_failing_download_records_its_message(monkeypatch):
    from components.ui import downloads

    monkeypatch.setattr(downloads, "_session_id", lambda: "s1")

    def fail() -> bytes:
        raise images.ExportError("the renderer crashed")

    with pytest.raises(images.ExportError):
        downloads._on_click("figures-png", fail)()
    assert downloads._FAILURES.pop(("s1", "figures-png")) == "the renderer crashed"
    assert downloads._on_click("figures-png", lambda: b"ok")() == b"ok"


def test_the_rerun_a_click_causes_waits_for_the_export_and_its_failure(monkeypatch):
    from components.ui import downloads

    monkeypatch.setattr(downloads, "_session_id", lambda: "s2")

    def slow_failure() -> bytes:
        time.sleep(0.3)
        raise images.ExportError("the renderer crashed")

    export_thread = threading.Thread(target=lambda: pytest.raises(images.ExportError,
                                                                  downloads._on_click("figures-svg", slow_failure)))
    export_thread.start()
    downloads._await_export("figures-svg")
    assert downloads._FAILURES.pop(("s2", "figures-svg")) == "the renderer crashed"
    export_thread.join()
    monkeypatch.setattr(downloads, "START_WAIT_S", 0.1)
    downloads._RUNS.clear()
    downloads._await_export("figures-svg")  # no export arrives: gives up after START_WAIT_S


def test_no_image_is_drawn_on_a_rerun(monkeypatch):
    calls = []
    monkeypatch.setattr(images.Renderer, "render", lambda self, *a: calls.append(a) or b"")
    at = run_downloads_app()
    at.run()
    assert calls == []


def test_export_module_does_not_import_streamlit():
    # In a fresh interpreter: importing the export module (and all it needs) leaves Streamlit unloaded.
    code = "import sys, components.export.images; print('streamlit' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
