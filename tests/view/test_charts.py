"""Chart builders: what each figure says, on the shipped data."""

from __future__ import annotations

import pandas as pd
import pytest

from components.dataset.load import load_dataset
from components.view import charts, display, filters
from components.view.filters import Filters


@pytest.fixture(scope="module")
def ds():
    return load_dataset()


view_of = filters.view_of


def test_official_yearly_change_is_march_to_march(ds):
    change = charts.official_yearly_change(ds.officer_fte, "Essex")
    assert change["year"].tolist()[:3] == ["2017/18", "2018/19", "2019/20"]
    assert change["change"].tolist()[:3] == [round(2957.82 - 2818.59, 2), round(3070.95 - 2957.82, 2),
                                             round(3298.15 - 3070.95, 2)]


def test_officer_chart_sets_claims_beside_the_record_on_one_zero_based_axis(ds):
    chart = charts.officer_numbers_chart(view_of(ds, Filters()))
    fig = chart.figure
    bars = {t.name.split("<br>")[0]: dict(zip(t.x, t.y, strict=True)) for t in fig.data}
    official = next(v for k, v in bars.items() if k.startswith("Official"))
    claimed = next(v for k, v in bars.items() if k.startswith("Extra officers claimed"))
    assert claimed == {"2018/19": 150.0, "2019/20": 215.0}
    assert official["2018/19"] == pytest.approx(113.13)
    assert official["2019/20"] == pytest.approx(227.20)  # claim and record side by side for 2019/20
    assert list(official) == ["2017/18", "2018/19", "2019/20"]  # the record stops at the last year claimed
    assert "no official<br>count yet" not in " ".join(a.text for a in fig.layout.annotations)
    assert fig.layout.yaxis.range[0] == 0 and "yaxis2" not in fig.layout.to_plotly_json()
    notes = " ".join(a.text for a in fig.layout.annotations)
    assert "not the number of officers recruited" in notes.replace("<br>", " ")
    assert "inferred" in notes and "Home Office" in notes.replace("<br>", " ")
    assert "150" in chart.summary and "+113" in chart.summary
    assert "215" in chart.summary and "+227" in chart.summary


def test_every_chart_carries_title_filters_and_source(ds):
    f = Filters(areas=("Castle Point",))
    for chart in charts.build_charts(view_of(ds, f)):
        layout = chart.figure.layout
        assert layout.title.text == chart.title
        assert layout.title.subtitle.text == f.describe()
        assert any(a.text.startswith("Source: Southend Echo") for a in layout.annotations)


def test_empty_selection_gives_a_sentence_not_an_empty_axis(ds):
    for chart in charts.build_charts(view_of(ds, Filters(q="no such words anywhere"))):
        assert chart.figure is None and chart.summary.endswith(".")


def test_speaker_and_topic_keep_their_colours_whatever_the_filter(ds):
    def colours(f):
        fig = charts.quotes_by_speaker_chart(view_of(ds, f)).figure
        return {t.name: t.marker.color for t in fig.data}

    everything, castle = colours(Filters()), colours(Filters(areas=("Castle Point",)))
    assert castle and all(everything[name] == colour for name, colour in castle.items())


def test_figures_chart_lists_every_figure_in_view(ds):
    chart = charts.figures_chart(view_of(ds, Filters()))
    values = sorted(v for t in chart.figure.data for v in t.y)
    assert values == [23.0, 150.0, 215.0, 300.0]
    assert {v[0] for t in chart.figure.data for v in t.customdata} == {"Essex Police", "Neil Pudney"}


def test_figures_in_different_units_never_share_an_axis(ds):
    fig = charts.figures_chart(view_of(ds, Filters())).figure
    units = [t.name for t in fig.data]
    assert len(units) == len(set(units)) >= 2  # one trace per unit
    assert len({t.yaxis for t in fig.data}) == len(units)
    for trace in fig.data:
        axis = fig.layout["yaxis" + trace.yaxis[1:]]
        assert axis.title.text.lower() == trace.name
        assert all(text.endswith(trace.name) for text in trace.text)
    domains = sorted(fig.layout["yaxis" + t.yaxis[1:]].domain for t in fig.data)
    assert all(low[1] < high[0] for low, high in zip(domains, domains[1:], strict=False)), "rows overlap"


