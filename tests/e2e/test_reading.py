"""Reading on every screen, in a real browser: a long quote in full at laptop and phone widths, a quote opened in
context where the reader is looking and linked by `?quote=`, axe-core's verdict on both pages, and the charts'
text contrast with the system in dark mode.

Run: .venv/bin/python -m pytest -q tests/e2e/test_reading.py
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import APP_IDLE, CHARTS, EXCEPTION, QUOTE_CONTEXT, QUOTE_TABLE, axe_violations, quote_card
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

expect.set_options(timeout=60_000)

LONG_QUOTE = "q05"  # 190 characters: "I am angry that the Government has chosen to drop the most important…"
PAGE_TIMEOUT_MS = 120_000  # as in conftest: the first run loads and checks the dataset
SHOTS = Path("/tmp/e2e-shots")
HEIGHT = 900  # a laptop's or a phone's visible height, so "in the viewport" means what a reader sees


@pytest.fixture
def sized_page(browser, request) -> Iterator[callable]:
    """`sized_page(width, dark=False)`: a fresh page of that width, closed after the test (a screenshot of a
    failure goes to /tmp/e2e-shots/)."""
    contexts = []

    def make(width: int, dark: bool = False) -> Page:
        context = browser.new_context(viewport={"width": width, "height": HEIGHT},
                                      color_scheme="dark" if dark else "light")
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    yield make
    report = getattr(request.node, "rep_call", None)
    for i, context in enumerate(contexts):
        if report is not None and report.failed:
            SHOTS.mkdir(parents=True, exist_ok=True)
            for page in context.pages:
                page.screenshot(path=str(SHOTS / f"{request.node.name}-{i}.png"), full_page=True)
        context.close()


def _open(page: Page, server, query: str, wait_for_app) -> Page:
    page.goto(server.url(query), timeout=PAGE_TIMEOUT_MS)
    wait_for_app(page)
    return page


def _inside(inner: dict, outer: dict, slack: float = 1.0) -> bool:
    return (inner["x"] >= outer["x"] - slack and inner["y"] >= outer["y"] - slack
            and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + slack
            and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + slack)


def _in_viewport(page: Page, box: dict) -> bool:
    size = page.viewport_size
    return _inside(box, {"x": 0, "y": 0, "width": size["width"], "height": size["height"]})


@pytest.mark.parametrize("width", [1280, 1366, 390])
def test_a_long_quote_reads_in_full_and_opens_in_context_where_the_reader_looks(
        width, sized_page, server, wait_for_app, page_errors):
    page = _open(sized_page(width), server, "?area=Southend", wait_for_app)
    table = page.locator(QUOTE_TABLE)
    card = quote_card(page, LONG_QUOTE)
    words = card.locator("[data-testid='stMarkdownContainer'] p").first
    words.scroll_into_view_if_needed()
    quote = "I am angry that the Government has chosen to drop the most important component of this public " \
            "health approach and that is, it needs to be combined with a zero-tolerance approach to policing."
    expect(words).to_have_text(f"“{quote}”")
    box, table_box = words.bounding_box(), table.bounding_box()
    assert box and table_box
    assert _inside(box, table_box), (box, table_box)
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)
    # Nothing of it is clipped: the text's own box holds all of its lines, and it is on screen.
    clipped = words.evaluate("p => p.scrollWidth > p.clientWidth + 1 || p.scrollHeight > p.clientHeight + 1")
    assert not clipped
    assert _in_viewport(page, words.bounding_box())

    card.get_by_role("button", name="Read in context").click()
    expect(page).to_have_url(re.compile(rf"[?&]quote={LONG_QUOTE}(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]area=Southend(&|$)"))
    mark = page.locator(QUOTE_CONTEXT).locator("mark.selected")
    expect(mark).to_have_text(quote)
    assert _in_viewport(page, mark.bounding_box()), "the quote in context is where the reader is looking"
    expect(page.locator("[role='dialog']")).to_contain_text("community safety chief")  # the role, said once

    # The link reopens the same view with the quote in context.
    link = page.url
    fresh = _open(sized_page(width), server, link.split("/", 3)[3], wait_for_app)
    mark = fresh.locator(QUOTE_CONTEXT).locator("mark.selected")
    expect(mark).to_have_text(quote)
    assert _in_viewport(fresh, mark.bounding_box())
    expect(fresh.get_by_test_id("stSidebar").locator(".st-key-area [data-tag]")).to_have_text("Southend")

    # Closing it takes the quote out of the link.
    fresh.keyboard.press("Escape")
    expect(fresh.locator(QUOTE_CONTEXT)).to_have_count(0)
    expect(fresh).not_to_have_url(re.compile(r"quote="))
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == []


def test_the_quote_table_works_from_the_keyboard(sized_page, server, wait_for_app):
    page = _open(sized_page(1366), server, "", wait_for_app)
    said = page.locator("[data-testid='stCaptionContainer']", has_text="from the keyboard").first
    expect(said).to_contain_text("Tab to it, then Enter")  # the keys are said on the page, above the table
    link = page.locator(QUOTE_TABLE).get_by_role("link", name="link to this quote").first
    link.focus()
    expect(link).to_be_focused()
    page.keyboard.press("Tab")  # from a quote's link to its button
    focused = page.evaluate("document.activeElement.textContent")
    assert "Read in context" in focused
    page.keyboard.press("Enter")
    expect(page.locator(QUOTE_CONTEXT)).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]quote=q\d+"))


SERIOUS = {"serious", "critical"}


@pytest.mark.parametrize("path", ["", "?quote=q05", "Add_an_article"])
def test_axe_finds_no_serious_or_critical_violation(path, sized_page, server, wait_for_app):
    page = sized_page(1366)
    page.goto(server.base_url + path, timeout=PAGE_TIMEOUT_MS)
    wait_for_app(page, charts=not path.startswith("Add"))
    if path.startswith("?quote="):
        expect(page.locator(QUOTE_CONTEXT)).to_be_visible()
    violations = axe_violations(page)
    bad = [v for v in violations if v["impact"] in SERIOUS or v["id"] == "heading-order"]
    assert bad == [], "\n".join(f"{v['id']} ({v['impact']}): {node}" for v in bad for node in v["nodes"])


def test_headings_run_in_order_and_each_chart_is_said_in_words(sized_page, server, wait_for_app):
    page = _open(sized_page(1366), server, "", wait_for_app)
    levels = page.evaluate("Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))"
                           ".filter(h => h.offsetParent !== null).map(h => Number(h.tagName[1]))")
    assert levels and all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    charts = page.locator(CHARTS)
    # Each chart's text alternative: the caption right after it says in words what it shows.
    said = page.evaluate("""() => Array.from(document.querySelectorAll("[data-testid='stPlotlyChart']")).map(c => {
        const holder = c.closest("[data-testid='stElementContainer']");
        const next = holder && holder.nextElementSibling;
        return next ? next.innerText : '';
    })""")
    assert len(said) == charts.count() >= 1
    assert all(text.startswith("In words:") and len(text) > 40 for text in said), said


# WCAG's contrast ratio of two CSS colours (`rgb(...)` or `rgba(...)`, alpha ignored), for the page's scripts below
RATIO_JS = """
    const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
        .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
