"""Helpers shared by the browser suites in tests/e2e (importable as `browser_support`: pyproject puts tests/ on
the path): where things are on the page, and how to reach the ones a canvas draws."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from components.ui.page import TABLE_ROW_PX

CHARTS = "[data-testid='stPlotlyChart']"
QUOTE_TABLE = ".st-key-quote_table [data-testid='stDataFrame']"
EXCEPTION = "[data-testid='stException']"


def metric_value(page: Page, label: str) -> Locator:
    return page.locator("[data-testid='stMetric']", has_text=label).locator("[data-testid='stMetricValue']")


def select_first_table_row(page: Page) -> None:
    """Tick the first data row of the quote table. The table is a glide data grid drawn on a canvas, so there is
    no element to click: click the row-selection checkbox (the grid's leftmost column) half-way down the first
    data row, which starts under the header; the header's height is that of the grid's header canvas."""
    table = page.locator(QUOTE_TABLE)
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    header = table.locator("canvas").nth(1).bounding_box()  # the header overlay; canvas 0 is the whole grid
    assert box and header, "the quote table has not been drawn"
    row_top = header["y"] + header["height"]
    page.mouse.click(box["x"] + 18, row_top + TABLE_ROW_PX / 2)
