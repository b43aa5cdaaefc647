"""The files of a view that need no browser: each chart as an interactive page, the quotes and figures in view
as CSV and JSON, and the whole dataset as a ZIP. No Streamlit."""

from __future__ import annotations

import html
import io
import json
import math
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

import pandas as pd

from components.dataset import schema
from components.dataset.load import Dataset
from components.export.images import IMAGE_FORMATS, ExportError, image_options, plotly_config
from components.view import article, record
from components.view.charts import CLAIMS_CAVEAT, Chart
from components.view.filters import DEFAULT_BASE_URL, Filters, View

MIME_TYPES = IMAGE_FORMATS | {"html": "text/html", "csv": "text/csv", "json": "application/ld+json",
                              "zip": "application/zip"}
DATASET_ZIP_NAME = "police-claims-dataset.zip"


def chart_html(chart: Chart, filters: Filters) -> bytes:
    """A self-contained interactive page (plotly.js inside, about 5 MB) that needs no server and no browser
    on the server."""
    if chart.figure is None:
        raise ExportError(chart.summary)
    height = image_options(chart.figure, "png")["height"]
    page = chart.figure.to_html(include_plotlyjs=True, full_html=True, config=plotly_config(chart, filters),
                                default_width="100%", default_height=f"{height}px")
    title = f"<title>{html.escape(chart.title)} · {html.escape(filters.describe())}</title>"
    return page.replace("<head>", f'<head><meta name="viewport" content="width=device-width">{title}', 1).encode()


# --- The data in view --------------------------------------------------------------------------------------

QUOTE_EXTRA = ("speaker_name", "speaker_role", "speaker_organisation", "wider_note")
FIGURE_EXTRA = ("speaker_name", "area_name", "wider_note")


def quotes_table(quotes: pd.DataFrame, filters: Filters | None = None, base_url: str = DEFAULT_BASE_URL
                 ) -> pd.DataFrame:
    """The quotes in view as text cells in the dataset's own format (ids joined by `;`, dates YYYY-MM-DD),
    with the speaker's name and role beside them and, given the view's filters, each quote's `link`: the
    dashboard at `base_url` in this view with the quote open in context."""
    table = _as_text(quotes, schema.QUOTES, QUOTE_EXTRA)
    if filters is not None:
        table["link"] = [filters.link(base_url, q) for q in table["quote_id"]]
    return table


def figures_table(figures: pd.DataFrame, ds: Dataset) -> pd.DataFrame:
    """The figures in view as text cells, with what the official record shows beside each (`record_*`)."""
    out = _as_text(figures, schema.FIGURES, FIGURE_EXTRA)
    found = record.record_frame(ds, figures)
    for name in record.RECORD_COLUMNS:
        kind = schema.DATE if name in record.RECORD_DATES else schema.TEXT
        out[name] = [_cell_text(v, kind) for v in found[name]]
    return out


def _as_text(frame: pd.DataFrame, table: schema.Table, extra: tuple[str, ...]) -> pd.DataFrame:
    out = {}
    for col in table.columns:
        values = frame[col.name] if col.name in frame.columns else pd.Series("", index=frame.index)
        out[col.name] = [_cell_text(v, col.kind) for v in values]
    for name in extra:
        out[name] = [_cell_text(v, schema.TEXT) for v in frame.get(name, pd.Series("", index=frame.index))]
    return pd.DataFrame(out, columns=[*out])


