"""Issue 16 in a real browser: a link's values and a source's URL are shown as text, never run as Markdown.

Run: .venv/bin/python -m pytest -q tests/e2e/test_hostile_links_browser.py
"""

from __future__ import annotations

import shutil

import pytest
from browser_support import EXCEPTION
from playwright.sync_api import expect
from support import ROOT

pytestmark = pytest.mark.e2e

expect.set_options(timeout=60_000)

IMAGE = "![x](//127.0.0.1:9/t.png)"
LINK = "[Log in again](//evil.example/x)"


def test_markdown_in_a_link_is_shown_as_its_characters(open_app, page, page_errors):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    open_app(f"?speaker={IMAGE}&area={LINK}", charts=False)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text(f"No speaker called '{IMAGE}' in this dataset")).to_be_visible()
    expect(sidebar.get_by_text(f"No area called '{LINK}' in this dataset")).to_be_visible()
    assert page.locator("[data-testid='stAlert'] img").count() == 0
    assert page.locator("a[href*='evil.example']").count() == 0
    fetched = [url for url in requests if url.startswith("http://127.0.0.1:9/")]
    assert not fetched, "the reader's browser fetched the link's image"
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == []


ODD_URL = "https://example.org/x)**bold**(y"  # valid to `validate`; unbalanced, it would end a Markdown link


def test_a_source_url_is_one_link_in_the_header(streamlit_server, tmp_path_factory, set_cell, page, wait_for_app):
    root = tmp_path_factory.mktemp("odd-url")
    shutil.copytree(ROOT / "data", root / "data")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    set_cell(root / "data" / "sources.csv", "echo-zero-tolerance", "url", ODD_URL)
    server = streamlit_server({"CLAIMS_DATA_DIR": str(root / "data")})
    page.goto(server.url(), timeout=120_000)
    wait_for_app(page)
    header = page.locator("[data-testid='stMarkdown']", has_text="Every quote and figure below is a claim").first
    expect(header).to_be_visible()
    links = header.locator("a")
    expect(links).to_have_count(1)
    expect(links).to_have_text("Cops now need zero tolerance approach")
    assert links.get_attribute("href") == "https://example.org/x%29**bold**%28y"
    assert header.locator("strong", has_text="bold").count() == 0
    assert "**bold**" not in header.inner_text()  # the address is the link's, not the header's text
    expect(page.locator(EXCEPTION)).to_have_count(0)