"""

CONTRAST = """() => {""" + RATIO_JS + """
    return Array.from(document.querySelectorAll("[data-testid='stPlotlyChart']")).map(chart => {
        const bg = getComputedStyle(chart.querySelector('svg.main-svg')).backgroundColor;
        const texts = Array.from(chart.querySelectorAll('svg text')).filter(t => t.textContent.trim());
        return texts.map(t => [t.textContent.slice(0, 30), ratio(getComputedStyle(t).fill, bg), bg,
                               getComputedStyle(t).fill]);
    });
}"""


def test_charts_text_stands_at_4_5_to_1_in_dark_mode(sized_page, server, wait_for_app):
    page = _open(sized_page(1366, dark=True), server, "?area=Castle Point", wait_for_app)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "dark-mode-1366.png"), full_page=True)
    per_chart = page.evaluate(CONTRAST)
    assert len(per_chart) == page.locator(CHARTS).count() >= 1
    worst = min((entry for chart in per_chart for entry in chart), key=lambda entry: entry[1])
    print(f"lowest chart text contrast in dark mode: {worst[1]:.2f}:1 ({worst[0]!r}, {worst[3]} on {worst[2]})")
    assert all(chart for chart in per_chart)
    assert worst[1] >= 4.5, worst


# The contrast of a caption's text on the nearest opaque background behind it, its opacities and colours composed.
CAPTION_CONTRAST_JS = """ps => {""" + RATIO_JS + """
    const rgb = s => s.match(/[\\d.]+/g).map(Number);
    return ps.map(p => {
        let back = [255, 255, 255], opacity = 1;
        for (let e = p; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        for (let e = p; e; e = e.parentElement) {
            const bg = rgb(getComputedStyle(e).backgroundColor);
            if (bg.length < 4 || bg[3] === 1) { back = bg; break; }
        }
        const fore = rgb(getComputedStyle(p).color), alpha = (fore[3] ?? 1) * opacity;
        const shown = fore.slice(0, 3).map((v, i) => v * alpha + back[i] * (1 - alpha));
        return [p.textContent.slice(0, 40), ratio(`rgb(${shown})`, `rgb(${back.slice(0, 3)})`)];
    });
}"""


@pytest.mark.parametrize("path", ["", "Add_an_article"])
def test_captions_are_readable_the_moment_a_page_has_run(path, sized_page, server):
    """No caption shows in a faint grey, even for the moment after a run ends. Streamlit fades a caption to 60%
    of the text colour, and mounts nav.py's stylesheet (a style-only st.html) up to half a second after the run:
    with the default text colour, axe-core saw 3.9:1 one load in three. The pinned theme's near-black text keeps
    the faded caption above 4.5:1. Three fresh loads, each checked at once."""
    for _ in range(3):
        page = sized_page(1366)
        page.goto(server.base_url + path, timeout=PAGE_TIMEOUT_MS)
        page.wait_for_selector(APP_IDLE, timeout=PAGE_TIMEOUT_MS)
        contrasts = page.locator("[data-testid='stCaptionContainer'] p").evaluate_all(CAPTION_CONTRAST_JS)
        assert contrasts, "the page has captions"
        faint = [(text, round(ratio, 2)) for text, ratio in contrasts if ratio < 4.5]
        assert faint == [], faint
