"""Chart images: real PNG and SVG bytes, and a renderer that is absent, hangs, crashes or loses a tab."""

from __future__ import annotations

import html
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from export_support import chart, needs_browser, png_size

from components.export import images
from components.view import charts
from components.view.charts import EXPORT_SCALE, EXPORT_WIDTH

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
        except (FileNotFoundError, ProcessLookupError):  # gone: reaped even between open and read
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


@needs_browser
@pytest.mark.parametrize("how", ["cancelled", "pipe closed"])
def test_a_browser_killed_during_a_render_goes_to_the_retry(monkeypatch, renderer, castle_point, how):
    # Under load the killed browser shows first as a cancelled render or a closed pipe, a moment before its
    # process is seen to exit: that export must be retried on a fresh browser, not reported as failed.
    import asyncio

    figures = chart(castle_point, "figures")
    images.chart_image(figures, "png", renderer)
    pid = renderer.browser_pid
    real = images.calc_image
    calls = []

    async def killed(kaleido_instance, spec, opts):
        calls.append(1)
        if len(calls) == 1:
            os.killpg(pid, signal.SIGKILL)
            if how == "cancelled":
                raise asyncio.CancelledError
            raise RuntimeError("the browser's pipe closed")
        return await real(kaleido_instance, spec, opts)

    monkeypatch.setattr(images, "calc_image", killed)
    assert png_size(images.chart_image(figures, "png", renderer))[0] == 2400
    assert len(calls) == 2 and renderer.browser_pid != pid
