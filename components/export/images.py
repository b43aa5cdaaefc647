"""Chart images drawn on the server by kaleido in a headless Chrome or Chromium. No Streamlit.

One `Renderer` keeps that browser warm in a thread of its own, draws an image only when asked, bounds every
export in time, and replaces a browser that crashed or hung, so one bad export never blocks the next.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import os
import signal
import threading
import time

import plotly.graph_objects as go

from components.view.charts import EXPORT_HEIGHT, EXPORT_SCALE, EXPORT_WIDTH, Chart
from components.view.filters import Filters

IMAGE_FORMATS = {"png": "image/png", "svg": "image/svg+xml"}
RENDER_TIMEOUT_S = 20.0  # one image; a warm render takes well under a second
START_TIMEOUT_S = 30.0  # launching the browser; about two seconds when all is well
GET_BROWSER_HINT = ("install Chromium on the server (`apt install chromium`) or run `plotly_get_chrome` in this "
                    "Python environment, then restart")
NO_BROWSER_MESSAGE = ("PNG and SVG exports are drawn on the server by a headless Chrome or Chromium, and none "
                      f"was found. To enable them, {GET_BROWSER_HINT}. Meanwhile the camera icon on each chart "
                      "saves a PNG from your own browser, and the interactive HTML download needs no browser.")


class ExportError(Exception):
    """An export could not be made; the message is a sentence to show the reader."""


def plotly_config(chart: Chart, filters: Filters) -> dict:
    """The chart's Plotly config: the camera button saves under the same name the server export uses."""
    height = int(chart.figure.layout.height or EXPORT_HEIGHT) if chart.figure is not None else EXPORT_HEIGHT
    return {"displaylogo": False, "toImageButtonOptions": {
        "format": "png", "filename": chart.filename(filters, "png").removesuffix(".png"),
        "width": EXPORT_WIDTH, "height": height, "scale": EXPORT_SCALE}}


# --- The browser that draws images --------------------------------------------------------------------------

BROWSER_LOOKUP_TTL_S = 30.0  # the page asks on every rerun; the file system is searched at most this often
_browser_lookup: tuple[float, str | None] = (-BROWSER_LOOKUP_TTL_S, None)


def find_chromium() -> str | None:
    """The Chrome or Chromium kaleido would drive ($BROWSER_PATH, then PATH and the usual places, then the
    copy `plotly_get_chrome` downloads), or None. Tests replace this to simulate a server without one."""
    global _browser_lookup
    checked, path = _browser_lookup
    if time.monotonic() - checked < BROWSER_LOOKUP_TTL_S:
        return path
    from choreographer.browsers import Chromium

    try:
        path = Chromium.find_browser(skip_local=False)
    except Exception:  # noqa: BLE001 - a broken lookup is the same as no browser
        path = None
    path = path if path and os.path.isfile(path) and os.access(path, os.X_OK) else None
    _browser_lookup = (time.monotonic(), path)
    return path


def image_options(figure: go.Figure, fmt: str) -> dict:
    """Export size: EXPORT_WIDTH layout pixels wide, the figure's own height (its bands for legend and
    source are fixed pixels), drawn at EXPORT_SCALE."""
    return {"format": fmt, "width": EXPORT_WIDTH, "height": int(figure.layout.height or EXPORT_HEIGHT),
            "scale": EXPORT_SCALE}


async def calc_image(kaleido_instance, spec: dict, opts: dict) -> bytes:
    """The render call itself (tests replace it to simulate a crash or a hang)."""
    return await kaleido_instance.calc_fig(spec, opts=opts)


class BrowserDied(RuntimeError):
    """The browser process exited while it was drawing."""


async def _quiet_when_cancelled(coroutine):
    # A render given up on is cancelled; its cleanup then fails against a killed browser. Nobody waits for
    # that error any more, so drop it rather than have asyncio log it as "never retrieved".
    try:
        return await coroutine
    except Exception:
        if asyncio.current_task().cancelling():
            return None
        raise


DEATH_GRACE_S = 1.0  # after a render fails, how long to look for its browser's exit before calling it a failure
TABS = 1  # one tab: a second halves the wait in back-to-back exports but doubles the browser start


