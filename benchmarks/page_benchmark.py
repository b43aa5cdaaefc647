"""Page benchmark: the dashboard against a bare Streamlit app and Datasette, on the shipped data and at scale.

    .venv/bin/python benchmarks/page_benchmark.py                  # shipped data and 100,000 quotes
    .venv/bin/python benchmarks/page_benchmark.py --quotes 20000 --repeats 2 --processes 1 --skip-datasette

Prints one Markdown table on stdout (progress goes to stderr). Every app and dataset is measured in fresh
interpreters, so the first view is cold and peak memory (ru_maxrss) belongs to one app alone:

- load: `validate.read_dataset` alone, then `claims.load_dataset` (read, validate, type), then the bare app's
  `read_frames`.
- app: `AppTest.from_file(app)` with CLAIMS_DATA_DIR set: first run (cold: the dataset is loaded), area set to
  Castle Point, search "bobbies" (area kept), with the page's chart cache emptied before each of those two, as
  for the first reader of a view; then a second session doing the same with the cache kept, as for a view seen
  before; then all of it again `--repeats` times (dataset cached). Medians.
- export: the charts of the unfiltered view drawn as PNG (`components.export` when present), the first one
  cold (the browser starts), then every chart warm: one click after a pause of PAUSE_S seconds, as a reader
  clicks, and back to back, as the briefing draws them.
- Datasette (optional `bench` extra: datasette, sqlite-utils): the quotes in SQLite with FTS on `text`, served
  on a free local port, asked the same filter plus search through its JSON API.

A child still running after --child-timeout seconds is stopped; what it measured is kept, and the table says
which step it was stopped in. `--page-root DIR` measures the dashboard.py and components/ of another copy
(a scratch copy with a proposed change), against the same bare app and data.

Not a test: nothing here fails a build. The targets are printed with PASS or FAIL beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = {"page": ROOT / "dashboard.py", "bare": ROOT / "benchmarks" / "bare_app.py"}
AREA, AREA_ID, SEARCH = "Castle Point", "castle-point", "bobbies"
PAUSE_S = 1.0  # between a reader's clicks on two downloads
RUN_TIMEOUT_S = 900  # one script run, generous for a cold load at scale on a slow machine
# The targets.
SHIPPED_RERUN_RATIO, FIRST_VIEW_S, RERUN_S, PEAK_RSS_MB, WARM_PNG_S = 2.0, 5.0, 0.5, 1024, 0.3


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


# --- Children: each runs in a fresh interpreter and writes its results as it goes ---------------------------

class Results(dict):
    """A child's results, written to the parent's file after every step, so a child that the parent stops
    for running too long still reports what it measured and which step it was in."""

    def __init__(self, path: str):
        super().__init__(step="start")
        self.path = path

    def step(self, name: str) -> None:
        self["step"] = name
        self.save()

    def save(self) -> None:
        self["peak_rss_mb"] = peak_rss_mb()
        Path(self.path).write_text(json.dumps(self))


def child_app(out: Results, app: str, repeats: int, run_timeout: float) -> None:
    """Time the script runs of one app: a cold first session, then `repeats` more sessions, dataset cached.
    Each session sets the area, then searches, with the page's chart cache emptied first, so the charts are
    built as for the first reader of those views; then a second session does the same with the cache kept, as
    for any later reader of views seen before."""
    from streamlit.testing.v1 import AppTest

    forget = _chart_cache_clearer() if app == str(APPS["page"]) else (lambda: None)
    samples: dict[str, list[float]] = {k: [] for k in ("first_cold", "first_warm", "area", "search", "area_seen",
                                                       "search_seen")}
    out["samples"], out["counts"] = samples, {}
    for session in range(repeats + 1):
        for seen in (False, True):
            at = AppTest.from_file(app, default_timeout=run_timeout)
            first = "first_cold" if session == 0 and not seen else "first_warm"
            suffix = "_seen" if seen else ""
            steps = ((first, at.run, lambda: None),
                     ("area" + suffix, lambda at=at: at.multiselect(key="area").set_value([AREA]).run(),
                      (lambda: None) if seen else forget),
                     ("search" + suffix, lambda at=at: at.text_input(key="q").set_value(SEARCH).run(),
                      lambda: None))  # emptied before the area: the searched view is new to it too
            for name, run, before in steps:
                out.step(name)
                before()
                seconds, _ = timed(run)
                if at.exception:
                    raise RuntimeError(f"{app} raised: {[e.value for e in at.exception]}")
                samples[name].append(seconds)
                out["counts"][name.removesuffix("_seen") if name != first else "first"] = _quotes_in_view(at)
    out.step("done")


def _chart_cache_clearer() -> Callable[[], None]:
    """Empties the page's cache of built charts (the page and this run share one process)."""
    try:
        from components.ui import page
    except ImportError:
        try:  # a page from before components/ was grouped by subsystem
            from components import page
        except ImportError:
            return lambda: None
    cache = getattr(page, "_built_charts", None)
    return cache.clear if cache is not None else (lambda: None)