def test_many_figures_of_one_unit_are_numbered_so_their_labels_never_overlap(ds):
    """Four or more bars in one unit's row (an officers row once several articles are merged) are labelled `#1`,
    `#2`...: each bar's text is its number alone, and the hover and the words under the chart give the whole label,
    so that labels do not run into each other at a phone's width."""
    import dataclasses
    extra = ds.figures.head(1).copy()
    many = pd.concat([ds.figures] + [extra.assign(figure_id=f"x{k}", value=float(k)) for k in range(4)],
                     ignore_index=True)
    chart = charts.figures_chart(view_of(dataclasses.replace(ds, figures=many), Filters()))
    crowded = [t for t in chart.figure.data if len(t.x) > charts.MAX_LABELLED_BARS]
    assert crowded and all(x.startswith("#") and "<br>" not in x for t in crowded for x in t.x)
    assert all(chart.figure.layout["xaxis" + t.xaxis[1:]].type == "category" for t in crowded)  # not read as numbers
    assert all(not text.endswith(t.name) for t in crowded for text in t.text)  # the axis title names the unit
    assert all("(" in c[1] for t in crowded for c in t.customdata)  # the whole label, for the hover
    assert "#1 " in chart.summary
    few = [t for t in chart.figure.data if len(t.x) <= charts.MAX_LABELLED_BARS]
    assert few and all(not x.startswith("#") for t in few for x in t.x)


def test_a_fraction_or_a_sum_with_pence_is_written_as_its_amount_not_rounded_away(ds):
    """A figure drafted from `a quarter of its PCSOs` is stored as 0.25 of unit `fraction`, and one from `£1.5m` as
    1.5 million pounds: the charts and their words give `25%` and `1.5 million pounds`, never `0 fraction` or `2`."""
    import dataclasses
    figures = ds.figures.copy()
    figures.loc[figures.index[0], ["value", "unit"]] = [0.25, "fraction"]
    figures.loc[figures.index[1], ["value", "unit"]] = [1.5, "million pounds"]
    chart = charts.figures_chart(view_of(dataclasses.replace(ds, figures=figures), Filters()))
    texts = [t for trace in chart.figure.data for t in trace.text]
    assert "25%" in texts and "1.5 million pounds" in texts, texts
    assert "25%" in chart.summary and "1.5 million pounds" in chart.summary
    assert display.figure_amount(0.3333, "fraction") == "33%" and display.figure_amount(215, "officers") == \
        "215 officers"