def _cell_text(value, kind: str) -> str:
    if isinstance(value, tuple):
        return schema.REFS_SEPARATOR.join(value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if kind == schema.DATE:
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if kind == schema.BOOL:
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP, "CSV Injection": what a spreadsheet may run


def csv_bytes(frame: pd.DataFrame, spreadsheet_safe: bool = False) -> bytes:
    """UTF-8 with a byte-order mark, so Excel reads the curly quotes right; pandas and csv read it too. Every
    cell verbatim; with `spreadsheet_safe`, a text cell beginning with = + - @, a tab or a carriage return gets
    a leading ' so a spreadsheet opened with a double click shows it rather than running it as a formula."""
    if spreadsheet_safe:
        frame = frame.copy()
        for column in frame.columns:
            if not pd.api.types.is_numeric_dtype(frame[column]) and not pd.api.types.is_bool_dtype(frame[column]):
                frame[column] = [f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v
                                 for v in frame[column].tolist()]
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


KIND_DESCRIPTIONS = {
    "direct": "Direct quote, as printed in quote marks.",
    "partial": "Words in quote marks inside reported speech.",
    "reported": "Claim reported without quote marks; the words are the article's, not the speaker's.",
}


def claims_json(view: View, base_url: str = DEFAULT_BASE_URL) -> bytes:
    """The quotes in view as schema.org `Quotation`s (JSON-LD), each with its speaker and article and, as
    `mainEntityOfPage`, its link in the dashboard at `base_url`; plus the figures in view as plain records under
    `figures`."""
    ds = view.ds
    articles = {row["source_id"]: news_article(row) for _, row in ds.sources.iterrows()}
    speakers = ds.speakers.set_index("speaker_id")
    areas = ds.areas.set_index("area_id")["name"]
    topics = ds.topics.set_index("topic_id")["label"]
    quotations = []
    for _, q in view.quotes.iterrows():
        item = {
            "@type": "Quotation",
            "identifier": q["quote_id"],
            "text": q["text"],
            "description": KIND_DESCRIPTIONS.get(q["kind"], q["kind"]),
            "creator": person_or_organisation(speakers.loc[q["speaker_id"]]),
            "isBasedOn": articles[q["source_id"]],
            "spatialCoverage": [{"@type": "Place", "name": areas.get(a, a)} for a in q["area_ids"]],
            "about": [{"@type": "DefinedTerm", "name": topics.get(t, t)} for t in q["topics"]],
            "mainEntityOfPage": view.filters.link(base_url, q["quote_id"]),
        }
        link = article.text_fragment_url(safe_url(articles[q["source_id"]].get("url", "")), q["text"])
        if link:
            item["url"] = link
        quotations.append(item)
    doc = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": "Police resourcing claims in view",
        "description": f"{view.filters.describe()}. {CLAIMS_CAVEAT}",
        "filters": view.filters.url_values(),
        "hasPart": quotations,
        "figures": [{k: _jsonable(v) for k, v in row.items()} for row in _figure_records(view)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def news_article(source: pd.Series) -> dict:
    item = {"@type": "NewsArticle", "headline": source["title"],
            "publisher": {"@type": "Organization", "name": source["publisher"]}}
    if safe_url(source.get("url", "")):
        item["url"] = source["url"]
    if pd.notna(source.get("published")) and source.get("published") is not None:
        item["datePublished"] = pd.Timestamp(source["published"]).strftime("%Y-%m-%d")
    return item


def person_or_organisation(speaker: pd.Series) -> dict:
    if speaker["kind"] == "organisation":
        return {"@type": "Organization", "name": speaker["name"]}
    item = {"@type": "Person", "name": speaker["name"]}
    if speaker.get("role"):
        item["jobTitle"] = speaker["role"]
    if speaker.get("organisation"):
        item["affiliation"] = {"@type": "Organization", "name": speaker["organisation"]}
    return item


def _figure_records(view: View) -> Iterable[dict]:
    """Each figure in view with what the official record shows beside it (`record_*`)."""
    figures = view.figures
    names = [c.name for c in schema.FIGURES.columns] + list(FIGURE_EXTRA)
    found = record.record_frame(view.ds, figures)
    return pd.concat([figures[[n for n in names if n in figures.columns]], found], axis=1).to_dict("records")


def _jsonable(value):
    if isinstance(value, tuple):
        return list(value)
    if value is None or (not isinstance(value, str | bool) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def safe_url(url: str) -> str:
    """Only web links become links; anything else (a `javascript:` URL in the data) does not."""
    url = str(url or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


# --- The whole dataset ------------------------------------------------------------------------------------

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same data gives the same bytes


def dataset_zip(ds: Dataset) -> bytes:
    """data/*.csv and data/README.md, plus the source texts sources.csv points at, as files on disk (byte for
    byte), under the same relative paths: unzipped, it is a dataset `python -m components validate` reads."""
    root = Path(ds.data_dir).resolve().parent
    data_dir = Path(ds.data_dir).resolve()
    files = sorted(data_dir.glob("*.csv")) + [p for p in [data_dir / "README.md"] if p.is_file()]
    members = {f"data/{p.name}": p for p in files}
    for rel in ds.sources["path"]:
        path = (root / rel).resolve()
        if path.is_file() and path.is_relative_to(root) and not PurePosixPath(rel).is_absolute():
            members[path.relative_to(root).as_posix()] = path  # texts outside the dataset's folder are left out
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, path in members.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
    return buffer.getvalue()