def _quick_kaleido(on_reload_error):
    """kaleido.Kaleido, except that the tab reload kaleido does after every image (to start the next from a
    clean page, about 0.2 s) runs in the background instead of before the image is handed back: a reader's
    export returns that much sooner.

    Why a private hook: kaleido's public API (`Kaleido(...)`, `open`, `calc_fig`, `close`) has no option to
    defer that reload, and `_return_kaleido_tab` is the one place it happens. Checked against kaleido 1.5.0
    (the hook has this name and signature there); pyproject.toml pins kaleido below 1.6 for that reason. If a
    later kaleido renames it, this override is simply not called and images come as before, only slower;
    tests/export/test_images.py checks the hook is there."""
    import kaleido

    def settled(task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None:
            on_reload_error()  # that tab will not come back to the queue

    class QuickKaleido(kaleido.Kaleido):
        _reloads: set[asyncio.Task]

        async def _return_kaleido_tab(self, tab) -> None:
            task = asyncio.get_running_loop().create_task(super()._return_kaleido_tab(tab))
            self._reloads = getattr(self, "_reloads", set())
            self._reloads.add(task)  # held, so the task is not collected while it runs
            task.add_done_callback(self._reloads.discard)
            task.add_done_callback(settled)

    return QuickKaleido


class _Engine:
    """A kaleido browser driven by an event loop in a daemon thread of its own, so a render that hangs can be
    abandoned: the caller stops waiting, kills the browser, and the thread ends whenever it comes back."""

    def __init__(self, browser_path: str, start_timeout: float):
        self.kaleido = None
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="chart-export-renderer", daemon=True)
        self.thread.start()
        try:
            self.run(self._open(browser_path), start_timeout)
        except BaseException:
            self.discard()
            raise

    async def _open(self, browser_path: str) -> None:
        # No MathJax: the charts use none, and its default is a CDN the server may not reach.
        self.kaleido = _quick_kaleido(self._reload_failed)(n=TABS, timeout=None, mathjax=False, path=browser_path)
        await self.kaleido.open()

    broken = False  # a tab failed to reload: the next export starts a fresh browser

    def _reload_failed(self) -> None:
        self.broken = True

    def run(self, coroutine, timeout: float):
        """Run `coroutine` on the engine's loop; give up after `timeout` seconds, or at once if the browser
        dies meanwhile (a dead browser never answers)."""
        future = asyncio.run_coroutine_threadsafe(_quiet_when_cancelled(coroutine), self.loop)
        deadline = time.monotonic() + timeout
        while True:
            try:
                return future.result(max(0.0, min(0.25, deadline - time.monotonic())))
            except TimeoutError:
                if time.monotonic() >= deadline:
                    future.cancel()
                    raise
                if self.died():
                    future.cancel()
                    raise BrowserDied from None
            except concurrent.futures.CancelledError:
                # kaleido cancels a render whose browser went away: that is a dead browser, not a failure.
                raise BrowserDied from None
            except Exception:
                # A killed browser often shows first as a closed pipe inside the render, a moment before the
                # process is seen to exit: wait that moment, so it goes to the retry and not to a failure.
                if self._dies_within(DEATH_GRACE_S):
                    raise BrowserDied from None
                raise

    def _dies_within(self, seconds: float) -> bool:
        until = time.monotonic() + seconds
        while not self.died():
            if time.monotonic() >= until:
                return False
            time.sleep(0.05)
        return True

    def died(self) -> bool:
        return not self.thread.is_alive() or (self.process is not None and self.process.poll() is not None)

    @property
    def process(self):
        return getattr(self.kaleido, "subprocess", None)

    def alive(self) -> bool:
        return self.process is not None and not self.broken and not self.died()

    def stop(self, grace: float = 10.0) -> None:
        """Close the browser cleanly; kill it if that takes longer than `grace` seconds."""
        try:
            self._shutdown_soon().result(grace)
            self.thread.join(grace)
        except Exception:  # noqa: BLE001 - whatever went wrong, the browser must not outlive us
            self.discard()
        if not self.thread.is_alive():
            self.loop.close()

    def discard(self) -> None:
        """Kill the browser now and let the thread finish on its own (it may be stuck in a render)."""
        process = self.process
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)  # Chromium runs in a session of its own: take all of it
            except (ProcessLookupError, PermissionError, AttributeError):
                process.kill()
        if self.thread.is_alive() and not self.loop.is_closed():
            self._shutdown_soon()

    def _shutdown_soon(self):
        future = asyncio.run_coroutine_threadsafe(self._close_browser(), self.loop)
        future.add_done_callback(lambda _: self.loop.call_soon_threadsafe(self.loop.stop))
        return future

    async def _close_browser(self) -> None:
        if self.kaleido is not None:
            try:
                await asyncio.wait_for(self.kaleido.close(), 10)
            except Exception:  # noqa: BLE001 - closing a dead browser may fail; cleanup is best effort
                pass


