"""The 'Add an article' page in a real browser: paste an article, download the reviewed draft, and the command
line validator accepts what was downloaded.

Run: .venv/bin/python -m pytest -q tests/e2e/test_review_browser.py (starts `streamlit run dashboard.py`, whose
pages/ folder adds the page at /Add_an_article, and drives the system Chromium).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

expect.set_options(timeout=60_000)  # two slow cores: drafting and checking on a rerun take a few seconds

ROOT = Path(__file__).resolve().parents[2]
PAGE_TIMEOUT_MS = 120_000  # the first run of a page imports pandas and the drafter
ARTICLE = ROOT / "tests" / "articles" / "castle-point-commons.txt"
EXCEPTION = "[data-testid='stException']"
# Opened at /Add_an_article, Streamlit's frontend first looks for its server under that path (a 404 for each of
# these) and then finds it at the root: not an error of the page.
BASE_PATH_PROBES = ("/Add_an_article/_stcore/health", "/Add_an_article/_stcore/host-config")


def open_review_page(page: Page, server, wait_for_app, failed: list[str]) -> Page:
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.goto(server.base_url + "Add_an_article", timeout=PAGE_TIMEOUT_MS)
    wait_for_app(page, charts=False)
    expect(page.get_by_role("heading", name="Add an article")).to_be_visible()
    return page


def paste_article(page: Page, text: str) -> None:
    box = page.locator(".st-key-review_text textarea")
    box.fill(text)
    box.press("Control+Enter")  # a text area sends its value on Ctrl+Enter or when it loses focus


def test_pasted_article_downloads_as_a_draft_that_validates(server, page, wait_for_app, page_errors,
                                                            tmp_path: Path):
    failed: list[str] = []
    page = open_review_page(page, server, wait_for_app, failed)
    sidebar = page.get_by_test_id("stSidebar")
    for name in ("Claims dashboard", "Add an article"):  # components/nav.py: both pages, by name
        expect(sidebar.get_by_role("link", name=name)).to_be_visible()
    paste_article(page, ARTICLE.read_text(encoding="utf-8"))
    expect(page.get_by_text("Valid: python -m components validate accepts this draft")).to_be_visible()
    wait_for_app(page, charts=False)
    expect(page.locator(".st-key-review-article mark.quote").first).to_be_visible()
    for name in ("quotes", "speakers", "figures"):
        expect(page.locator(f".st-key-review_editor_{name} [data-testid='stDataFrame']")).to_be_visible()
    button = page.locator(".st-key-review_download").get_by_role("button", name="Download the reviewed draft")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=120_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith("-draft.zip")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    folder = tmp_path / "draft"
    with zipfile.ZipFile(saved) as archive:
        archive.extractall(folder)
    assert (folder / "report.md").is_file()
    seeds = list((folder / "seeds").glob("*.txt"))
    assert [p.read_text(encoding="utf-8") for p in seeds] == [ARTICLE.read_text(encoding="utf-8")]
    checked = subprocess.run([sys.executable, "-m", "components", "validate", "--data-dir", str(folder / "data")],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stderr
    assert "valid (" in checked.stdout
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == [], page_errors
    assert [u for u in failed if not u.endswith(BASE_PATH_PROBES)] == [], failed
    console = [e for e in page_errors if not e.startswith("pageerror:")]
    assert len(console) <= len(failed) and all("status of 404" in e for e in console), page_errors
