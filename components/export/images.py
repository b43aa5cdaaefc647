"""Exports: chart images and pages, the data in view, the whole dataset and a printable briefing. No Streamlit.

Images are drawn server-side by kaleido in a headless Chrome or Chromium. One `Renderer` keeps that browser
warm in a thread of its own, draws an image only when asked, bounds every export in time, and replaces a
browser that crashed or hung, so one bad export never blocks the next. Everything else here needs no browser.
"""

from __future__ import annotations

import asyncio
import atexit
import html
import io
import json
import math
import os
import signal
import threading
import time
import zipfile
from base64 import b64encode
from collections.abc import Iterable
from datetime import date
from pathlib import Path, PurePosixPath

import pandas as pd
import plotly.graph_objects as go

from components.dataset import schema
from components.dataset.load import Dataset
from components.view import article
from components.view.charts import CLAIMS_CAVEAT, EXPORT_HEIGHT, EXPORT_SCALE, EXPORT_WIDTH, Chart, View
from components.view.filters import URL_KEYS, Filters

IMAGE_FORMATS = {"png": "image/png", "svg": "image/svg+xml"}
MIME_TYPES = IMAGE_FORMATS | {"html": "text/html", "csv": "text/csv", "json": "application/ld+json",
                              "zip": "application/zip"}
RENDER_TIMEOUT_S = 20.0  # one image; a warm render takes well under a second
START_TIMEOUT_S = 30.0  # launching the browser; about two seconds when all is well
# The stems of the data files; charts take theirs from Chart.key. Both follow `Filters.filename`.
DATA_STEMS = {"quotes": "quotes", "figures": "figures", "claims": "claims", "briefing": "briefing"}
DATASET_ZIP_NAME = "police-claims-dataset.zip"
GET_BROWSER_HINT = ("install Chromium on the server (`apt install chromium`) or run `plotly_get_chrome` in this "
                    "Python environment, then restart")
NO_BROWSER_MESSAGE = ("PNG and SVG exports are drawn on the server by a headless Chrome or Chromium, and none "
                      f"was found. To enable them, {GET_BROWSER_HINT}. Meanwhile the camera icon on each chart "
                      "saves a PNG from your own browser, and the interactive HTML download needs no browser.")
BRIEFING_NO_IMAGE = ("Chart image not included: no Chrome or Chromium was found on the server to draw it "
                     f"(to include charts, {GET_BROWSER_HINT}).")


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


TABS = 1  # one tab: a second halves the wait in back-to-back exports but doubles the browser start


def _quick_kaleido(on_reload_error):
    """kaleido.Kaleido, except that the tab reload kaleido does after every image (to start the next from a
    clean page, about 0.2 s) runs in the background instead of before the image is handed back: a reader's
    export returns that much sooner. `_return_kaleido_tab` is kaleido's private hook (1.x): if a later
    kaleido renames it, this override is simply not called and images come as before, only slower;
    tests/test_export.py checks the hook is there."""
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


def chart_html(chart: Chart, filters: Filters) -> bytes:
    """A self-contained interactive page (plotly.js inside, about 5 MB) that needs no server and no browser
    on the server."""
    if chart.figure is None:
        raise ExportError(chart.summary)
    height = image_options(chart.figure, "png")["height"]
    page = chart.figure.to_html(include_plotlyjs=True, full_html=True, config=plotly_config(chart, filters),
                                default_width="100%", default_height=f"{height}px")
    title = f"<title>{html.escape(chart.title)} · {html.escape(filters.describe())}</title>"
    return page.replace("<head>", f'<head><meta name="viewport" content="width=device-width">{title}', 1).encode()


# --- The data in view --------------------------------------------------------------------------------------

QUOTE_EXTRA = ("speaker_name", "speaker_role", "speaker_organisation", "wider_note")
FIGURE_EXTRA = ("speaker_name", "area_name", "wider_note")


def quotes_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes in view as text cells in the dataset's own format (ids joined by `;`, dates YYYY-MM-DD),
    with the speaker's name and role beside them."""
    return _as_text(quotes, schema.QUOTES, QUOTE_EXTRA)


