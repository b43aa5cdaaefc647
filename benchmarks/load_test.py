"""Load test: many readers at once, each opening the page, changing the area, searching, exporting a PNG and
downloading the quotes as CSV.

    .venv/bin/python benchmarks/load_test.py                 # 20 readers, arriving about 3 s apart
    .venv/bin/python benchmarks/load_test.py --readers 10 --deadline 300 --arrive-every 0

Readers arrive as people do when a link is shared: at random, on average `--arrive-every` seconds apart (a
seeded Poisson process, so runs are comparable), not all in the same millisecond; 0 starts them all at once.
Then, once every reader has the page open, all of them use it at the same time, each step after a short
pause to read (0.5 to 2 s): the filter changes and exports are measured with every session live.

Starts `streamlit run dashboard.py` on a free port of 127.0.0.1 (and nowhere else), drives one system Chromium
(`$CHROMIUM`, else /usr/bin/chromium; never `playwright install`) with one browser context per reader, not one
browser each (that would measure the browsers, not the server), and stops the server at the end. Bounded: at
most `--readers` (50 at most) readers, each step cut off after STEP_TIMEOUT_S, the whole run after
`--deadline` seconds. Prints failures, p50 and p95 seconds per step and the server's peak RSS (VmHWM) as
Markdown; exits 1 if an export failed or a failure went untold. Not a test: the numbers go in the README.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import async_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from page_benchmark import free_port, stop_server, vm_hwm_mb  # noqa: E402

from components.dataset.load import load_dataset  # noqa: E402
from components.view.filters import clean_filters, filter_quotes  # noqa: E402

MAX_READERS = 50
STEP_TIMEOUT_S = 120
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
AREAS = ["Castle Point", "Southend", "Essex", "National"]
SEARCH = "officers"
STEPS = ("open", "change area", "search", "export PNG", "download CSV")
SEED = 16


@dataclass
class Reader:
    number: int
    times: dict[str, float] = field(default_factory=dict)
    failure: str = ""  # what went wrong, if anything
    told: bool = True  # whether a failed export was told to the reader on the page


def start_server(port: int, log) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    server = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"streamlit exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return server
        except OSError:
            pass
        time.sleep(0.25)
    server.terminate()
    raise SystemExit("streamlit was not healthy after 120 s")


class CpuMeter:
    """CPU seconds used, sampled every second: by the server (with its image browser), by the readers' Chromium
    (this script's children) and by everything else on the machine. Where the time goes, without a profiler."""

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, server_pid: int):
        self.roots = {"server": server_pid, "readers' browser": os.getpid()}
        self.seen: dict[str, dict[int, float]] = {name: {} for name in self.roots}
        self.machine_start = self._machine_busy()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    @staticmethod
    def _machine_busy() -> float:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        values = [int(v) for v in fields]
        return (sum(values[:8]) - values[3] - values[4]) / CpuMeter.TICK  # all but idle and iowait

    def _sample(self) -> None:
        parents, cpu = {}, {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid = int(stat.parent.name)
            parents[pid] = int(fields[1])
            cpu[pid] = (int(fields[11]) + int(fields[12])) / self.TICK
        for name, root in self.roots.items():
            for pid, seconds in cpu.items():
                ancestor = pid
                while ancestor not in (0, 1, root):
                    ancestor = parents.get(ancestor, 0)
                if ancestor == root:
                    self.seen[name][pid] = max(self.seen[name].get(pid, 0.0), seconds)

    def _loop(self) -> None:
        while not self._stop.wait(1.0):
            self._sample()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        self._sample()
        used = {name: sum(pids.values()) for name, pids in self.seen.items()}
        used["readers' browser"] -= self.seen["readers' browser"].get(os.getpid(), 0.0)  # not this script
        used["everything else"] = self._machine_busy() - self.machine_start - sum(used.values())
        return used


def expected_count(area: str, q: str = "") -> str:
    ds = load_dataset()
    return f"{len(filter_quotes(ds, clean_filters(ds, {'areas': [area], 'q': q}))):,}"


async def quotes_in_view(page, text: str) -> None:
    value = page.locator("[data-testid='stMetric']", has_text="Quotes in view").locator(
        "[data-testid='stMetricValue']")
    deadline = time.monotonic() + STEP_TIMEOUT_S
    while (seen := (await value.inner_text()).strip()) != text:
        if time.monotonic() > deadline:
            raise TimeoutError(f"'Quotes in view' showed {seen}, never {text}")
        await asyncio.sleep(0.05)
    await page.wait_for_selector(APP_IDLE, timeout=STEP_TIMEOUT_S * 1000)


async def timed(reader: Reader, step: str, action) -> None:
    start = time.monotonic()
    await asyncio.wait_for(action, STEP_TIMEOUT_S + 5)
    reader.times[step] = time.monotonic() - start


async def downloaded(page, button, path: Path) -> bytes:
    """Click a download button and return the bytes that arrive (saved at `path`); a cancelled download raises."""
    async with page.expect_download(timeout=STEP_TIMEOUT_S * 1000) as info:
        await button.click()
    download = await info.value
    if failure := await download.failure():
        raise RuntimeError(f"download {failure}")
    await download.save_as(path)
    return path.read_bytes()


async def one_reader(browser, base_url: str, reader: Reader, area: str, counts: dict[str, str],
                     downloads_dir: Path, arrive_at: float, all_open: asyncio.Barrier, pauses: list[float]) -> None:
    await asyncio.sleep(arrive_at)
    context = await browser.new_context(viewport={"width": 1400, "height": 2000}, accept_downloads=True)
    context.set_default_timeout(STEP_TIMEOUT_S * 1000)
    page = await context.new_page()
    step = STEPS[0]
    opened = False
    try:
        async def open_page():
            await page.goto(base_url, timeout=STEP_TIMEOUT_S * 1000)
            await page.wait_for_selector(APP_IDLE)
            await page.locator("[data-testid='stPlotlyChart'] .main-svg").first.wait_for(state="visible")
            await page.wait_for_selector(APP_IDLE)
        await timed(reader, step, open_page())
        opened = True
        await all_open.wait()  # every session is live before anyone changes a filter
        await asyncio.sleep(pauses[0])

        step = STEPS[1]
        sidebar = page.get_by_test_id("stSidebar")

        async def change_area():
            box = sidebar.locator(".st-key-area input")
            await box.fill(area)
            await box.press("Enter")
            await box.press("Escape")  # close the list, which hides the rest of the sidebar from a screen reader
            await quotes_in_view(page, counts[area])
        await timed(reader, step, change_area())
        await asyncio.sleep(pauses[1])

        step = STEPS[2]

        async def search():
            box = sidebar.locator(".st-key-q input")
            await box.fill(SEARCH)
            await box.press("Enter")
            await quotes_in_view(page, counts[area + "+q"])
        await timed(reader, step, search())
        await asyncio.sleep(pauses[2])

        step = STEPS[3]

        async def export_png():
            # Two clicks, as a reader does: PNG draws the image on the server, then Save PNG downloads it.
            buttons = page.locator("[class*='st-key-chart-downloads-']").first
            await buttons.scroll_into_view_if_needed()
            await buttons.get_by_role("button", name="PNG", exact=True).click()
            save = buttons.get_by_role("button", name="Save PNG")
            told = page.locator("[data-testid='stAlert']", has_text="The last export failed")
            await save.or_(told).first.wait_for(timeout=STEP_TIMEOUT_S * 1000)
            if await told.count():
                raise RuntimeError(f"told on the page: {await told.first.inner_text()}")
            data = await downloaded(page, save, downloads_dir / f"reader-{reader.number}.png")
            if not data.startswith(b"\x89PNG"):
                raise RuntimeError("the download is not a PNG")
        await timed(reader, step, export_png())

        step = STEPS[4]

        async def download_csv():
            # One click: the data downloads make their file when pressed (a deferred download), while the other
            # readers' sessions rerun; the file must arrive whole.
            button = page.locator(".st-key-data-downloads").get_by_role("button", name="Quotes (CSV)", exact=True)
            await button.scroll_into_view_if_needed()
            data = await downloaded(page, button, downloads_dir / f"reader-{reader.number}.csv")
            if not data.lstrip(b"\xef\xbb\xbf").startswith(b"quote_id"):
                raise RuntimeError("the download is not the quotes CSV")
        await timed(reader, step, download_csv())
    except Exception as err:  # noqa: BLE001 - every failure is counted and named, not raised
        reader.failure = f"{step}: {type(err).__name__}: {' '.join(str(err).split())[:160]}"
        if step in STEPS[3:]:
            await asyncio.sleep(3)  # a failure is shown under the chart in the run the click causes
            told = page.locator("[data-testid='stAlert']", has_text="The last export failed")
            told_button = page.locator("[data-testid='stDownloadButtonError']")
            reader.told = await told.count() > 0 or await told_button.count() > 0
    finally:
        if not opened:
            await all_open.wait()  # a reader who never got the page still lets the others go on
        await context.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


async def run(readers: int, deadline: float, chromium: str, base_url: str, arrive_every: float) -> list[Reader]:
    counts = {}
    for area in AREAS:
        counts[area] = expected_count(area)
        counts[area + "+q"] = expected_count(area, SEARCH)
    people = [Reader(i) for i in range(readers)]
    rng = random.Random(SEED)
    arrivals, at = [], 0.0
    for _ in people:
        arrivals.append(at)
        at += rng.expovariate(1 / arrive_every) if arrive_every > 0 else 0.0
    pauses = [[rng.uniform(0.5, 2.0) for _ in range(3)] for _ in people]
    all_open = asyncio.Barrier(readers)
    with tempfile.TemporaryDirectory() as downloads:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            try:
                tasks = [one_reader(browser, base_url, r, AREAS[r.number % len(AREAS)], counts, Path(downloads),
                                    arrivals[r.number], all_open, pauses[r.number]) for r in people]
                await asyncio.wait_for(asyncio.gather(*tasks), deadline)
            finally:
                await browser.close()
    return people


def report(people: list[Reader], rss_mb: float, seconds: float) -> str:
    failed = [r for r in people if r.failure]
    export_failures = [r for r in failed if r.failure.startswith(STEPS[3:])]  # a PNG or a CSV
    lines = [f"{len(people)} readers, one Chromium with a context each, {seconds:.0f} s in all; server peak RSS "
             f"{rss_mb:.0f} MB; {len(failed)} reader(s) failed, {len(export_failures)} export(s) failed, "
             f"{sum(not r.told for r in export_failures)} failure(s) untold.", "",
             "| Step | done | p50 (s) | p95 (s) | max (s) |", "|---|---|---|---|---|"]
    for step in STEPS:
        times = [r.times[step] for r in people if step in r.times]
        if times:
            lines.append(f"| {step} | {len(times)}/{len(people)} | {statistics.median(times):.2f} | "
                         f"{percentile(times, 95):.2f} | {max(times):.2f} |")
        else:
            lines.append(f"| {step} | 0/{len(people)} | — | — | — |")
    lines += [f"- reader {r.number}: {r.failure}" + ("" if r.told else " (not told on the page)") for r in failed]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=20, help="readers at once (at most 50), e.g. --readers 10")
    parser.add_argument("--deadline", type=float, default=600, help="seconds for the whole run, e.g. 300")
    parser.add_argument("--arrive-every", type=float, default=3.0,
                        help="mean seconds between arrivals (random, seeded); 0 starts every reader at once")
    args = parser.parse_args()
    readers = max(1, min(args.readers, MAX_READERS))
    chromium = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
    port = free_port()
    with tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False) as log:
        server = start_server(port, log)
        try:
            start = time.monotonic()
            meter = CpuMeter(server.pid)
            meter.start()
            people = asyncio.run(run(readers, args.deadline, chromium, f"http://127.0.0.1:{port}/",
                                     max(0.0, args.arrive_every)))
            seconds = time.monotonic() - start
            cpu = meter.stop()
            rss = (vm_hwm_mb(server.pid) or 0.0)
        finally:
            stop_server(server)
        log.seek(0)
        errors = [line for line in log.read().splitlines() if "Error" in line or "Traceback" in line]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    print(f"{time.strftime('%Y-%m-%d')}, commit {commit}, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}, {platform.system()}; arrivals on average {args.arrive_every:g} s apart "
          f"(seed {SEED})\n")
    print(report(people, rss, seconds))
    print(f"\nCPU seconds over the {seconds:.0f} s ({os.cpu_count()} CPUs give {seconds * (os.cpu_count() or 1):.0f}): "
          + ", ".join(f"{name} {value:.0f}" for name, value in cpu.items()))
    if errors:
        print(f"\nserver log: {len(errors)} error line(s), first: {errors[0][:200]}")
    exports_failed = [r for r in people if r.failure.startswith(STEPS[3:])]
    return 1 if exports_failed or errors else 0


if __name__ == "__main__":
    sys.exit(main())
