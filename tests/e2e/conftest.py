"""Browser fixtures: a real `streamlit run` on a free local port, and the system Chromium driven by Playwright.

Modelled on Streamlit's own e2e suite (free port, `--server.headless true`, poll `/_stcore/health`, wait for
`[data-test-script-state='notRunning']`) and on Datasette's, which fails at once with the server's output when
the server dies early. Never run `playwright install`: the tests use the system Chromium (`$CHROMIUM`, else
`chromium` on the PATH).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import playwright.sync_api as sync_api  # noqa: E402  (the test extra installs it)
import pytest
from browser_support import APP_IDLE

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 120  # two slow cores: the first import of pandas, plotly and streamlit takes a while
PAGE_TIMEOUT_MS = 120_000  # first run of the script loads and checks the dataset
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path("/tmp/e2e-shots")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class StreamlitServer:
    """One running `streamlit run dashboard.py`; `url(query)` builds a link to it."""

    process: subprocess.Popen
    port: int
    log_path: Path
    log_file: object = field(repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def url(self, query: str = "") -> str:
        """`query` as a reader would type it after the address, e.g. "?area=Castle Point"."""
        query = query.lstrip("?")
        return self.base_url + ("?" + urllib.parse.quote(query, safe="=&") if query else "")

    def output(self, tail: int = 4000) -> str:
        with contextlib.suppress(OSError):
            self.log_file.flush()
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-tail:]
        except OSError:
            return "(no server output)"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log_file.close()


def _start_server(log_dir: Path, env: dict[str, str] | None) -> StreamlitServer:
    port = _free_port()
    log_path = log_dir / f"streamlit-{port}.log"
    log_file = log_path.open("w", encoding="utf-8")
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    server = StreamlitServer(
        subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log_file,
                         stderr=subprocess.STDOUT),
        port, log_path, log_file)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    health = f"{server.base_url}_stcore/health"
    while True:
        if server.process.poll() is not None:
            output = server.output()
            server.stop()
            pytest.fail(f"streamlit exited with code {server.process.returncode} before it was healthy:\n{output}",
                        pytrace=False)
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(health, timeout=2) as response:
                if response.read() == b"ok":
                    return server
        if time.monotonic() > deadline:
            output = server.output()
            server.stop()
            pytest.fail(f"streamlit was not healthy after {STARTUP_TIMEOUT_S}s:\n{output}", pytrace=False)
        time.sleep(0.25)


@pytest.fixture(scope="session")
def streamlit_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., StreamlitServer]]:
    """Factory: `streamlit_server(env=None)` returns a running server. Without `env` the default server (the
    shipped data) is started once and shared; with `env` (e.g. `{"CLAIMS_DATA_DIR": str(path)}`) a fresh one
    is started. All are stopped at the end of the session."""
    log_dir = tmp_path_factory.mktemp("streamlit-logs")
    started: list[StreamlitServer] = []
    default: list[StreamlitServer] = []

    def factory(env: dict[str, str] | None = None) -> StreamlitServer:
        if env is None and default:
            if default[0].process.poll() is None:
                return default[0]
            pytest.fail(f"the shared streamlit server died:\n{default[0].output()}", pytrace=False)
        server = _start_server(log_dir, env)
        started.append(server)
        if env is None:
            default.append(server)
        return server

    yield factory
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def server(streamlit_server: Callable[..., StreamlitServer]) -> StreamlitServer:
    """The default server, on the shipped dataset."""
    return streamlit_server()


def _chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(f"no system Chromium at {path}; run scripts/test (it installs one) or set CHROMIUM")
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageErrors(list):
    """JavaScript exceptions (`pageerror`) and console errors seen by one page."""

    def js_errors(self) -> list[str]:
        return [e for e in self if e.startswith("pageerror:")]


@pytest.fixture
def page_errors() -> PageErrors:
    return PageErrors()


@pytest.fixture
def page(browser: sync_api.Browser, page_errors: PageErrors, request: pytest.FixtureRequest
         ) -> Iterator[sync_api.Page]:
    """A fresh page, wide and tall (Streamlit scrolls inside its own container, so a tall viewport shows more),
    recording JavaScript errors. On failure a screenshot goes to /tmp/e2e-shots/."""
    context = browser.new_context(viewport={"width": 1400, "height": 2000})
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.on("pageerror", lambda err: page_errors.append(f"pageerror: {err}"))
    page.on("console", lambda msg: page_errors.append(f"console.{msg.type}: {msg.text}")
            if msg.type == "error" else None)
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        SHOTS.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(Exception):
            page.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: drives the dashboard in a real browser (deselect with -m 'not e2e')")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


SETTLE_MS = 800  # how long the script must stay idle before the page counts as settled
SETTLED_JS = """(settle) => {
    const app = document.querySelector("[data-testid='stApp']");
    const state = app ? app.getAttribute("data-test-script-state") : null;
    const now = performance.now();
    if (window.__settleState !== state) { window.__settleState = state; window.__settleSince = now; }
    return state === "notRunning" && now - window.__settleSince >= settle;
}"""


def _wait_for_app(page: sync_api.Page, timeout: float = PAGE_TIMEOUT_MS, charts: bool = True) -> None:
    """Wait until the script has finished running and (with `charts`) the page has drawn a chart."""
    page.wait_for_selector(APP_IDLE, timeout=timeout)
    if charts:
        page.locator("[data-testid='stPlotlyChart'] .main-svg").first.wait_for(state="visible", timeout=timeout)
    # A rerun may follow the first run (widgets bound to the URL sync their values), and it may start after the
    # idle state was seen: waiting for idle once more could pass before it begins, and the rerun would then redraw
    # the page under the test (a focused link replaced mid-test). So wait until the script has stayed idle for a
    # settling window, sampled on every animation frame.
    page.evaluate("() => { window.__settleState = undefined; }")  # the window starts now, not at an earlier call
    page.wait_for_function(SETTLED_JS, arg=SETTLE_MS, timeout=timeout)


@pytest.fixture(scope="session")
def wait_for_app() -> Callable[..., None]:
    """`wait_for_app(page, charts=True)`: wait for the script to finish a run and the charts to be drawn. Pass
    `charts=False` for a page that draws none (e.g. the dataset error page)."""
    return _wait_for_app


@pytest.fixture
def open_app(page: sync_api.Page, server: StreamlitServer) -> Callable[..., sync_api.Page]:
    """`open_app("?area=Castle Point", on=None, charts=True)`: go to the link on the default server (or `on`,
    a server from `streamlit_server(env=...)`) and wait for the app."""

    def go(query: str = "", on: StreamlitServer | None = None, charts: bool = True) -> sync_api.Page:
        page.goto((on or server).url(query), timeout=PAGE_TIMEOUT_MS)
        _wait_for_app(page, charts=charts)
        return page

    return go
