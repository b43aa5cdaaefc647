"""The files of a view that need no browser: interactive HTML, CSV, JSON and the dataset ZIP, and their names."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
import zipfile

import pandas as pd
from export_support import MARKUP, chart, view_of

from components.dataset.load import load_dataset
from components.export import briefing, files, images
from components.view.charts import EXPORT_SCALE


def test_file_names_say_what_and_where(ds, castle_point):
    assert chart(castle_point, "officer-numbers").filename(castle_point.filters, "png") == \
        "officer-numbers-castle-point.png"
    assert chart(view_of(ds), "figures").filename(view_of(ds).filters, "svg") == "figures-all-areas.svg"
    assert castle_point.filters.filename("quotes", "csv") == "quotes-castle-point.csv"
    config = images.plotly_config(chart(castle_point, "officer-numbers"), castle_point.filters)
    assert config["toImageButtonOptions"]["filename"] == "officer-numbers-castle-point"
    assert config["toImageButtonOptions"]["scale"] == EXPORT_SCALE


def test_interactive_html_needs_no_browser(monkeypatch, castle_point):
    monkeypatch.setattr(images, "find_chromium", lambda: None)
    officers = chart(castle_point, "officer-numbers")
    page = files.chart_html(officers, castle_point.filters).decode("utf-8")
    assert page.lower().startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "<title>Officer numbers: claims against the record" in page
    assert "<script src=" not in page and len(page) > 1_000_000  # plotly.js is inside, not fetched
    assert "officer-numbers-castle-point" in page  # the camera button's file name


def read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)  # plain pandas skips the BOM


def test_quotes_csv_reads_back_into_the_rows_in_view(castle_point, repo_root):
    back = read_csv(files.csv_bytes(files.quotes_table(castle_point.quotes)))
    assert back["quote_id"].tolist() == castle_point.quotes["quote_id"].tolist()
    assert back["text"].tolist() == castle_point.quotes["text"].tolist()
    assert back["speaker_name"].tolist() == castle_point.quotes["speaker_name"].tolist()
    assert back["start"].astype(int).tolist() == castle_point.quotes["start"].tolist()
    # the dataset's own columns come out as they are stored
    stored = read_csv((repo_root / "data" / "quotes.csv").read_bytes()).set_index("quote_id")
    for column in stored.columns:
        assert back.set_index("quote_id")[column].tolist() == stored.loc[back["quote_id"], column].tolist(), column


def test_figures_csv_reads_back_into_the_rows_in_view(castle_point, repo_root):
    back = read_csv(files.csv_bytes(files.figures_table(castle_point.figures, castle_point.ds)))
    assert back["figure_id"].tolist() == castle_point.figures["figure_id"].tolist()
    assert back["value"].astype(float).tolist() == castle_point.figures["value"].tolist()
    stored = read_csv((repo_root / "data" / "figures.csv").read_bytes()).set_index("figure_id")
    for column in ("metric", "value", "unit", "period_text", "period_start", "period_end", "period_inferred"):
        assert back[column].tolist() == stored.loc[back["figure_id"], column].tolist(), column


def test_figures_csv_and_json_carry_what_the_record_shows(ds):
    everything = view_of(ds)
    back = read_csv(files.csv_bytes(files.figures_table(everything.figures, ds))).set_index("figure_id")
    assert back.loc["f02", ["record_kind", "record_force", "record_from_date", "record_from_fte", "record_to_date",
                            "record_to_fte", "record_change"]].tolist() == [
        "change", "Essex", "2019-03-31", "3070.95", "2020-03-31", "3298.15", "227.2"]
    assert "30 September 2020" in back.loc["f02", "record_source"]
    assert "not the number of officers recruited" in back.loc["f02", "record_caveats"]
    assert back.loc["f01", "record_change"] == "113.13"
    assert back.loc["f04", "record_kind"] == "none" and back.loc["f04", "record_change"] == ""
    assert back.loc["f04", "record_shows"].startswith("No official measure answers this figure")
    figures = {f["figure_id"]: f for f in json.loads(files.claims_json(everything))["figures"]}
    assert (figures["f02"]["record_from_date"], figures["f02"]["record_to_fte"], figures["f02"]["record_change"]) \
        == ("2019-03-31", 3298.15, 227.2)
    assert figures["f03"]["record_kind"] == "none" and figures["f03"]["record_change"] is None


def test_csv_of_an_empty_view_has_the_header_only(ds):
    empty = view_of(ds, q="no quote says this")
    back = read_csv(files.csv_bytes(files.quotes_table(empty.quotes)))
    assert back.empty and "quote_id" in back.columns


def test_json_maps_quotes_to_schema_org_quotations(ds, castle_point):
    doc = json.loads(files.claims_json(castle_point))
    assert doc["@context"] == "https://schema.org"
    quotes = doc["hasPart"]
    assert [q["identifier"] for q in quotes] == castle_point.quotes["quote_id"].tolist()
    speakers = ds.speakers.set_index("speaker_id")
    for q, (_, row) in zip(quotes, castle_point.quotes.iterrows(), strict=True):
        assert q["@type"] == "Quotation"
        assert q["text"] == row["text"]
        kind = speakers.loc[row["speaker_id"], "kind"]
        assert q["creator"] == q["creator"] | {"@type": {"person": "Person", "organisation": "Organization"}[kind],
                                               "name": row["speaker_name"]}
        assert q["isBasedOn"]["@type"] == "NewsArticle"
        assert q["isBasedOn"]["headline"] == "Cops now need zero tolerance approach"
        assert q["isBasedOn"]["publisher"] == {"@type": "Organization", "name": "Southend Echo"}
        assert q["isBasedOn"]["url"].startswith("https://www.echo-news.co.uk/")
        assert q["url"].startswith(q["isBasedOn"]["url"] + "#:~:text=")
    assert [f["figure_id"] for f in doc["figures"]] == castle_point.figures["figure_id"].tolist()
    assert doc["filters"]["area"] == ["Castle Point"]


def test_zip_holds_the_whole_dataset_and_validates_unzipped(ds, repo_root, tmp_path):
    data = files.dataset_zip(ds)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        assert "data/README.md" in names
        for path in (repo_root / "data").glob("*.csv"):
            assert f"data/{path.name}" in names
            assert zf.read(f"data/{path.name}") == path.read_bytes()
        for rel in ds.sources["path"]:
            assert zf.read(rel) == (repo_root / rel).read_bytes()
        zf.extractall(tmp_path)
    assert len(load_dataset(tmp_path / "data").quotes) == len(ds.quotes)
    assert files.dataset_zip(ds) == data  # the same data, the same bytes


def test_only_web_links_become_links(castle_point):
    ds = dataclasses.replace(castle_point.ds, sources=castle_point.ds.sources.assign(url="javascript:alert(1)"))
    page = briefing.briefing_html(dataclasses.replace(castle_point, ds=ds), [], {}).decode("utf-8")
    assert "javascript:" not in page
    doc = json.loads(files.claims_json(dataclasses.replace(castle_point, ds=ds)))
    assert "url" not in doc["hasPart"][0]["isBasedOn"] and "url" not in doc["hasPart"][0]


def test_csv_keeps_markup_as_text(castle_point):
    quotes = castle_point.quotes.assign(text=MARKUP)
    rows = list(csv.DictReader(io.StringIO(files.csv_bytes(files.quotes_table(quotes)).decode("utf-8-sig"))))
    assert {r["text"] for r in rows} == {MARKUP}


# --- CSV cells a spreadsheet would run (issue 16, case 6) ------------------------------------------------------

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tx"]


def test_the_spreadsheet_safe_csv_puts_an_apostrophe_before_formula_cells_and_the_csv_keeps_them():
    frame = pd.DataFrame({"text": FORMULAS + ["plain", "a = b"], "value": [-1.5, 2, 3, 4, 5, 6, 7]})
    verbatim = read_csv(files.csv_bytes(frame))
    assert verbatim["text"].tolist() == FORMULAS + ["plain", "a = b"]
    safe = read_csv(files.csv_bytes(frame, spreadsheet_safe=True))
    assert safe["text"].tolist() == ["'" + f for f in FORMULAS] + ["plain", "a = b"]
    assert safe["value"].tolist() == ["-1.5", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0"]  # numbers stay numbers
    carriage_return = pd.DataFrame({"text": ["\rx"]})
    assert b"\n'\rx" in files.csv_bytes(carriage_return, spreadsheet_safe=True)
    assert b"\n\rx" in files.csv_bytes(carriage_return)


def test_the_shipped_data_reads_the_same_in_both_csvs(castle_point):
    table = files.quotes_table(castle_point.quotes, castle_point.filters, "https://claims.example.org/")
    assert files.csv_bytes(table, spreadsheet_safe=True) == files.csv_bytes(table)  # no cell starts with = + - @


def test_every_quote_in_the_csv_json_and_briefing_links_to_itself_in_this_view(castle_point):
    base = "https://claims.example.org/"
    back = read_csv(files.csv_bytes(files.quotes_table(castle_point.quotes, castle_point.filters, base)))
    assert back["link"].tolist() == [f"{base}?area=Castle%20Point&quote={q}" for q in back["quote_id"]]
    doc = json.loads(files.claims_json(castle_point, base))
    assert [q["mainEntityOfPage"] for q in doc["hasPart"]] == back["link"].tolist()
    page = briefing.briefing_html(castle_point, [], {}, base_url=base).decode("utf-8")
    for link in back["link"]:
        assert f'<a href="{html.escape(link)}">link to this quote</a>' in page
