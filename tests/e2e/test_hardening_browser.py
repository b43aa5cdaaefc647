"""Hardening, checked in a real browser as a reader would meet it: markup in the data shown as its characters
and never run, a broken dataset explained without a traceback, hostile links, and ten readers at once.

Run: .venv/bin/python -m pytest -q tests/e2e/test_hardening_browser.py   (starts `streamlit run dashboard.py`
servers on free local ports and drives the system Chromium; screenshots of failures go to /tmp/e2e-shots/).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import urllib.parse
from pathlib import Path

import pytest
from browser_support import APP_IDLE, CHARTS, EXCEPTION, metric_value, select_first_table_row
from playwright.sync_api import Browser, Page, expect
from support import HOSTILE_QUOTE, write_hostile_dataset

from components.dataset.load import load_dataset
from components.view.filters import FILTERS_BY_NAME, clean_filters, filter_quotes

pytestmark = pytest.mark.e2e

expect.set_options(timeout=60_000)  # two slow cores: a rerun can take several seconds

PAGE_TIMEOUT_MS = 120_000
SHOTS = Path("/tmp/e2e-shots")





def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def url_params(url: str) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(url).query, keep_blank_values=True)


# --- 1. Markup in the data ----------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def hostile_server(streamlit_server, tmp_path_factory):
    data_dir = write_hostile_dataset(tmp_path_factory.mktemp("hostile"))
    return streamlit_server({"CLAIMS_DATA_DIR": str(data_dir)})


def assert_nothing_ran(page: Page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src='x']").count() == 0
    scripts = page.evaluate("Array.from(document.querySelectorAll('script')).map(s => s.textContent)")
    assert not [s for s in scripts if "__pwned" in s]
    # Markdown and HTML in the data are not formatted either.
    assert page.locator("b", has_text=re.compile(r"\bEve\b")).count() == 0
    assert page.locator("strong", has_text=re.compile(r"^\s*(Bold|not bold)\s*$")).count() == 0
    assert page.locator("a[href^='javascript']").count() == 0


def test_markup_in_the_data_is_shown_as_its_characters(hostile_server, open_app, wait_for_app, page,
                                                        page_errors):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page = open_app("?area=Castle Point", on=hostile_server)
    expect(metric_value(page, "Quotes in view")).to_have_text("10")
    assert_nothing_ran(page)
    sidebar = page.get_by_test_id("stSidebar")
    # The speaker counts under the Speaker filter name Eve as the characters in the data.
    expect(sidebar.get_by_text("<b>Eve</b> **Bold** [link](javascript:alert(1)) 1").first).to_be_visible()
    # The figure card: its label comes from the metric "<b>extra_officers</b>".
    cards = page.locator(".st-key-figure-cards")
    expect(cards.get_by_text("<b>extra officers</b>", exact=True)).to_be_visible()
    expect(cards.get_by_text("99 <i>officers</i>", exact=True)).to_be_visible()
    expect(cards.get_by_text("Claimed by <b>Eve</b>").first).to_be_visible()

    # The charts: plotly reads a few tags in labels; the speaker's name is drawn as its characters.
    charts = page.locator(CHARTS)
    expect(charts.first.locator("svg.main-svg").first).to_be_visible()
    expect(page.locator(f"{CHARTS} svg text", has_text="<b>Eve</b>").first).to_be_attached()
    svg_text = page.evaluate(
        "Array.from(document.querySelectorAll(\"[data-testid='stPlotlyChart'] svg\"))"
        ".map(s => s.textContent).join('\\n')")
    assert "<b>Eve</b>" in svg_text
    assert page.locator(f"{CHARTS} svg b").count() == 0
    bold_eve = page.evaluate(
        "Array.from(document.querySelectorAll(\"[data-testid='stPlotlyChart'] svg tspan\"))"
        ".filter(t => (t.getAttribute('style') || '').includes('bold') && /\\bEve\\b/.test(t.textContent)).length")
    assert bold_eve == 0, "the <b> in the speaker's name was read as bold by plotly"

    # Select the hostile quote (the only row for this search) and read it in its paragraph.
    page = open_app("?area=Castle Point&q=pwned", on=hostile_server)
    expect(metric_value(page, "Quotes in view")).to_have_text("1")
    select_first_table_row(page)
    context = page.locator("div.claims-article#quote-context")
    expect(context).to_be_visible(timeout=PAGE_TIMEOUT_MS)
    wait_for_app(page)
    expect(context).to_contain_text("<script>window.__pwned = 1</script>")
    expect(context).to_contain_text('<img src=x onerror="window.__pwned = 2">')
    expect(context).to_contain_text("**not bold** :red[not red] [click](javascript:alert(1)) 99 officers & more")
    expect(context.locator("mark.selected")).to_have_text(HOSTILE_QUOTE)
    expect(page.get_by_text("<b>Eve</b> **Bold** [link](javascript:alert(1)) (<i>role</i>)").first).to_be_visible()

    # The article in full, once the quote's dialog is closed.
    page.keyboard.press("Escape")
    expect(context).to_have_count(0)
    wait_for_app(page)
    page.get_by_text("The source article in full").click()
    full = page.locator("[data-testid='stExpander'] div.claims-article").first
    expect(full).to_be_visible()
    expect(full).to_contain_text('<img src=x onerror="window.__pwned = 2">')
    expect(full).to_contain_text("<script>window.__pwned = 1</script>")
    expect(full.locator("mark.quote", has_text="window.__pwned = 1")).to_have_count(1)

    assert_nothing_ran(page)
    assert dialogs == []
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == []


# --- 2. Broken data ----------------------------------------------------------------------------------------

def test_broken_data_shows_its_problem_and_changes_nothing(streamlit_server, dataset_copy, set_cell, page,
                                                           wait_for_app, page_errors):
    set_cell(dataset_copy / "quotes.csv", "q05", "start", "1")  # the quote no longer matches the text
    before = fingerprint(dataset_copy.parent)
    broken = streamlit_server({"CLAIMS_DATA_DIR": str(dataset_copy)})
    try:
        page.goto(broken.url(), timeout=PAGE_TIMEOUT_MS)
        wait_for_app(page, charts=False)
        expect(page.get_by_test_id("stAlert").filter(has_text="cannot show it")).to_be_visible(
            timeout=PAGE_TIMEOUT_MS)
        listing = page.locator("[data-testid='stCode']")
        expect(listing).to_contain_text("quotes.csv:6: start: quote 'q05'")
        expect(page.get_by_text("Nothing has been changed in your files")).to_be_visible()
        expect(page.locator(EXCEPTION)).to_have_count(0)
        expect(page.get_by_text("Traceback")).to_have_count(0)
        assert "Traceback" not in page.locator("[data-testid='stApp']").inner_text()
        expect(page.locator(CHARTS)).to_have_count(0)
        assert page_errors.js_errors() == []
    finally:
        broken.stop()
    assert fingerprint(dataset_copy.parent) == before


# --- 3. Hostile links --------------------------------------------------------------------------------------

def test_hostile_links_load_with_a_notice(open_app, page, page_errors):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    search = ("(*[\x07.+?$^|\\{" * 500)[:5000]  # regex metacharacters and a control character (BEL)
    assert len(search) == 5000
    open_app("?area=Atlantis&area=Castle Point&speaker=<script>alert(1)</script>&q=" + search, charts=False)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("No area called 'Atlantis'")).to_be_visible()
    expect(sidebar.get_by_text("No speaker called '<script>alert(1)</script>'")).to_be_visible()
    expect(sidebar.get_by_text("The search was cut to its first 500 characters")).to_be_visible()
    chips = sidebar.locator(".st-key-area [data-testid='stMultiSelectTagsContainer'] [data-tag]")
    expect(chips).to_have_text(["Castle Point"])  # the known area in the link is kept
    expect(metric_value(page, "Quotes in view")).to_have_text("0")
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page.evaluate("typeof window.__pwned") == "undefined"

    open_app("?q=a&q=b", charts=False)
    ds = load_dataset()
    counts = {str(len(filter_quotes(ds, clean_filters(ds, {"q": q})))) for q in ("a", "b")}
    value = metric_value(page, "Quotes in view")
    expect(value).to_have_text(re.compile("^(" + "|".join(counts) + ")$"))
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert dialogs == []
    assert page_errors.js_errors() == []


# --- 4. Ten readers at once ----------------------------------------------------------------------------------

READERS: list[dict[str, list[str] | str | bool]] = [
    {"areas": ["National"]},
    {"areas": ["Essex"]},
    {"areas": ["Southend"]},
    {"areas": ["Castle Point"]},
    {"speakers": ["Martin Terry"]},
    {"speakers": ["Norman Smith"]},
    {"speakers": ["Tony Cox"]},
    {"q": "bobbies"},
    {"kinds": ["partial"]},
    {"areas": ["Castle Point"], "include_wider": False},
]


def reader_query(raw: dict) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, value in raw.items():
        key = FILTERS_BY_NAME[name].url_key
        if isinstance(value, bool):
            pairs.append((key, str(value).lower()))
        else:
            pairs += [(key, v) for v in ([value] if isinstance(value, str) else value)]
    return pairs


def carries(url: str, pairs: list[tuple[str, str]]) -> bool:
    params = url_params(url)
    return all(value in params.get(key, []) for key, value in pairs)


def test_ten_readers_at_once_each_see_their_own_view(browser: Browser, server, request):
    ds = load_dataset()  # what the default server reads: the shipped data
    expected = [f"{len(filter_quotes(ds, clean_filters(ds, raw))):,}" for raw in READERS]
    assert len(set(expected)) > 4, expected  # the views differ, so a mix-up would show
    queries = [reader_query(raw) for raw in READERS]
    contexts, pages, errors = [], [], []
    try:
        for _ in queries:
            context = browser.new_context(viewport={"width": 1200, "height": 900})
            context.set_default_timeout(PAGE_TIMEOUT_MS)
            page = context.new_page()
            seen: list[str] = []
            page.on("pageerror", lambda err, seen=seen: seen.append(str(err)))
            contexts.append(context)
            pages.append(page)
            errors.append(seen)
        # All ten ask at once; then each is checked in turn.
        for page, pairs in zip(pages, queries, strict=True):
            page.goto(server.url() + "?" + urllib.parse.urlencode(pairs), wait_until="commit",
                      timeout=PAGE_TIMEOUT_MS)
        for page, pairs, count in zip(pages, queries, expected, strict=True):
            page.wait_for_selector(APP_IDLE, timeout=PAGE_TIMEOUT_MS)
            expect(metric_value(page, "Quotes in view")).to_have_text(count, timeout=PAGE_TIMEOUT_MS)
            page.wait_for_url(lambda url, pairs=pairs: carries(url, pairs))
        for page, count in zip(pages, expected, strict=True):  # nobody's view moved while the others loaded
            expect(metric_value(page, "Quotes in view")).to_have_text(count)

        # One reader searches; the others, reloaded, still see their own views.
        searcher = pages[0]
        search = searcher.get_by_test_id("stSidebar").get_by_role("textbox", name="Search quotes")
        search.fill("officers")
        search.press("Enter")
        searched = f"{len(filter_quotes(ds, clean_filters(ds, {**READERS[0], 'q': 'officers'}))):,}"
        expect(metric_value(searcher, "Quotes in view")).to_have_text(searched)
        searcher.wait_for_url(lambda url: carries(url, [("q", "officers"), *queries[0]]))
        for page in pages[1:]:
            page.reload(wait_until="commit", timeout=PAGE_TIMEOUT_MS)
        for page, pairs, count in zip(pages[1:], queries[1:], expected[1:], strict=True):
            page.wait_for_selector(APP_IDLE, timeout=PAGE_TIMEOUT_MS)
            expect(metric_value(page, "Quotes in view")).to_have_text(count, timeout=PAGE_TIMEOUT_MS)
            assert carries(page.url, pairs), page.url
            assert "officers" not in url_params(page.url).get("q", []), page.url
        expect(metric_value(searcher, "Quotes in view")).to_have_text(searched)

        # The shared, cached dataset was not changed by any session: the default view still shows every quote.
        pages[1].goto(server.url(), timeout=PAGE_TIMEOUT_MS)
        expect(metric_value(pages[1], "Quotes in view")).to_have_text(f"{len(ds.quotes):,}")
        assert len(ds.quotes) == 20
        for page in pages:
            expect(page.locator(EXCEPTION)).to_have_count(0)
        assert errors == [[] for _ in pages], errors
    except BaseException:
        SHOTS.mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(pages):
            with contextlib.suppress(Exception):
                page.screenshot(path=str(SHOTS / f"{request.node.name}-{i}.png"), full_page=True)
        raise
    finally:
        for context in contexts:
            with contextlib.suppress(Exception):
                context.close()

