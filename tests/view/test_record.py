"""What the record shows beside each figure: the one rule, on the shipped article's claims and hand-built ones."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from components.dataset.load import load_dataset
from components.view import record


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


@pytest.fixture(scope="module")
def shipped(ds):
    return dict(zip(ds.figures["figure_id"], record.records(ds, ds.figures), strict=True))


def figure(**cells) -> pd.DataFrame:
    base = dict(area_id="essex", metric="extra_officers", period_text="", period_start=pd.NaT, period_end=pd.NaT,
                period_inferred=False, period_basis="")
    return pd.DataFrame([base | cells])


def test_150_in_2018_19_stands_beside_the_net_change_of_113(shipped):
    r = shipped["f01"]
    assert (r.kind, r.force, r.difference) == (record.CHANGE, "Essex", 113.13)
    assert (r.start.as_at, r.start.fte) == (pd.Timestamp("2018-03-31"), 2957.82)
    assert (r.end.as_at, r.end.fte) == (pd.Timestamp("2019-03-31"), 3070.95)
    assert r.shows == ("Essex officer numbers went from 2,957.82 FTE at 31 March 2018 to 3,070.95 FTE at "
                       "31 March 2019: a net change of +113.13 FTE over 2018/19.")
    assert r.sources == ("Home Office, “Police workforce, England and Wales, 30 September 2019 (and earlier "
                         "releases)”",)
    assert record.FTE_CAVEAT in r.caveats and record.NET_CAVEAT in r.caveats
    assert record.RELEASES_CAVEAT not in r.caveats  # both counts from the same series
    assert any("2018/19, is inferred from “Policing precept”" in c and "“last year”" in c for c in r.caveats)


def test_215_in_2019_20_stands_beside_the_net_change_of_227(shipped):
    r = shipped["f02"]
    assert (r.kind, r.difference, r.value) == (record.CHANGE, 227.2, 227.2)
    assert (r.start.as_at, r.start.fte, r.start.citation_id) == (pd.Timestamp("2019-03-31"), 3070.95,
                                                                 "home-office-workforce")
    assert (r.end.as_at, r.end.fte, r.end.citation_id) == (pd.Timestamp("2020-03-31"), 3298.15, "workforce-s1")
    assert "3,070.95 FTE at 31 March 2019 to 3,298.15 FTE at 31 March 2020" in r.shows
    assert "+227.20 FTE over 2019/20" in r.shows
    assert len(r.sources) == 2 and "30 September 2020" in r.sources[1]
    assert record.RELEASES_CAVEAT in r.caveats and record.NET_CAVEAT in r.caveats
    assert any("2019/20, is inferred" in c and "“this year”" in c for c in r.caveats)


@pytest.mark.parametrize(("figure_id", "words"), [("f03", "town centre team locations"), ("f04", "arrests")])
def test_a_figure_no_official_measure_answers_says_so(shipped, figure_id, words):
    r = shipped[figure_id]
    assert (r.kind, r.value, r.sources, r.caveats) == (record.NONE, None, (), ())
    assert r.text == ("No official measure answers this figure: the Home Office series counts police officers "
                      f"by force, not {words}.")


def test_no_verdict_words_anywhere(ds, shipped):
    texts = [r.text for r in shipped.values()]
    texts += [r.text for r in record.records(ds, figure(metric="officers", period_start=pd.Timestamp("2025-05-01")))]
    for text in texts:
        assert not re.search(r"\b(true|false|misleading|correct|wrong|accurate|lie)\b", text, re.I), text


def test_a_claim_about_a_town_is_set_beside_its_force_and_says_so(ds):
    (r,) = record.records(ds, figure(area_id="southend", period_start=pd.Timestamp("2020-04-01"),
                                     period_end=pd.Timestamp("2021-03-31")))
    assert (r.force, r.difference) == ("Essex", round(3414.66 - 3298.15, 2))
    assert "The count is for the Essex force, not for Southend alone." in r.caveats
    assert not any("inferred" in c for c in r.caveats)  # a period stated, not inferred


def test_a_level_claim_gets_the_latest_count_at_its_date_and_a_rounded_value_says_so(ds):
    (r,) = record.records(ds, figure(metric="officers", period_start=pd.Timestamp("2024-05-01")))
    assert (r.kind, r.end.as_at, r.value) == (record.LEVEL, pd.Timestamp("2024-03-31"), 3763)
    assert r.shows == ("Essex had 3,763 FTE at 31 March 2024. That is the latest official count on or before "
                       "1 May 2024.")
    assert record.NET_CAVEAT not in r.caveats and record.FTE_CAVEAT in r.caveats
    assert any(c.startswith("Rounded to whole officers") for c in r.caveats)
    assert "Shropshire Star (PA Media)" in r.source_text


def test_a_year_the_series_does_not_cover_is_said_plainly(ds):
    (r,) = record.records(ds, figure(period_start=pd.Timestamp("2022-04-01"), period_end=pd.Timestamp("2023-03-31")))
    assert (r.kind, r.force) == (record.NONE, "Essex")
    assert r.shows == ("No official change can be set beside this figure yet: the series has no Essex count at "
                       "31 March 2023.")


def test_a_claim_without_a_period_gets_no_change(ds):
    (r,) = record.records(ds, figure())
    assert r.kind == record.NONE and "not put into dates" in r.shows


def test_yearly_change_never_bridges_a_missing_year(ds):
    change = record.official_yearly_change(ds.officer_fte, "Essex")
    assert "2023/24" not in change["year"].tolist()  # no Essex count at 31 March 2023
    assert change.set_index("year").loc["2019/20", "change"] == pytest.approx(227.2)
    assert change["year"].tolist()[:3] == ["2017/18", "2018/19", "2019/20"]