def _relative_luminance(colour: str) -> float:
    hex_digits = colour.lstrip("#")
    hex_digits = "".join(c * 2 for c in hex_digits) if len(hex_digits) == 3 else hex_digits
    channels = [int(hex_digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_relative_luminance(a), _relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_one_colour_one_meaning_on_every_chart(ds):
    """The record is blue and a claim vermilion wherever they are; no other trace takes either colour; every bar
    either stands at 3:1 against the white background or has an outline that does."""
    built = [c for c in charts.build_charts(view_of(ds, Filters())) if c.figure is not None]
    assert contrast(charts.OFFICIAL_COLOUR, "#ffffff") >= 3 and contrast(charts.CLAIM_COLOUR, "#ffffff") >= 3
    for chart in built:
        for trace in chart.figure.data:
            colour = trace.marker.color if trace.type == "bar" else trace.line.color
            name = trace.name or ""
            if name.startswith("Official"):
                assert colour == charts.OFFICIAL_COLOUR
            elif name.startswith("Extra officers claimed") or chart.key == "figures":
                assert colour == charts.CLAIM_COLOUR, (chart.key, name)
            else:
                assert colour not in (charts.OFFICIAL_COLOUR, charts.CLAIM_COLOUR), (chart.key, name)
            if trace.type == "bar":
                assert contrast(colour, "#ffffff") >= 3 or contrast(trace.marker.line.color, "#ffffff") >= 3
            else:
                assert contrast(colour, "#ffffff") >= 3


def test_markup_in_data_is_escaped_in_chart_labels(ds):
    speakers = ds.speakers.assign(name=ds.speakers["name"].replace("Neil Pudney", "<b>Neil</b>"))
    figures = ds.figures.assign(speaker_name=ds.figures["speaker_name"].replace("Neil Pudney", "<b>Neil</b>"))
    tampered = filters.View(ds.__class__(**{**ds.__dict__, "speakers": speakers}), Filters(), ds.quotes,
                           figures.assign(wider_note=""))
    names = {n[0] for t in charts.figures_chart(tampered).figure.data for n in t.customdata}
    assert "&lt;b&gt;Neil&lt;/b&gt;" in names and "<b>Neil</b>" not in names


def test_financial_year_reads_only_april_to_march():
    assert display.financial_year(pd.Timestamp("2018-04-01"), pd.Timestamp("2019-03-31")) == "2018/19"
    assert display.financial_year(pd.Timestamp("2019-07-22"), pd.NaT) is None


def test_tag_counts_match_counting_every_quote_one_by_one(ds):
    quotes = ds.quotes
    expected = (quotes[["quote_id", "area_ids", "topics"]].explode("area_ids").explode("topics")
                .groupby(["area_ids", "topics"])["quote_id"].nunique())
    counted = charts.tag_counts(quotes, ["area_ids", "topics"])
    assert dict(counted) == expected.to_dict()
    assert sum(counted.values()) > len(quotes)  # some quotes have two areas or topics


def test_timeline_marks_inferred_dates_and_lists_each_event_once(ds):
    events = charts.timeline_events(view_of(ds, Filters()))
    assert events["label"].is_unique and events["inferred"].all()
    launch = events[events["label"].str.startswith("23 locations")].iloc[0]
    assert launch["start"] == pd.Timestamp("2019-07-22") == launch["end"]


@pytest.mark.parametrize("chosen", [
    Filters(), Filters(areas=("Castle Point",)), Filters(q="bobbies"), Filters(speakers=("Tony Cox",)),
    Filters(q="no quote says this"),
])
def test_every_chart_is_a_valid_plotly_figure(ds, chosen):
    # The page builds figures without Plotly's validation (for speed); here each is built again with it on.
    built = charts.build_charts(view_of(ds, chosen))
    for chart in built:
        if chart.figure is not None:
            again = charts.validated(chart.figure)
            assert again.layout.title.text == chart.title
            assert len(again.data) == len(chart.figure.data) > 0


def test_validation_still_catches_a_misspelt_property():
    with pytest.raises(ValueError, match="colour"):
        charts.validated(charts.plain_figure([dict(type="bar", x=[1], y=[2], colour="red")], {}))


def test_charts_of_hostile_data_are_drawn_as_valid_figures(hostile_dataset):
    hostile = load_dataset(hostile_dataset)
    built = charts.build_charts(view_of(hostile, Filters()))
    drawn = [chart for chart in built if chart.figure is not None]
    assert len(drawn) == len(built), [c.summary for c in built if c.figure is None]
    for chart in drawn:
        charts.validated(chart.figure)


def test_officer_chart_without_an_official_series_shows_the_claims_alone(ds):
    no_record = ds.__class__(**{**ds.__dict__, "officer_fte": ds.officer_fte.iloc[0:0]})
    chart = charts.officer_numbers_chart(view_of(no_record, Filters()))
    assert [t.name.split("<br>")[0] for t in chart.figure.data] == ["Extra officers claimed by Essex Police,"]
    assert "no year-end count yet" in chart.summary
    charts.validated(chart.figure)


def test_claims_of_several_people_for_one_year_stand_side_by_side(tmp_path):
    from components.dataset.synthetic import write_synthetic_dataset

    ds = load_dataset(write_synthetic_dataset(tmp_path, 60))  # copies rotate who says what
    chart = charts.officer_numbers_chart(view_of(ds, Filters()))
    claimed = [t for t in chart.figure.data if t.name.startswith("Extra officers claimed")]
    assert len({t.legendgroup for t in claimed}) >= 2
    for trace in claimed:
        assert len(set(trace.x)) == len(trace.x), "two bars of one trace would overlap on one year"
        assert trace.marker.color != charts.OFFICIAL_COLOUR
    shown = sorted((x, y, t.legendgroup) for t in claimed for x, y in zip(t.x, t.y, strict=True))
    extra = ds.figures[ds.figures["metric"] == "extra_officers"]
    expected = sorted(set(zip(charts.financial_years(extra), extra["value"], extra["speaker_name"], strict=True)))
    assert shown == expected
    assert sum(t.showlegend is not False for t in claimed) == len({t.legendgroup for t in claimed})
    charts.validated(chart.figure)