def figures_table(figures: pd.DataFrame) -> pd.DataFrame:
    return _as_text(figures, schema.FIGURES, FIGURE_EXTRA)


def _as_text(frame: pd.DataFrame, table: schema.Table, extra: tuple[str, ...]) -> pd.DataFrame:
    out = {}
    for col in table.columns:
        values = frame[col.name] if col.name in frame.columns else pd.Series("", index=frame.index)
        out[col.name] = [_cell_text(v, col.kind) for v in values]
    for name in extra:
        out[name] = [_cell_text(v, schema.TEXT) for v in frame.get(name, pd.Series("", index=frame.index))]
    return pd.DataFrame(out, columns=[*out])


def _cell_text(value, kind: str) -> str:
    if isinstance(value, tuple):
        return schema.REFS_SEPARATOR.join(value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if kind == schema.DATE:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if kind == schema.BOOL:
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so Excel reads the curly quotes right; pandas and csv read it too."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


KIND_DESCRIPTIONS = {
    "direct": "Direct quote, as printed in quote marks.",
    "partial": "Words in quote marks inside reported speech.",
    "reported": "Claim reported without quote marks; the words are the article's, not the speaker's.",
}


def claims_json(view: View) -> bytes:
    """The quotes in view as schema.org `Quotation`s (JSON-LD), each with its speaker and article, plus the
    figures in view as plain records under `figures`."""
    ds = view.ds
    articles = {row["source_id"]: news_article(row) for _, row in ds.sources.iterrows()}
    speakers = ds.speakers.set_index("speaker_id")
    areas = ds.areas.set_index("area_id")["name"]
    topics = ds.topics.set_index("topic_id")["label"]
    quotations = []
    for _, q in view.quotes.iterrows():
        item = {
            "@type": "Quotation",
            "identifier": q["quote_id"],
            "text": q["text"],
            "description": KIND_DESCRIPTIONS.get(q["kind"], q["kind"]),
            "creator": person_or_organisation(speakers.loc[q["speaker_id"]]),
            "isBasedOn": articles[q["source_id"]],
            "spatialCoverage": [{"@type": "Place", "name": areas.get(a, a)} for a in q["area_ids"]],
            "about": [{"@type": "DefinedTerm", "name": topics.get(t, t)} for t in q["topics"]],
        }
        link = article.text_fragment_url(safe_url(articles[q["source_id"]].get("url", "")), q["text"])
        if link:
            item["url"] = link
        quotations.append(item)
    doc = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": "Police resourcing claims in view",
        "description": f"{view.filters.describe()}. {CLAIMS_CAVEAT}",
        "filters": _url_filters(view.filters),
        "hasPart": quotations,
        "figures": [{k: _jsonable(v) for k, v in row.items()} for row in _figure_records(view.figures)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def news_article(source: pd.Series) -> dict:
    item = {"@type": "NewsArticle", "headline": source["title"],
            "publisher": {"@type": "Organization", "name": source["publisher"]}}
    if safe_url(source.get("url", "")):
        item["url"] = source["url"]
    if pd.notna(source.get("published")) and source.get("published") is not None:
        item["datePublished"] = pd.Timestamp(source["published"]).strftime("%Y-%m-%d")
    return item


def person_or_organisation(speaker: pd.Series) -> dict:
    if speaker["kind"] == "organisation":
        return {"@type": "Organization", "name": speaker["name"]}
    item = {"@type": "Person", "name": speaker["name"]}
    if speaker.get("role"):
        item["jobTitle"] = speaker["role"]
    if speaker.get("organisation"):
        item["affiliation"] = {"@type": "Organization", "name": speaker["organisation"]}
    return item


def _figure_records(figures: pd.DataFrame) -> Iterable[dict]:
    names = [c.name for c in schema.FIGURES.columns] + list(FIGURE_EXTRA)
    return figures[[n for n in names if n in figures.columns]].to_dict("records")


def _jsonable(value):
    if isinstance(value, tuple):
        return list(value)
    if value is None or (not isinstance(value, str | bool) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def _url_filters(f: Filters) -> dict:
    values = {URL_KEYS[name]: list(getattr(f, name)) for name in ("areas", "speakers", "topics", "kinds", "sources")}
    return values | {URL_KEYS["q"]: f.q, URL_KEYS["include_wider"]: f.include_wider}


def safe_url(url: str) -> str:
    """Only web links become links; anything else (a `javascript:` URL in the data) does not."""
    url = str(url or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


# --- The whole dataset ------------------------------------------------------------------------------------

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same data gives the same bytes


def dataset_zip(ds: Dataset) -> bytes:
    """data/*.csv and data/README.md, plus the source texts sources.csv points at, as files on disk (byte for
    byte), under the same relative paths: unzipped, it is a dataset `python -m components validate` reads."""
    root = Path(ds.data_dir).resolve().parent
    data_dir = Path(ds.data_dir).resolve()
    files = sorted(data_dir.glob("*.csv")) + [p for p in [data_dir / "README.md"] if p.is_file()]
    members = {f"data/{p.name}": p for p in files}
    for rel in ds.sources["path"]:
        path = (root / rel).resolve()
        if path.is_file() and path.is_relative_to(root) and not PurePosixPath(rel).is_absolute():
            members[path.relative_to(root).as_posix()] = path  # texts outside the dataset's folder are left out
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, path in members.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    return buffer.getvalue()


# --- The briefing ------------------------------------------------------------------------------------------

BRIEFING_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 Arial, Helvetica, sans-serif; color: #222; max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
.view { font-weight: bold; }
.caveat, .note, figcaption { color: #555; }
figure { margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; width: 100%; height: auto; border: 1px solid #eee; }
.missing { border: 1px dashed #999; padding: 4mm; color: #555; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
thead { display: table-header-group; }
tr, td, th { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 1px solid #ddd; }
th { border-bottom: 2px solid #888; }
td.num { text-align: right; white-space: nowrap; font-weight: bold; }
a { color: #0050a0; }
@media print { body { padding: 0; max-width: none; } }
"""
MAX_BRIEFING_ROWS = 500


def briefing_images(charts: list[Chart], renderer: Renderer | None = None) -> dict[str, bytes | str]:
    """Each drawable chart as PNG bytes, or the sentence that takes its place when it cannot be drawn."""
    images: dict[str, bytes | str] = {}
    failed = BRIEFING_NO_IMAGE if find_chromium() is None else ""
    for chart in charts:
        if chart.figure is None:
            continue
        if not failed:
            try:
                images[chart.key] = chart_image(chart, "png", renderer)
                continue
            except ExportError as err:  # a renderer that fails once is not made to wait out the rest
                failed = f"Chart image not included: {err}"
        images[chart.key] = failed
    return images


def briefing_html(view: View, charts: list[Chart], images: dict[str, bytes | str], prepared: date | None = None
                  ) -> bytes:
    """One self-contained page of the view for print (A4) or e-mail: the charts as embedded PNGs, then every
    figure and quote in view with who said it and a link to where. All data text is escaped."""
    e = html.escape
    where = view.filters.describe()
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width">',
        f"<title>Briefing: police resourcing claims · {e(where)}</title>",
        f"<style>{BRIEFING_CSS}</style></head><body>",
        "<header><h1>Police resourcing claims: briefing</h1>",
        f'<p class="view">{e(where)}</p>',
        *(f'<p class="note">{e(n)}</p>' for n in view.filters.notices),
        f"<p>{len(view.quotes):,} quote(s) and {len(view.figures):,} figure(s) in view, from "
        f"{_sources_html(view)}.</p>",
        f'<p class="caveat">{e(CLAIMS_CAVEAT)} Prepared {e(f"{prepared or date.today():%-d %B %Y}")}.</p>',
        "</header>",
        '<section class="charts">', *(_chart_html(c, images.get(c.key)) for c in charts), "</section>",
        _figures_section(view), _quotes_section(view), "</body></html>",
    ]
    return "\n".join(parts).encode("utf-8")


def _sources_html(view: View) -> str:
    ids = view.quotes["source_id"].unique().tolist() or view.ds.sources["source_id"].tolist()
    rows = view.ds.sources[view.ds.sources["source_id"].isin(ids)]
    return "; ".join(f"{html.escape(r['publisher'])}, {_link(r['url'], '“' + r['title'] + '”')}"
                     for _, r in rows.iterrows())


def _link(url: str, text: str) -> str:
    url = safe_url(url)
    body = html.escape(text)
    return f'<a href="{html.escape(url, quote=True)}">{body}</a>' if url else body


def _chart_html(chart: Chart, image: bytes | str | None) -> str:
    e = html.escape
    if chart.figure is None:
        body = f'<p class="missing">{e(chart.summary)}</p>'
    elif isinstance(image, bytes):
        body = (f'<img alt="{e(chart.summary, quote=True)}" src="data:image/png;base64,{b64encode(image).decode()}">'
                f"<figcaption>{e(chart.summary)}</figcaption>")
    else:
        body = f'<p class="missing">{e(image or BRIEFING_NO_IMAGE)}</p><figcaption>{e(chart.summary)}</figcaption>'
    return f"<figure><h2>{e(chart.title)}</h2>{body}</figure>"


def _figures_section(view: View) -> str:
    e = html.escape
    if view.figures.empty:
        return "<section><h2>Figures in view</h2><p>No figure is in view.</p></section>"
    sources = view.ds.sources.set_index("source_id")
    rows = []
    for _, f in view.figures.head(MAX_BRIEFING_ROWS).iterrows():
        where = f["area_name"] + (f" ({f['wider_note']})" if f.get("wider_note") else "")
        period = f["period_text"] or "no period given"
        evidence = view.ds.texts.get(f["source_id"], "")[f["start"]:f["end"]]
        source = sources.loc[f["source_id"]]
        link = article.text_fragment_url(safe_url(source["url"]), evidence)
        rows.append(
            f'<tr><td class="num">{e(_cell_text(f["value"], schema.NUMBER))}</td>'
            f"<td>{e(f['unit'])}: {e(f['metric'].replace('_', ' '))}<br>“{e(period)}”</td>"
            f"<td>{e(f['speaker_name'])}</td><td>{e(where)}</td>"
            f"<td>{_link(link, source['publisher'])}</td></tr>")
    return ("<section><h2>Figures in view</h2><table><thead><tr><th>Value</th><th>What, when</th>"
            "<th>Claimed by</th><th>About</th><th>Source</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table>" + _more(view.figures, "figures") + "</section>")


def _quotes_section(view: View) -> str:
    e = html.escape
    if view.quotes.empty:
        return "<section><h2>Quotes in view</h2><p>No quote matches these filters.</p></section>"
    sources = view.ds.sources.set_index("source_id")
    areas = view.ds.areas.set_index("area_id")["name"]
    rows = []
    for _, q in view.quotes.head(MAX_BRIEFING_ROWS).iterrows():
        role = q["speaker_role"] or q["speaker_organisation"]
        who = e(q["speaker_name"]) + (f"<br><small>{e(role)}</small>" if role and role != q["speaker_name"] else "")
        about = ", ".join(areas.get(a, a) for a in q["area_ids"]) + (f" ({q['wider_note']})" if q["wider_note"] else "")
        source = sources.loc[q["source_id"]]
        link = _link(article.text_fragment_url(safe_url(source["url"]), q["text"]),
                     f"{source['publisher']}, “{source['title']}”")
        rows.append(f"<tr><td>{who}</td><td>“{e(q['text'])}”<br><small>{e(q['kind'])} quote · {e(about)}</small>"
                    f"</td><td>{link}</td></tr>")
    return ("<section><h2>Quotes in view</h2><table><thead><tr><th>Speaker</th><th>Quote</th><th>Source</th>"
            "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>" + _more(view.quotes, "quotes") + "</section>")


def _more(frame: pd.DataFrame, noun: str) -> str:
    extra = len(frame) - MAX_BRIEFING_ROWS
    return f'<p class="note">…and {extra:,} more {noun}: download the CSV for all of them.</p>' if extra > 0 else ""


def briefing(view: View, charts: list[Chart], renderer: Renderer | None = None) -> bytes:
    """The briefing with its chart images drawn now (or, with no browser, a sentence in their place)."""
    return briefing_html(view, charts, briefing_images(charts, renderer))

