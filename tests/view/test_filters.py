"""Filtering and search on a tiny hand-built dataset, and on the shipped one where the issue names results."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from components.dataset.load import Dataset, enrich_figures, enrich_quotes, load_dataset
from components.view import filters
from components.view.filters import Filters


@pytest.fixture(scope="module")
def tiny() -> Dataset:
    areas = pd.DataFrame({"area_id": ["county", "town-a", "town-b"], "name": ["County", "Town A", "Town B"],
                          "kind": ["county", "borough", "borough"], "parent_id": ["", "county", "county"]})
    speakers = pd.DataFrame({"speaker_id": ["ann", "force"], "name": ["Ann Able", "The Force"],
                             "kind": ["person", "organisation"], "role": ["Leader, Town A", "Police force"],
                             "organisation": ["Town A Council", "The Force"], "affiliation": ["", ""],
                             "area_id": ["town-a", "county"]})
    topics = pd.DataFrame({"topic_id": ["numbers", "arrests"], "label": ["Numbers", "Arrests"],
                           "description": ["", ""]})
    quotes = pd.DataFrame({
        "quote_id": ["q1", "q2", "q3", "q4"], "source_id": ["s"] * 4,
        "speaker_id": ["ann", "ann", "force", "force"], "kind": ["direct", "partial", "reported", "direct"],
        "text": ["We need more bobbies.", "isn’t fair", "[in crime] 50 officers", "Arrests (a+b)* rose"],
        "start": [0, 30, 50, 80], "end": [21, 40, 72, 99],
        "area_ids": [("town-a",), ("town-a",), ("county",), ("town-b",)],
        "topics": [("numbers",), ("numbers",), ("numbers", "arrests"), ("arrests",)],
    })
    figures = pd.DataFrame({"figure_id": ["f1"], "source_id": ["s"], "speaker_id": ["force"], "quote_id": ["q3"],
                            "metric": ["extra_officers"], "value": [50.0], "unit": ["officers"],
                            "period_text": ["this year"], "period_start": [pd.NaT], "period_end": [pd.NaT],
                            "area_id": ["county"], "start": [61], "end": [63]})
    sources = pd.DataFrame({"source_id": ["s"], "title": ["T"], "publisher": ["P"], "url": [""],
                            "published": [pd.NaT], "path": ["x"]})
    return Dataset(Path("."), sources, areas, speakers, topics, enrich_quotes(quotes, speakers),
                   enrich_figures(figures, speakers, areas), pd.DataFrame(), pd.DataFrame(), {"s": ""})


def ids(frame: pd.DataFrame) -> list[str]:
    return frame["quote_id"].tolist()


def test_no_filter_keeps_every_quote(tiny):
    assert ids(filters.filter_quotes(tiny, Filters())) == ["q1", "q2", "q3", "q4"]


def test_area_includes_county_wide_claims_marked_as_such(tiny):
    out = filters.filter_quotes(tiny, Filters(areas=("Town A",)))
    assert ids(out) == ["q1", "q2", "q3"]
    assert out.set_index("quote_id")["wider_note"].to_dict() == {"q1": "", "q2": "", "q3": "county-wide"}


def test_area_without_wider_claims_and_never_the_other_town(tiny):
    assert ids(filters.filter_quotes(tiny, Filters(areas=("Town A",), include_wider=False))) == ["q1", "q2"]
    assert "q1" not in ids(filters.filter_quotes(tiny, Filters(areas=("Town B",))))


def test_county_includes_the_towns_inside_it(tiny):
    assert ids(filters.filter_quotes(tiny, Filters(areas=("County",)))) == ["q1", "q2", "q3", "q4"]


def test_search_is_case_insensitive_and_folds_apostrophes(tiny):
    assert ids(filters.filter_quotes(tiny, Filters(q="BOBBIES"))) == ["q1"]
    assert ids(filters.filter_quotes(tiny, Filters(q="isn't"))) == ["q2"]
    assert ids(filters.filter_quotes(tiny, Filters(q="isn’t"))) == ["q2"]


def test_search_is_literal_not_a_regex(tiny):
    assert ids(filters.filter_quotes(tiny, Filters(q="(a+b)*"))) == ["q4"]
    assert ids(filters.filter_quotes(tiny, Filters(q="[in crime]"))) == ["q3"]
    assert ids(filters.filter_quotes(tiny, Filters(q=".*"))) == []


def test_search_looks_in_speaker_name_and_role(tiny):
    assert ids(filters.filter_quotes(tiny, Filters(q="ann able"))) == ["q1", "q2"]
    assert ids(filters.filter_quotes(tiny, Filters(q="police force"))) == ["q3", "q4"]


def test_speaker_topic_and_kind_filters_combine(tiny):
    f = Filters(speakers=("The Force",), topics=("Arrests",), kinds=("direct",))
    assert ids(filters.filter_quotes(tiny, f)) == ["q4"]


def test_figures_follow_their_quote(tiny):
    quotes = filters.filter_quotes(tiny, Filters(q="bobbies"))
    assert filters.filter_figures(tiny, Filters(q="bobbies"), quotes).empty
    f = Filters(areas=("Town A",))
    figs = filters.filter_figures(tiny, f, filters.filter_quotes(tiny, f))
    assert figs["figure_id"].tolist() == ["f1"] and figs["wider_note"].tolist() == ["county-wide"]


def test_clean_filters_drops_unknown_values_with_a_notice(tiny):
    f = filters.clean_filters(tiny, {"areas": ["Town A", "Atlantis", "Town A"], "speakers": "Nobody",
                                     "q": "x" * 6000 + "\x00"})
    assert f.areas == ("Town A",) and f.speakers == ()
    assert any("Atlantis" in n for n in f.notices) and any("Nobody" in n for n in f.notices)
    assert len(f.q) == filters.MAX_QUERY_CHARS and any("cut" in n for n in f.notices)


def test_option_counts_count_quotes_per_value(tiny):
    assert filters.option_counts(tiny, "areas") == {"County": 1, "Town A": 2, "Town B": 1}
    assert filters.option_counts(tiny, "topics") == {"Numbers": 3, "Arrests": 2}


def test_describe_and_slug_name_the_view():
    f = Filters(areas=("Castle Point",), q="bobbies")
    assert f.describe() == "Area: Castle Point (with county-wide claims) · Search: “bobbies”"
    assert Filters(areas=("Castle Point",)).slug() == "castle-point" and Filters().slug() == "all-areas"
    assert f.slug() == "castle-point-search-bobbies"


def test_different_views_get_different_file_names():
    views = [Filters(), Filters(speakers=("Norman Smith",)), Filters(topics=("Prevention",)), Filters(q="crime"),
             Filters(areas=("Southend",)), Filters(areas=("Southend",), include_wider=False),
             Filters(kinds=("direct",)), Filters(sources=("Cops now need zero tolerance approach",)),
             Filters(speakers=("Norman Smith", "Tony Cox"))]
    names = [v.filename("officer-numbers", "png") for v in views]
    assert len(set(names)) == len(names), names
    assert names[1] == "officer-numbers-all-areas-norman-smith.png"
    assert names[5] == "officer-numbers-southend-only.png"
    long = Filters(speakers=tuple(f"Speaker number {i}" for i in range(20)))
    longer = Filters(speakers=tuple(f"Speaker number {i}" for i in range(21)))
    assert len(long.slug()) <= 80 and long.slug() != longer.slug()
    assert long.slug()[:60] == longer.slug()[:60]  # same start, told apart by the hash at the end


def test_shipped_data_castle_point_never_shows_southend_only_speakers():
    ds = load_dataset()
    for wider in (True, False):
        out = filters.filter_quotes(ds, Filters(areas=("Castle Point",), include_wider=wider))
        assert "Norman Smith" in set(out["speaker_name"])
        assert not {"Martin Terry", "Tony Cox", "Neil Pudney"} & set(out["speaker_name"])
    assert len(filters.filter_quotes(ds, Filters(q="bobbies"))) == 1


# --- The period filter: the financial year a figure is about ---------------------------------------------------

def test_figure_years_read_april_to_march_and_single_dates_inside_a_year():
    frame = pd.DataFrame({"period_start": pd.to_datetime(["2018-04-01", "2019-07-22", "2019-03-31", "2018-01-01",
                                                          None]),
                          "period_end": pd.to_datetime(["2019-03-31", None, None, "2019-12-31", None])})
    assert filters.figure_years(frame) == ["2018/19", "2019/20", "2018/19", None, None]


def test_period_keeps_the_figures_of_that_year_and_the_quotes_holding_them():
    ds = load_dataset()
    assert filters.filter_options(ds)["periods"] == ["2018/19", "2019/20"]
    assert filters.option_counts(ds, "periods") == {"2018/19": 1, "2019/20": 2}
    view = filters.view_of(ds, Filters(periods=("2019/20",)))
    assert view.figures["figure_id"].tolist() == ["f02", "f03"]  # 215 this year; 23 locations from July 2019
    assert view.quotes["quote_id"].tolist() == ["q17", "q18"]
    # q17 also holds the 150 of 2018/19: a figure outside the chosen year stays out though its quote is in view
    last_year = filters.view_of(ds, Filters(periods=("2018/19",)))
    assert last_year.figures["figure_id"].tolist() == ["f01"] and last_year.quotes["quote_id"].tolist() == ["q17"]
    both = filters.view_of(ds, Filters(periods=("2018/19", "2019/20"), areas=("Southend",)))
    assert both.figures["figure_id"].tolist() == ["f01", "f02", "f03"]  # county-wide, under Southend


def test_period_is_in_the_link_the_caption_and_the_file_name():
    ds = load_dataset()
    f = filters.clean_filters(ds, {"periods": ["2019/20", "2031/32"]})
    assert f.periods == ("2019/20",) and any("No period called '2031/32'" in n for n in f.notices)
    assert f.url_values()["period"] == ["2019/20"]
    assert f.describe() == "Period: 2019/20"
    assert f.filename("figures", "csv") == "figures-all-areas-2019-20.csv"


def test_period_filter_on_a_dataset_without_resolved_periods(tiny):
    assert filters.filter_options(tiny)["periods"] == []
    f = Filters(periods=("2019/20",))
    quotes = filters.filter_quotes(tiny, f)
    assert quotes.empty and filters.filter_figures(tiny, f, quotes).empty


def test_a_views_link_names_each_filter_set_and_the_quote(tiny):
    f = filters.Filters(areas=("Town A",), include_wider=False, q="two words")
    assert f.link("http://host:8501", "q1") == "http://host:8501/?area=Town%20A&wider=false&q=two%20words&quote=q1"
    assert filters.Filters().link("https://example.org/claims/?old=1") == "https://example.org/claims/"


def test_facet_counts_answer_to_the_other_filters_zeros_included(tiny):
    everything = filters.facet_counts(tiny, filters.Filters())
    assert everything["areas"] == filters.option_counts(tiny, "areas")
    narrowed = filters.facet_counts(tiny, filters.Filters(topics=("Arrests",)))
    assert narrowed["topics"] == everything["topics"]  # a filter's own counts ignore its own choice
    # the two Arrests quotes: one about the county, one about Town B, both by The Force; zeros kept, in order
    assert narrowed["areas"] == {"County": 1, "Town A": 0, "Town B": 1}
    assert narrowed["speakers"] == {"Ann Able": 0, "The Force": 2}
    assert narrowed["kinds"] == {"direct": 1, "partial": 0, "reported": 1}


def test_period_counts_answer_to_the_other_filters():
    ds = load_dataset()
    assert filters.facet_counts(ds, Filters())["periods"] == {"2018/19": 1, "2019/20": 2}
    assert filters.facet_counts(ds, Filters(speakers=("Norman Smith",)))["periods"] == {"2018/19": 0, "2019/20": 0}
