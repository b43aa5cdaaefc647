"""The page's download buttons: what each offers, and how a failed export is reported on the next run."""

from __future__ import annotations

import threading
import time

import pytest

from components.export import images
from components.view import charts


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
    monkeypatch.setitem(downloads.FAILURES, (session, "figures-png"), "Drawing the PNG took longer than 20 seconds.")
    at.run()
    assert [e.value for e in at.error] == ["The last export failed. Drawing the PNG took longer than 20 seconds."]
    at.run()
    assert not at.error  # shown once


def test_a_failing_download_records_its_message(monkeypatch):
    from components.ui import downloads

    monkeypatch.setattr(downloads, "session_id", lambda: "s1")

    def fail() -> bytes:
        raise images.ExportError("the renderer crashed")

    with pytest.raises(images.ExportError):
        downloads.recording_failures("figures-png", fail)()
    assert downloads.FAILURES.pop(("s1", "figures-png")) == "the renderer crashed"
    assert downloads.recording_failures("figures-png", lambda: b"ok")() == b"ok"


def test_the_rerun_a_click_causes_waits_for_the_export_and_its_failure(monkeypatch):
    from components.ui import downloads

    monkeypatch.setattr(downloads, "session_id", lambda: "s2")

    def slow_failure() -> bytes:
        time.sleep(0.3)
        raise images.ExportError("the renderer crashed")

    export = downloads.recording_failures("figures-svg", slow_failure)
    export_thread = threading.Thread(target=lambda: pytest.raises(images.ExportError, export))
    export_thread.start()
    downloads.await_export("figures-svg")
    assert downloads.FAILURES.pop(("s2", "figures-svg")) == "the renderer crashed"
    export_thread.join()
    monkeypatch.setattr(downloads, "START_WAIT_S", 0.1)
    downloads.RUNS.clear()
    downloads.await_export("figures-svg")  # no export arrives: gives up after START_WAIT_S


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


def test_the_rerun_waits_for_a_request_that_queues_behind_other_exports(monkeypatch):
    # Under load a download request can start seconds after its click. The rerun must wait for it: if it ran
    # on, it would register the button anew and Streamlit would drop the callable ("Deferred file not found").
    from components.ui import downloads

    monkeypatch.setattr(downloads, "session_id", lambda: "s3")

    def failure() -> bytes:
        raise images.ExportError("the renderer crashed")

    export = downloads.recording_failures("figures-png", failure)
    late = threading.Timer(3.0, lambda: pytest.raises(images.ExportError, export))
    late.start()
    downloads.await_export("figures-png")
    assert downloads.FAILURES.pop(("s3", "figures-png")) == "the renderer crashed"
    late.join()


def test_a_request_that_never_starts_is_told_to_its_reader(monkeypatch):
    from components.ui import downloads

    monkeypatch.setattr(downloads, "session_id", lambda: "s4")
    monkeypatch.setattr(downloads, "START_WAIT_S", 0.2)
    downloads.await_export("figures-png")
    assert downloads.FAILURES.pop(("s4", "figures-png")) == downloads.NOT_STARTED


def test_an_old_failure_is_not_shown_after_a_later_export_succeeds(monkeypatch):
    from components.ui import downloads

    monkeypatch.setattr(downloads, "session_id", lambda: "s5")
    monkeypatch.setitem(downloads.FAILURES, ("s5", "figures-png"), "an earlier export failed")

    def slow_success() -> bytes:
        time.sleep(0.3)
        return b"png"

    export = downloads.recording_failures("figures-png", slow_success)
    runner = threading.Thread(target=export)
    runner.start()
    time.sleep(0.05)  # the new export has started, and not finished, when the rerun looks
    assert ("s5", "figures-png") not in downloads.FAILURES
    runner.join()
    assert ("s5", "figures-png") not in downloads.FAILURES
