"""The briefing: charts embedded as PNGs (or a sentence in their place), every figure and quote linked,
all text escaped."""

from __future__ import annotations

import dataclasses
import html
import re
from base64 import b64decode

from export_support import MARKUP, needs_browser, png_size, view_of

from components.dataset.load import load_dataset
from components.export import briefing, images
from components.view import charts


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
    # nothing fetched: no script, and the only plain-http addresses are the links to each quote in the dashboard
    assert "<script" not in page and "http://" not in page.replace("https://", "").replace('href="http://', "")
    assert 'src="http' not in page


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


def test_briefing_sets_each_figure_beside_what_the_record_shows(monkeypatch, castle_point):
    monkeypatch.setattr(images, "find_chromium", lambda: None)
    page = briefing.briefing(castle_point, []).decode("utf-8")
    assert "<th>What the record shows</th>" in page
    assert "3,070.95 FTE at 31 March 2019 to 3,298.15 FTE at 31 March 2020: a net change of +227.20 FTE" in page
    assert "+113.13 FTE over 2018/19" in page
    assert "No official measure answers this figure" in page  # the town centre teams' 23 locations
    assert "not the number of officers recruited" in page