class Renderer:
    """One long-lived headless browser that draws chart images, one at a time.

    The browser starts on the first export (about two seconds), then each image takes a fraction of a second.
    An export that runs past `timeout` seconds is stopped; one that fails reports why; either way the browser
    is replaced on the next export. Safe to share between threads (Streamlit sessions)."""

    def __init__(self, timeout: float = RENDER_TIMEOUT_S, start_timeout: float = START_TIMEOUT_S):
        self.timeout = timeout
        self.start_timeout = start_timeout
        self._lock = threading.Lock()
        self._engine: _Engine | None = None

    @property
    def browser_pid(self) -> int | None:
        engine = self._engine
        return engine.process.pid if engine is not None and engine.process is not None else None

    def render(self, figure: go.Figure, fmt: str) -> bytes:
        """The figure as PNG or SVG bytes. Raises ExportError with a sentence for the reader."""
        if fmt not in IMAGE_FORMATS:
            raise ValueError(f"no image format {fmt!r}; choose from {', '.join(IMAGE_FORMATS)}")
        spec, opts = figure.to_dict(), image_options(figure, fmt)
        if not self._lock.acquire(timeout=self.timeout + self.start_timeout):
            raise ExportError("The image renderer is busy with other exports. Try again in a moment.")
        try:
            engine = self._running_engine()
            try:
                return engine.run(calc_image(engine.kaleido, spec, opts), self.timeout)
            except BrowserDied:
                # Often it died between exports and was not yet seen to be gone: one more try on a fresh one.
                self._discard()
                try:
                    engine = self._running_engine()
                    return engine.run(calc_image(engine.kaleido, spec, opts), self.timeout)
                except (BrowserDied, TimeoutError):
                    self._discard()
                raise ExportError("The browser drawing images stopped unexpectedly and has been restarted. "
                                  "Try again; the camera icon on the chart also saves a PNG.") from None
            except TimeoutError:
                self._discard()
                raise ExportError(f"Drawing the {fmt.upper()} took longer than {self.timeout:g} seconds, so it "
                                  "was stopped and the renderer restarted. Try again; if it keeps happening, "
                                  "use the camera icon on the chart or the interactive HTML.") from None
            except Exception as err:
                self._discard()
                raise ExportError(f"The image renderer failed ({_reason(err)}) and has been restarted. Try "
                                  "again; the camera icon on the chart also saves a PNG.") from err
        finally:
            self._lock.release()

    def start(self) -> None:
        """Launch the browser now rather than on the first export."""
        with self._lock:
            self._running_engine()

    def stop(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.stop()
                self._engine = None

    def _running_engine(self) -> _Engine:
        if self._engine is not None and not self._engine.alive():
            self._discard()  # the browser died between exports: start afresh rather than fail
        if self._engine is None:
            path = find_chromium()
            if path is None:
                raise ExportError(NO_BROWSER_MESSAGE)
            try:
                self._engine = _Engine(path, self.start_timeout)
            except TimeoutError:
                raise ExportError(f"The browser that draws images did not start within {self.start_timeout:g} "
                                  "seconds. Try again in a moment.") from None
            except Exception as err:
                raise ExportError(f"The browser that draws images ({path}) could not start: {_reason(err)}. "
                                  f"To fix it, {GET_BROWSER_HINT}.") from err
        return self._engine

    def _discard(self) -> None:
        if self._engine is not None:
            self._engine.discard()
            self._engine = None


def _reason(err: BaseException) -> str:
    text = " ".join(str(err).split())[:200]
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


_SHARED = Renderer()
atexit.register(_SHARED.stop)


def shared_renderer() -> Renderer:
    """The process's renderer: every page session and export shares one warm browser."""
    return _SHARED


def chart_image(chart: Chart, fmt: str, renderer: Renderer | None = None) -> bytes:
    if chart.figure is None:
        raise ExportError(chart.summary)
    return (renderer or shared_renderer()).render(chart.figure, fmt)


