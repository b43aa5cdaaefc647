"""The dashboard in a real browser, used as a reader would: open it, follow a shared link, search, select a quote.

Run: .venv/bin/python -m pytest -q tests/e2e   (starts `streamlit run dashboard.py` on a free local port and drives
the system Chromium; screenshots of failures go to /tmp/e2e-shots/).
"""

from __future__ import annotations

import re

import pytest
from browser_support import CHARTS, EXCEPTION, QUOTE_TABLE, metric_value, select_first_table_row
from playwright.sync_api import expect

from components.view.charts import CHART_BUILDERS

pytestmark = pytest.mark.e2e

expect.set_options(timeout=60_000)  # two slow cores: a rerun can take several seconds



def test_default_view_draws_charts_and_table(open_app, page_errors):
    page = open_app()
    charts = page.locator(CHARTS)
    # Every chart the app builds is drawn in the default view: four when this test was written, five since
    # the timeline chart was added. Counted from the code so that a new chart does not break the test.
    assert len(CHART_BUILDERS) >= 4
    expect(charts).to_have_count(len(CHART_BUILDERS))
    for i in range(len(CHART_BUILDERS)):
        expect(charts.nth(i).locator("svg.main-svg").first).to_be_visible()
    expect(page.locator(QUOTE_TABLE)).to_be_visible()
    expect(metric_value(page, "Quotes in view")).to_have_text("20")
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors == [], page_errors


def test_shared_link_opens_with_the_area_chosen(open_app, page_errors):
    page = open_app("?area=Castle Point")
    sidebar = page.get_by_test_id("stSidebar")
    chips = sidebar.locator(".st-key-area [data-testid='stMultiSelectTagsContainer'] [data-tag]")
    expect(chips).to_have_count(1)
    expect(chips).to_have_text("Castle Point")
    expect(chips).to_be_visible()
    expect(metric_value(page, "Quotes in view")).to_have_text("9")
    charts = page.locator(CHARTS)
    expect(charts.first).to_be_visible()
    for i in range(charts.count()):
        expect(charts.nth(i).locator("svg.main-svg", has_text="Area: Castle Point").first).to_be_attached()
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == []


def test_search_narrows_the_table_and_the_link(open_app, page_errors):
    page = open_app()
    quotes_in_view = metric_value(page, "Quotes in view")
    expect(quotes_in_view).to_have_text("20")
    search = page.get_by_test_id("stSidebar").get_by_role("textbox", name="Search quotes")
    search.fill("bobbies")
    search.press("Enter")
    expect(quotes_in_view).to_have_text("1")
    expect(page.get_by_text("1 quote(s) in view")).to_be_visible()
    expect(page.locator("[data-testid='stApp'][data-test-script-state='notRunning']")).to_be_attached()
    expect(page).to_have_url(re.compile(r"[?&]q=bobbies(&|$)"))
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == []


def test_selecting_a_quote_shows_it_in_context(open_app, wait_for_app, page_errors):
    page = open_app()
    expect(page.get_by_text("Tab", exact=True).first).to_be_visible()  # the key is said on the page
    expect(page.locator("#quote-context")).to_have_count(0)
    select_first_table_row(page)
    context = page.locator("div.claims-article#quote-context")
    expect(context).to_be_visible()
    wait_for_app(page)
    expect(context.locator("mark.selected")).to_have_text("zero tolerance")
    link = page.get_by_role("link", name="Open the original article at this quote")
    expect(link).to_have_attribute("href", re.compile(r"#:~:text="))
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == []


def test_png_button_under_a_chart_downloads_a_real_png(open_app, page_errors, tmp_path):
    page = open_app("?area=Castle Point")
    buttons = page.locator(".st-key-chart-downloads-officer-numbers")
    buttons.scroll_into_view_if_needed()
    buttons.get_by_role("button", name="PNG", exact=True).click()  # drawn on the server, into this session
    save = buttons.get_by_role("button", name="Save PNG")
    save.wait_for(timeout=120_000)
    with page.expect_download(timeout=30_000) as info:
        save.click()  # a plain download of the drawn bytes
    download = info.value
    assert download.suggested_filename == "officer-numbers-castle-point.png"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    data = saved.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")  # the IHDR chunk: width, then height
    assert width >= 2400, width
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors == [], page_errors
