"""The page, run as Streamlit runs it (AppTest): what a reader sees for a given link or action."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from support import run_app

SOUTHEND_ONLY = {"Martin Terry", "Tony Cox", "Neil Pudney"}


def quote_tables(at: AppTest) -> list:
    return [d for d in at.dataframe if "Quote" in d.value.columns]


def table(at: AppTest):
    (found,) = quote_tables(at)
    return found.value


def speakers_in(at: AppTest) -> set[str]:
    return {s.split(" (")[0] for s in table(at)["Speaker"]}


def html_bodies(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_default_view_shows_four_charts_and_the_whole_quote_table():
    at = run_app()
    assert len(at.get("plotly_chart")) >= 4
    assert len(table(at)) == 20
    assert {m.label: m.value for m in at.metric}["Quotes in view"] == "20"
    assert not at.error


def test_castle_point_link_shows_norman_smith_and_no_southend_only_speaker():
    at = run_app(area="Castle Point")
    assert at.multiselect(key="area").value == ["Castle Point"]
    assert "Norman Smith" in speakers_in(at)
    assert not SOUTHEND_ONLY & speakers_in(at)
    county_wide = table(at)[table(at)["Speaker"].str.startswith("Essex Police")]
    assert county_wide["About"].str.contains("county-wide").all()


def test_castle_point_without_county_wide_claims_shows_only_castle_point_quotes():
    at = run_app(area="Castle Point", wider="false")
    assert at.toggle(key="wider").value is False
    assert speakers_in(at) == {"Norman Smith"}


def test_search_for_bobbies_leaves_exactly_one_quote():
    at = run_app(q="bobbies")
    assert len(table(at)) == 1
    assert "more bobbies on the beat" in table(at)["Quote"].iloc[0]


def test_typing_a_search_narrows_the_table():
    at = run_app()
    at.text_input(key="q").set_value("BOBBIES").run()
    assert len(table(at)) == 1


def test_selecting_a_quote_shows_it_in_its_paragraph_with_a_link():
    at = run_app()
    at.session_state["quote_table"] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    at.run()
    quote = table(at)["Quote"].iloc[2]
    assert f'<mark class="selected">{quote}</mark>' in html_bodies(at)
    assert "Southend’s community safety chief Martin Terry was speaking" in html_bodies(at)
    links = [b.proto.url for b in at.get("link_button")]
    assert any("#:~:text=public%20bodies" in url for url in links)


def test_unknown_link_values_are_dropped_with_a_notice():
    at = run_app(area="Atlantis", speaker="Nobody")
    notices = " ".join(w.value for w in at.warning)
    assert "Atlantis" in notices and "Nobody" in notices
    assert len(table(at)) == 20


def test_a_search_that_matches_nothing_says_so_in_words():
    at = run_app(q="no such words anywhere")
    assert not quote_tables(at)
    assert any("No quote matches" in i.value for i in at.info)


def test_reset_clears_every_filter():
    at = run_app(area="Castle Point", q="police")
    next(b for b in at.button if b.label == "Reset filters").click().run()
    assert at.multiselect(key="area").value == [] and at.text_input(key="q").value == ""
    assert len(table(at)) == 20


@pytest.mark.parametrize("q", ["(a+b)*[", "x" * 5000, "line\nbreak\x00\x07"])
def test_hostile_searches_never_raise(q):
    at = run_app(q=q)
    assert not at.exception


def test_a_dataset_of_many_articles_captions_only_the_most_quoted_sources(tmp_path, monkeypatch):
    from components.dataset.synthetic import write_synthetic_dataset

    data_dir = write_synthetic_dataset(tmp_path, 620)  # 31 articles, the last with 20 quotes too
    monkeypatch.setenv("CLAIMS_DATA_DIR", str(data_dir))
    at = run_app()
    assert len(at.multiselect(key="source").options) == 31
    (caption,) = [c.value for c in at.sidebar.caption if c.value.startswith("Most quoted: ")]
    assert caption.endswith(" quotes · and 19 more")
    assert caption.count(" · ") == 12  # twelve titles, then "and 19 more"
    assert "Cops now need zero tolerance approach \\(copy 1\\) 20" in caption
    assert len(table(at)) == 100


def test_methods_note_lists_this_datasets_inferred_dates_and_where_the_record_ends():
    at = run_app()
    texts = [m.value for m in at.markdown]
    assert "**Dates and periods read by inference in this dataset**" in texts
    (bullets,) = [t for t in texts if t.startswith("- ")]
    assert "July 2019 is inferred" in bullets and "2018/19 financial year" in bullets
    assert any("The official series ends on 31 March 2026" in t for t in texts)


def test_sidebar_links_both_pages_by_their_names():
    at = run_app()
    links = [(link.proto.label, link.proto.page) for link in at.get("page_link")]
    assert links == [("Claims dashboard", ""), ("Add an article", "Add_an_article")]


def test_figure_cards_set_each_claim_beside_what_the_record_shows():
    at = run_app()
    unescaped = [m.value.replace("\\", "") for m in at.markdown]
    assert any(t.startswith("**What the record shows:** Essex officer numbers went from 3,070.95 FTE at "
                            "31 March 2019 to 3,298.15 FTE at 31 March 2020: a net change of +227.20 FTE "
                            "over 2019/20.") for t in unescaped)
    assert any("+113.13 FTE over 2018/19" in t for t in unescaped)
    assert any("No official measure answers this figure" in t and "not arrests" in t for t in unescaped)
    captions = [c.value.replace("\\", "") for c in at.caption]
    assert any("not the number of officers recruited" in c and "different Home Office releases" in c
               for c in captions)