def _quotes_in_view(at) -> str:
    return next((m.value for m in at.metric if m.label == "Quotes in view"), "?")


def child_load(out: Results, data_dir: str) -> None:
    """Cold load: the page's `read_dataset` alone, then its `load_dataset`; then the bare app's `read_frames`."""
    from components.dataset.load import load_dataset
    from components.dataset.read import read_dataset

    out.step("validate")
    out["validate_s"], raw = timed(lambda: read_dataset(data_dir))
    if raw.problems:
        raise RuntimeError(f"{len(raw.problems)} problem(s), first: {raw.problems[0]}")
    del raw
    out.step("load")
    out["load_s"], _ = timed(lambda: load_dataset(data_dir))
    bare = _bare_app()  # imported first: its Streamlit and Plotly imports are not part of its load
    out.step("bare_load")
    out["bare_load_s"], _ = timed(lambda: bare.read_frames(data_dir))
    out.step("done")


def child_export(out: Results, app: str, data_dir: str, repeats: int) -> None:
    """The charts of the unfiltered view as PNG: the first one cold (the browser starts), then each warm."""
    out.step("build_s")
    if app == "page":
        from components.dataset.load import load_dataset
        from components.view import charts, filters

        ds, chosen = load_dataset(data_dir), filters.Filters()
        view = filters.view_of(ds, chosen)
        out["build_s"], built = timed(lambda: charts.build_charts(view))
        figures = [c.figure for c in built if c.figure is not None]
    else:
        bare = _bare_app()
        frames = bare.read_frames(data_dir)
        out["build_s"], figures = timed(lambda: bare.build_figures(frames["quotes"], frames["figures"]))
    render, out["export_via"], stop = png_renderer()
    try:
        out.step("png_cold")
        out["png_cold_s"], _ = timed(lambda: render(figures[0]))
        out.step("png_warm_s")
        out["png_warm_s"] = [statistics.median(_after_pause(lambda f=figure: render(f)) for _ in range(repeats))
                             for figure in figures]
        out.step("png_batch_s")
        out["png_batch_s"] = [statistics.median(timed(lambda f=figure: render(f))[0] for _ in range(repeats))
                              for figure in figures]
    finally:
        stop()  # the browser goes with the renderer, not left to atexit (the child leaves by os._exit)
    out.step("done")


def _after_pause(action: Callable[[], object]) -> float:
    """Seconds of `action` after a pause, as a reader clicks one download and then another."""
    time.sleep(PAUSE_S)
    return timed(action)[0]


def _bare_app():
    sys.path.insert(0, str(Path(APPS["bare"]).parent))
    import bare_app

    return bare_app


def png_renderer() -> tuple[Callable, str, Callable]:
    """A fresh PNG renderer, what it is, and how to stop it: the project's `components.export` when it is
    there, else plotly with kaleido."""
    try:
        from components.export import images as export
    except ImportError:
        try:  # a page from before components/ was grouped by subsystem
            import components.export as export
        except ImportError:
            export = None
    if export is not None and hasattr(export, "Renderer"):
        renderer = export.Renderer()
        return ((lambda fig: renderer.render(fig, "png")), f"`{export.__name__}.Renderer().render(fig, \"png\")`",
                renderer.stop)
    from components.view.charts import EXPORT_HEIGHT, EXPORT_SCALE, EXPORT_WIDTH

    def render(fig) -> bytes:
        return fig.to_image(format="png", width=EXPORT_WIDTH, height=EXPORT_HEIGHT, scale=EXPORT_SCALE)

    return render, "plotly `fig.to_image(format=\"png\")` with kaleido (components/export.py not found)", lambda: None


