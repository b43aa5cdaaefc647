"""The figure cards in a real browser: the 215 claimed for 2019/20, beside what the official record shows."""

from __future__ import annotations

import pytest
from browser_support import EXCEPTION
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

expect.set_options(timeout=60_000)  # two slow cores: a rerun can take several seconds


def test_the_215_card_shows_the_record_its_sources_and_caveats(open_app, page_errors):
    page = open_app("?period=2019/20")
    card = page.locator(".st-key-card-f02")
    expect(card).to_be_visible()
    expect(card.get_by_test_id("stMetricValue")).to_have_text("215 officers")
    expect(card).to_contain_text("Claimed by Essex Police · Essex · “this year” (read as 2019/20, inferred)")
    expect(card).to_contain_text(
        "What the record shows: Essex officer numbers went from 3,070.95 FTE at 31 March 2019 to 3,298.15 FTE "
        "at 31 March 2020: a net change of +227.20 FTE over 2019/20.")
    expect(card).to_contain_text("Police workforce, England and Wales: 30 September 2020, data tables")
    expect(card).to_contain_text("FTE (full-time equivalent) is not headcount.")
    expect(card).to_contain_text("A net change is not the number of officers recruited: officers also leave.")
    expect(card).to_contain_text("The claim's period, 2019/20, is inferred from “Policing precept”")
    expect(page.locator(".st-key-card-f01")).to_have_count(0)  # 2018/19 is not in this period
    expect(page.locator(".st-key-card-f03")).to_contain_text("No official measure answers this figure")
    expect(page.locator(EXCEPTION)).to_have_count(0)
    assert page_errors.js_errors() == []
