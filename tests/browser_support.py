"""Helpers shared by the browser suites in tests/e2e (importable as `browser_support`: pyproject puts tests/ on
the path): where things are on the page, and how to reach the ones a canvas draws."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page

CHARTS = "[data-testid='stPlotlyChart']"
QUOTE_TABLE = ".st-key-quote_table"
QUOTE_CONTEXT = "[role='dialog'] div.claims-article#quote-context"
EXCEPTION = "[data-testid='stException']"
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"  # a run has ended
AXE = Path(__file__).resolve().parent / "e2e" / "vendor" / "axe-core" / "axe.min.js"


def metric_value(page: Page, label: str) -> Locator:
    return page.locator("[data-testid='stMetric']", has_text=label).locator("[data-testid='stMetricValue']")


def quote_card(page: Page, quote_id: str) -> Locator:
    return page.locator(f".st-key-quote-{quote_id}")


def select_first_table_row(page: Page) -> None:
    """Open the first quote of the table in context: press its "Read in context" button."""
    button = page.locator(QUOTE_TABLE).get_by_role("button", name="Read in context").first
    button.scroll_into_view_if_needed()
    button.click()


def axe_violations(page: Page) -> list[dict]:
    """axe-core (vendored from npm, tests/e2e/vendor/axe-core) run on the page as it stands: its violations,
    each as {id, impact, help, nodes: [target and summary]}."""
    # As a reader sees it when it settles: no run under way, no element left dimmed from the run before, and no
    # fade-in still playing (axe measures the colours of the moment, and a half-faded text fails contrast).
    page.wait_for_function("""() => !document.querySelector('[data-stale="true"]')
        && document.querySelector("[data-testid='stApp'][data-test-script-state='notRunning']")
        && document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations
                                                === Infinity)""", timeout=60_000)
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ['violations']});
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
    }""")
