"""Can one reader's text stall the drafter, or other readers? Times a draft of hostile texts on the CLI and on the
"Add an article" page, while a second reader uses the dashboard and the server's health check is polled.

    .venv/bin/python benchmarks/draft_freeze.py [--patterns 4]

Everything runs on 127.0.0.1: one `streamlit run` on a free port and the system Chromium (`$CHROMIUM`, else
`chromium`), both stopped at the end. Prints one table; the README quotes it with the machine and the date.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from page_benchmark import free_port, stop_server, wait_for  # noqa: E402

from components.drafting.limits import MAX_ARTICLE_CHARS  # noqa: E402

# the patterns that made the old rules backtrack or scan quadratically (tests/drafting/test_draft_hostile.py runs them)
HOSTILE = {"capital words": "A ", "names and verbs": "Mr A said ", "places": "in Aa and Bb ",
           "numbers and units": "£1 ", "verbs": "said ", "quote paragraphs": "\u201cA\n\n",
           "quotes and verbs": "\u201cA,\u201d he said. \u201cB.\u201d ", "verbs and commas": "said, ",
           "partials in one claim": "Groups described it as \u201ca\u201d, with Cllr Al Dunn saying: ",
           "ranges": "4 or ", "plurals after words": "2 Aa Bb cs "}
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def cli_seconds(text: str, work: Path) -> tuple[float, str]:
    """Wall time of `python -m components draft` on `text` (Python's start included), and how it ended."""
    article = work / f"a{time.monotonic_ns()}.txt"
    article.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "components", "draft", str(article), "--out",
                          str(work / f"out{time.monotonic_ns()}")], cwd=ROOT, capture_output=True, text=True)
    ended = "refused" if "drafting takes at most" in run.stderr else "drafted" if run.returncode in (0, 1) \
        and "wrote" in run.stdout else f"exit {run.returncode}"
    return time.perf_counter() - started, ended


def poll_health(url: str, stop: threading.Event, latencies: list[float]) -> None:
    while not stop.is_set():
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                response.read()
            latencies.append(time.perf_counter() - started)
        except OSError:
            latencies.append(float("inf"))
        time.sleep(0.1)


def page_rows(base: str, texts: dict[str, str]) -> list[tuple[str, float, float, float]]:
    """(text, seconds until the review page answered, the other reader's dashboard load in seconds meanwhile,
    the slowest health check meanwhile)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        reader = browser.new_page()
        for name, text in texts.items():
            writer = browser.new_context().new_page()  # a new reader each time: no text carried over
            writer.goto(base + "Add_an_article", timeout=120_000)
            writer.wait_for_selector(APP_IDLE, timeout=120_000)
            box = writer.locator("textarea").first
            try:
                box.fill(text, timeout=120_000)
            except PlaywrightError:  # Chromium itself cannot lay out some texts (50,000 lines) in a text box
                rows.append((name, float("nan"), float("nan"), float("nan")))
                writer.context.close()
                continue
            stop, latencies = threading.Event(), []
            poller = threading.Thread(target=poll_health, args=(base + "_stcore/health", stop, latencies))
            poller.start()
            started = time.perf_counter()
            box.press("Control+Enter")
            writer.wait_for_timeout(300)  # the rerun starts
            reader_started = time.perf_counter()
            reader.goto(base + "?area=Castle%20Point", timeout=120_000)
            reader.wait_for_selector(APP_IDLE, timeout=120_000)
            reader_seconds = time.perf_counter() - reader_started
            writer.wait_for_selector(APP_IDLE, timeout=120_000)
            answered = time.perf_counter() - started
            stop.set()
            poller.join()
            rows.append((name, answered, reader_seconds, max(latencies, default=0.0)))
            writer.context.close()
        browser.close()
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patterns", type=int, default=len(HOSTILE), help="how many hostile patterns to time")
    args = parser.parse_args(argv)
    size = MAX_ARTICLE_CHARS - 1
    texts = {f"{name} x {size:,}": repeated(unit, size) for name, unit in list(HOSTILE.items())[:args.patterns]}
    texts["200 kB of one letter"] = "a" * 200_000
    texts["the shipped article"] = (ROOT / "seeds" / "cops-now-need-zero-tolerance-approach.txt").read_text(
        encoding="utf-8-sig")
    with tempfile.TemporaryDirectory() as work:
        cli = {name: cli_seconds(text, Path(work)) for name, text in texts.items()}
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
                               "--server.port", str(port), "--server.address", "127.0.0.1",
                               "--browser.gatherUsageStats", "false"], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_for(server, base + "_stcore/health", timeout=120)
        page = page_rows(base, texts)
    finally:
        stop_server(server)
    print("| Text | CLI: seconds (how it ended) | Page: seconds to answer | Other reader's dashboard meanwhile, s "
          "| Slowest health check meanwhile, s |")
    print("|---|---|---|---|---|")
    for name, answered, reader_seconds, health in page:
        seconds, ended = cli[name]
        print(f"| {name} | {seconds:.2f} ({ended}) | {answered:.2f} | {reader_seconds:.2f} | {health:.2f} |")
    print(f"\nmedian page answer {statistics.median(r[1] for r in page):.2f} s; {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
