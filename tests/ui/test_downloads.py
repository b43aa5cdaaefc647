"""The page's download buttons: what each offers, how an image is drawn into the session and then saved, and
how a failed export is told under its chart."""

from __future__ import annotations

from components.export import images
from components.view import charts


def run_downloads_app(area: str = "Castle Point"):
    from streamlit.testing.v1 import AppTest

    # The charts are cached, as on the page (`page._built_charts`): the same view gives the same chart objects.
    script = (
        "import streamlit as st\n"
        "from components.ui import downloads\n"
        "from components.view import charts, filters\n"
        "from components.dataset.load import load_dataset\n"
        "@st.cache_resource\n"
        "def built(area):\n"
        "    ds = load_dataset()\n"
        "    chosen = filters.clean_filters(ds, {'areas': [area]})\n"
        "    view = filters.view_of(ds, chosen)\n"
        "    return chosen, view, charts.build_charts(view)\n"
        "chosen, view, built_charts = built(st.session_state.get('area', " + repr(area) + "))\n"
        "for c in built_charts:\n"
        "    downloads.render_chart_downloads(c, chosen)\n"
        "downloads.render_data_downloads(view)\n"
    )
    at = AppTest.from_string(script, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def image_button(at, label: str, slot: str):
    return next(b for b in at.button if b.label == label and b.key == f"draw-{slot}")


def saved(at, slot: str):
    return [b for b in at.get("download_button") if b.key == f"download-{slot}"]


def test_page_offers_png_svg_html_under_each_chart_and_the_data(castle_point):
    at = run_downloads_app()
    labels = [b.label for b in at.get("download_button")]
    drawn = sum(c.figure is not None for c in charts.build_charts(castle_point))
    if images.find_chromium() is not None:
        first_step = [b.label for b in at.button if not b.disabled]
        assert first_step.count("PNG") == first_step.count("SVG") == drawn
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


def test_a_failed_export_shows_its_message_on_the_next_run():
    from components.ui import downloads

    at = run_downloads_app()
    at.session_state[downloads.FAILURES_KEY] = {"figures-png": "Drawing the PNG took longer than 20 seconds."}
    at.run()
    assert [e.value for e in at.error] == ["The last export failed. Drawing the PNG took longer than 20 seconds."]
    at.run()
    assert not at.error  # shown once


def test_a_click_draws_the_image_into_the_session_and_offers_it_to_save(monkeypatch):
    calls = []
    monkeypatch.setattr(images, "find_chromium", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(images, "chart_image", lambda chart, fmt: calls.append((chart.key, fmt)) or b"\x89PNG drawn")
    at = run_downloads_app()
    assert not saved(at, "figures-png")
    image_button(at, "PNG", "figures-png").click().run()
    assert not at.exception and calls == [("figures", "png")]
    [save] = saved(at, "figures-png")
    assert save.label == "Save PNG" and "figures-castle-point.png" in save.help
    assert not [b for b in at.button if b.key == "draw-figures-png"]  # the first step has become the second
    at.run()  # a rerun of the same view keeps the drawn image, and draws nothing
    assert saved(at, "figures-png") and calls == [("figures", "png")]


def test_a_drawn_image_belongs_to_its_view(monkeypatch):
    monkeypatch.setattr(images, "find_chromium", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(images, "chart_image", lambda chart, fmt: b"\x89PNG drawn")
    at = run_downloads_app()
    image_button(at, "PNG", "figures-png").click().run()
    assert saved(at, "figures-png")
    at.session_state["area"] = "Southend"
    at.run()
    assert not saved(at, "figures-png")  # another view: its image is drawn anew when asked for
    assert image_button(at, "PNG", "figures-png")


def test_a_failed_export_is_told_under_its_chart_at_once(monkeypatch):
    monkeypatch.setattr(images, "find_chromium", lambda: "/usr/bin/chromium")

    def fail(chart, fmt):
        raise images.ExportError("the renderer crashed")

    monkeypatch.setattr(images, "chart_image", fail)
    at = run_downloads_app()
    image_button(at, "SVG", "figures-svg").click().run()
    assert [e.value for e in at.error] == ["The last export failed. the renderer crashed"]
    assert not saved(at, "figures-svg") and image_button(at, "SVG", "figures-svg")


def test_an_old_failure_is_not_shown_after_a_later_export_succeeds(monkeypatch):
    from components.ui import downloads

    monkeypatch.setattr(images, "find_chromium", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(images, "chart_image", lambda chart, fmt: b"\x89PNG drawn")
    at = run_downloads_app()
    at.session_state[downloads.FAILURES_KEY] = {"figures-png": "an earlier export failed"}
    image_button(at, "PNG", "figures-png").click().run()
    assert not at.error and saved(at, "figures-png")


def test_no_image_is_drawn_on_a_rerun(monkeypatch):
    calls = []
    monkeypatch.setattr(images.Renderer, "render", lambda self, *a: calls.append(a) or b"")
    at = run_downloads_app()
    at.run()
    assert calls == []


def test_the_csv_downloads_say_they_are_verbatim_and_offer_a_spreadsheet_safe_copy():
    at = run_downloads_app()
    labels = [b.label for b in at.get("download_button")]
    assert "Quotes (CSV for spreadsheets)" in labels and "Figures (CSV for spreadsheets)" in labels
    notes = [c.value for c in at.caption if "verbatim" in c.value]
    assert len(notes) == 1
    assert "formula" in notes[0] and "CSV for spreadsheets" in notes[0]