def child(args: argparse.Namespace) -> None:
    out = Results(args.result)
    data_dir = os.environ["CLAIMS_DATA_DIR"]
    if args.child == "app":
        child_app(out, str(APPS[args.app]), args.repeats, args.child_timeout)
    elif args.child == "load":
        child_load(out, data_dir)
    else:
        child_export(out, args.app, data_dir, args.repeats)
    # Streamlit and the browser leave threads behind; the results are written, so leave at once.
    os._exit(0)


def run_child(kind: str, data_dir: Path, args: argparse.Namespace, app: str = "") -> dict:
    """Run one child; past --child-timeout stop it (and any browser it started) and keep what it measured."""
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        command = [sys.executable, __file__, "--child", kind, "--repeats", str(args.repeats), "--result",
                   result.name, "--child-timeout", str(args.child_timeout)]
        if args.page_root:
            command += ["--page-root", str(args.page_root)]
        if app:
            command += ["--app", app]
        env = os.environ | {"CLAIMS_DATA_DIR": str(data_dir)}
        if args.page_root:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(args.page_root), env.get("PYTHONPATH")]))
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=True, start_new_session=True)
        try:
            _, stderr = proc.communicate(timeout=args.child_timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, stderr = proc.communicate()
            timed_out = True
        text = Path(result.name).read_text()
        out = json.loads(text) if text else {"step": "start"}
        if timed_out:
            out["timed_out"] = out["step"]
            log(f"  stopped after {args.child_timeout:g} s in step {out['step']!r}")
        elif out.get("step") != "done":
            raise RuntimeError(f"child {kind} {app} failed ({proc.returncode}):\n{stderr[-3000:]}")
        return out


# --- Datasette, the peer -----------------------------------------------------------------------------------

def datasette_timing(data_dir: Path, work: Path, repeats: int) -> dict:
    """Median seconds for the same filter and search asked of Datasette, or {"skipped": why}."""
    exe = Path(sys.executable).with_name("datasette")
    try:
        import sqlite_utils
    except ImportError:
        return {"skipped": "sqlite-utils is not installed (pip install datasette sqlite-utils)"}
    if not exe.exists():
        return {"skipped": "datasette is not installed (pip install datasette sqlite-utils)"}
    import pandas as pd

    db_path = work / "claims.db"
    db_path.unlink(missing_ok=True)
    start = time.perf_counter()
    quotes = pd.read_csv(data_dir / "quotes.csv", dtype=str, keep_default_na=False)
    db = sqlite_utils.Database(db_path)
    db["quotes"].insert_all(quotes.to_dict("records"), pk="quote_id", batch_size=5000)
    db["quotes"].enable_fts(["text"], create_triggers=False)
    db.close()
    build_s = time.perf_counter() - start
    scope = area_scope_ids(pd.read_csv(data_dir / "areas.csv", dtype=str, keep_default_na=False), AREA_ID)
    # In parentheses: Datasette joins its clauses with "and", which binds tighter than "or".
    where = "(" + " or ".join(f"(';' || area_ids || ';') like '%;{a};%'" for a in sorted(scope)) + ")"
    table = "/claims/quotes.json?" + urllib.parse.urlencode(
        {"_search": SEARCH, "_where": where, "_size": 100, "_shape": "objects"})
    port = free_port()
    server = subprocess.Popen([str(exe), "serve", str(db_path), "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(server, base + "/-/versions.json")
        version = json.loads(fetch(base + "/-/versions.json"))["datasette"]["version"]
        cold_s, body = timed(lambda: fetch(base + table))
        found = json.loads(body).get("filtered_table_rows_count")
        warm = [timed(lambda: fetch(base + table))[0] for _ in range(max(5, repeats * 3))]
        rss = vm_hwm_mb(server.pid)
    finally:
        stop_server(server)
    return {"version": version, "build_s": build_s, "cold_s": cold_s, "median_s": statistics.median(warm),
            "found": found, "peak_rss_mb": rss, "scope": sorted(scope)}


def area_scope_ids(areas, area_id: str) -> set[str]:
    """The area, the areas inside it, and those it sits inside: what the page shows with county-wide claims on."""
    parent = dict(zip(areas["area_id"], areas["parent_id"], strict=True))
    scope = {area_id}
    while inside := {a for a, p in parent.items() if p in scope and a not in scope}:
        scope |= inside
    up = parent.get(area_id, "")
    while up and up not in scope:
        scope.add(up)
        up = parent.get(up, "")
    return scope


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read().decode()


def wait_for(server: subprocess.Popen, url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"datasette exited with {server.returncode}:\n{server.stdout.read()}")
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"datasette did not answer {url} within {timeout:g} s")


def stop_server(server: subprocess.Popen) -> None:
    """Stop a server this script started: politely, then by force after 10 s."""
    server.terminate()
    try:
        server.wait(10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


# --- Measuring and reporting -------------------------------------------------------------------------------

KINDS = (("load", ""), ("app", "page"), ("app", "bare"), ("export", "page"), ("export", "bare"))


@dataclass
class Measured:
    label: str
    runs: dict[tuple[str, str], list[dict]]  # (child kind, app): one result per process
    peer: dict
    child_timeout: float

    def values(self, kind: str, app: str, key: str) -> list:
        """Every sample of `key`: pooled over processes (lists joined, numbers collected)."""
        out = []
        for run in self.runs.get((kind, app), []):
            value = run.get("samples", {}).get(key, run.get(key))
            if value is not None:
                out += value if isinstance(value, list) else [value]
        return out

    def timed_out(self, kind: str, app: str, key: str) -> bool:
        return any(run.get("timed_out") == key for run in self.runs.get((kind, app), []))

    def cell(self, kind: str, app: str, key: str, how: Callable = statistics.median) -> float | str | None:
        """The statistic of `key`, or why there is none: the child was stopped in that step or before it."""
        values = self.values(kind, app, key)
        if values:
            return how(values)
        if self.timed_out(kind, app, key):
            return f"> {self.child_timeout:g} (stopped)"
        if any("timed_out" in run for run in self.runs.get((kind, app), [])):
            return "not reached"
        return None

    def peak_rss(self, app: str) -> float | str | None:
        """The worst process's peak; only a lower bound when a process was stopped before it finished."""
        value = self.cell("app", app, "peak_rss_mb", max)
        stopped = any("timed_out" in run for run in self.runs.get(("app", app), []))
        return f"≥ {value:,.0f} (stopped)" if stopped and isinstance(value, float) else value

    def per_chart(self, app: str, key: str = "png_warm_s") -> list[float]:
        """Warm PNG seconds for each chart, the median over processes."""
        runs = [r[key] for r in self.runs.get(("export", app), []) if r.get(key)]
        return [statistics.median(chart) for chart in zip(*runs, strict=False)] if runs else []


def measure(label: str, data_dir: Path, work: Path, args: argparse.Namespace) -> Measured:
    runs: dict[tuple[str, str], list[dict]] = {kind: [] for kind in KINDS}
    for n in range(args.processes):
        for kind, app in KINDS:  # interleaved, so noise on the machine falls on every app alike
            if any("timed_out" in r for r in runs[(kind, app)]):
                continue  # it will not finish the next time either
            log(f"{label}: {kind} {app}, process {n + 1} of {args.processes}")
            runs[(kind, app)].append(run_child(kind, data_dir, args, app))
    peer = {"skipped": "--skip-datasette"}
    if not args.skip_datasette:
        log(f"{label}: Datasette")
        peer = datasette_timing(data_dir, work, args.repeats)
    return Measured(label, runs, peer, args.child_timeout)


def fmt(value: float | str | None, unit: str = "s") -> str:
    if value is None or isinstance(value, str):
        return value or "—"
    if unit == "MB":
        return f"{value:,.0f}"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def ratio(a, b) -> str:
    return f"{a / b:.1f}×" if isinstance(a, float | int) and isinstance(b, float | int) and b else "—"


def verdict(value, limit: float) -> str:
    """PASS when a number is within the limit; a step stopped for running too long, or not reached because
    an earlier one was, fails."""
    if isinstance(value, str):
        return "FAIL"
    return "—" if value is None else ("PASS" if value <= limit else "FAIL")


def table(shipped: Measured, big: Measured) -> str:
    rows: list[tuple[str, ...]] = []

    def add(measure: str, page: Callable, bare: Callable, unit: str = "s", target: str = "", result: str = ""):
        cells = [measure]
        for m in (shipped, big):
            p, b = page(m), bare(m)
            cells += [fmt(p, unit), fmt(b, unit), ratio(p, b)]
        rows.append((*cells, target, result))

    def app(name: str, key: str, how: Callable = statistics.median) -> Callable:
        return lambda m: m.cell("app", name, key, how)

    def none(m: Measured) -> None:
        return None

    add("Read and validate, cold (`read_dataset`; bare: none)", lambda m: m.cell("load", "", "validate_s"), none)
    add("Load, cold (`load_dataset`; bare: `pd.read_csv`)", lambda m: m.cell("load", "", "load_s"),
        lambda m: m.cell("load", "", "bare_load_s"))
    big_name = big.label.rsplit(", ", 1)[0]
    for key, what in (("first_cold", "First view, cold process (includes the load)"),
                      ("first_warm", "First view, new session, dataset cached")):
        add(what, app("page", key), app("bare", key), target=f"{big_name}: ≤ {FIRST_VIEW_S:g} s",
            result=verdict(app("page", key)(big), FIRST_VIEW_S))
    for key, what in (("area", f"area set to {AREA}"), ("search", f"search “{SEARCH}” (area kept)")):
        page_s, bare_s = app("page", key)(shipped), app("bare", key)(shipped)
        times = page_s / bare_s if isinstance(page_s, float) and isinstance(bare_s, float) else page_s
        add(f"Rerun after {what}: a view new to the server (charts built)", app("page", key), app("bare", key),
            target=f"shipped: ≤ {SHIPPED_RERUN_RATIO:g}× bare; {big_name}: ≤ {RERUN_S:g} s",
            result=f"{verdict(times, SHIPPED_RERUN_RATIO)}; {verdict(app('page', key)(big), RERUN_S)}")
        add(f"Rerun after {what}: a view seen before (chart cache)", app("page", key + "_seen"),
            app("bare", key + "_seen"))
    rss = big.peak_rss("page")
    add("Peak memory of the app's process (RSS MB, worst process)", lambda m: m.peak_rss("page"),
        lambda m: m.peak_rss("bare"), unit="MB", target=f"{big_name}: < {PEAK_RSS_MB:,} MB",
        result="unknown (stopped)" if isinstance(rss, str) else verdict(rss, PEAK_RSS_MB - 1e-9))
    add("Charts built, unfiltered view (all charts)", lambda m: m.cell("export", "page", "build_s"),
        lambda m: m.cell("export", "bare", "build_s"))
    add("PNG export, cold (first chart; the browser starts)", lambda m: m.cell("export", "page", "png_cold_s"),
        lambda m: m.cell("export", "bare", "png_cold_s"))
    add(f"PNG export, warm, one click {PAUSE_S:g} s after the last (median over charts)",
        lambda m: _median_or(m.per_chart("page"), m.cell("export", "page", "png_warm_s")),
        lambda m: _median_or(m.per_chart("bare"), m.cell("export", "bare", "png_warm_s")))
    slowest = [_max_or(m.per_chart("page"), m.cell("export", "page", "png_warm_s")) for m in (shipped, big)]
    add("PNG export, warm, one click (slowest chart)",
        lambda m: _max_or(m.per_chart("page"), m.cell("export", "page", "png_warm_s")),
        lambda m: _max_or(m.per_chart("bare"), m.cell("export", "bare", "png_warm_s")),
        target=f"≤ {WARM_PNG_S:g} s per chart",
        result=f"{verdict(slowest[0], WARM_PNG_S)}; {verdict(slowest[1], WARM_PNG_S)}")
    add("PNG export, warm, back to back as the briefing draws (median over charts)",
        lambda m: _median_or(m.per_chart("page", "png_batch_s"), m.cell("export", "page", "png_batch_s")),
        lambda m: _median_or(m.per_chart("bare", "png_batch_s"), m.cell("export", "bare", "png_batch_s")))
    add("Filter + search: page rerun (page column) against Datasette's JSON API (bare column)",
        app("page", "search"), lambda m: m.peer.get("median_s"))
    add("Datasette: server peak memory (RSS MB)", lambda m: m.peer.get("peak_rss_mb"), none, unit="MB")

    header = ("Measure", "Shipped: page", "bare", "page/bare", f"{big.label}: page", "bare", "page/bare",
              "Target", "Result")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _median_or(values: list[float], otherwise):
    return statistics.median(values) if values else otherwise


def _max_or(values: list[float], otherwise):
    return max(values) if values else otherwise


def notes(shipped: Measured, big: Measured, args: argparse.Namespace, generate_s: float | None) -> str:
    via = next(iter(shipped.values("export", "page", "export_via")), "?")
    lines = [
        "",
        f"Machine: {machine()}.",
        f"Each app and dataset ran in up to {args.processes} fresh process(es), each with a cold session and "
        f"{args.repeats} more; times are medians in seconds of AppTest script runs (server side, no browser). "
        f"A child still running after {args.child_timeout:g} s was stopped (\"stopped\") and not run again. "
        "Datasette times are whole HTTP requests (count plus the first 100 rows).",
        f"PNG export via {via}; the charts of the unfiltered view, each at its export size.",
    ]
    if args.page_root:
        lines.append(f"Page measured from {args.page_root} (dashboard.py and components/ of that copy).")
    if generate_s is not None:
        lines.append(f"Synthetic dataset written in {generate_s:.1f} s.")
    for m in (shipped, big):
        counts = {app: next((r["counts"] for r in m.runs[("app", app)] if r.get("counts")), {}) for app in APPS}
        seen = {app: " / ".join(c.get(k, "?") for k in ("first", "area", "search")) for app, c in counts.items()}
        lines.append(f"{m.label}: quotes in view (first view / area / search): page {seen['page']}; bare "
                     f"{seen['bare']}. The page adds county-wide and national claims to {AREA}; the bare app "
                     "does not.")
        stopped = [f"{kind} {app} in step {r['timed_out']!r}" for (kind, app), rs in m.runs.items() for r in rs
                   if "timed_out" in r]
        if stopped:
            lines.append(f"{m.label}: stopped after {args.child_timeout:g} s: {'; '.join(stopped)}.")
        peer = m.peer
        if "skipped" in peer:
            lines.append(f"{m.label}: Datasette skipped: {peer['skipped']}.")
        else:
            lines.append(f"{m.label}: Datasette {peer['version']}: SQLite + FTS built in {peer['build_s']:.1f} s; "
                         f"first request {peer['cold_s']:.3f} s; {peer['found']} quotes found "
                         f"(areas {', '.join(peer['scope'])}, FTS match “{SEARCH}”).")
    return "\n".join(lines)


def dataset_label(data_dir: Path) -> str:
    import pandas as pd

    quotes = pd.read_csv(data_dir / "quotes.csv", usecols=["source_id"], dtype=str)
    return f"{len(quotes):,} quotes, {quotes['source_id'].nunique():,} sources"


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown CPU")
    mem = next((int(line.split()[1]) / 1024 ** 2 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal:")), 0)
    return (f"{os.cpu_count()} CPU(s) ({len(os.sched_getaffinity(0))} usable), {model}, {mem:.1f} GiB RAM, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="size of the synthetic dataset (quotes)")
    parser.add_argument("--repeats", type=int, default=3, help="sessions (and warm exports) per process")
    parser.add_argument("--processes", type=int, default=3, help="fresh processes per app and dataset")
    parser.add_argument("--child-timeout", type=float, default=300,
                        help="seconds before a child process is stopped; what it measured so far is kept, and "
                             "that app is not run again on that dataset (default 300)")
    parser.add_argument("--data", type=Path, default=None,
                        help="folder for the synthetic dataset, kept and reused if it already holds one "
                             "(default: a temporary folder, removed at the end)")
    parser.add_argument("--page-root", type=Path, default=None,
                        help="measure the dashboard.py and components/ of another copy, e.g. one with a "
                             "proposed change (default: this repository)")
    parser.add_argument("--skip-datasette", action="store_true", help="leave out the Datasette peer")
    parser.add_argument("--child", choices=("app", "load", "export"), help=argparse.SUPPRESS)
    parser.add_argument("--app", choices=sorted(APPS), help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.page_root:
        APPS["page"] = args.page_root.resolve() / "dashboard.py"
    if args.child:
        child(args)

    from components.dataset.synthetic import SHIPPED_DATA_DIR, write_synthetic_dataset

    work = Path(tempfile.mkdtemp(prefix="page-benchmark-"))
    try:
        out = args.data or work / "synthetic"
        generate_s = None
        if not (out / "data" / "quotes.csv").exists():
            log(f"writing {args.quotes:,} synthetic quotes to {out}")
            generate_s, _ = timed(lambda: write_synthetic_dataset(out, args.quotes))
        shipped = measure("Shipped data", SHIPPED_DATA_DIR, work, args)
        big = measure(dataset_label(out / "data"), out / "data", work, args)
        print(table(shipped, big))
        print(notes(shipped, big, args, generate_s))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
