"""The briefing: one self-contained HTML page of a view, laid out to print on A4, with the charts as PNGs and
every figure and quote in view linked to its source. No Streamlit."""

from __future__ import annotations

import html
from base64 import b64encode
from datetime import date

import pandas as pd

from components.export import images
from components.export.files import safe_url
from components.export.images import GET_BROWSER_HINT, ExportError, Renderer
from components.view import article, display, record
from components.view.charts import CLAIMS_CAVEAT, Chart
from components.view.filters import DEFAULT_BASE_URL, View

BRIEFING_NO_IMAGE = ("Chart image not included: no Chrome or Chromium was found on the server to draw it "
                     f"(to include charts, {GET_BROWSER_HINT}).")

BRIEFING_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 Arial, Helvetica, sans-serif; color: #222; max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
.view { font-weight: bold; }
.caveat, .note, figcaption { color: #555; }
figure { margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; width: 100%; height: auto; border: 1px solid #eee; }
.missing { border: 1px dashed #999; padding: 4mm; color: #555; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
thead { display: table-header-group; }
tr, td, th { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 1px solid #ddd; }
th { border-bottom: 2px solid #888; }
td.num { text-align: right; white-space: nowrap; font-weight: bold; }
a { color: #0050a0; }
@media print { body { padding: 0; max-width: none; } }
"""
MAX_BRIEFING_ROWS = 500


def briefing_images(charts: list[Chart], renderer: Renderer | None = None) -> dict[str, bytes | str]:
    """Each drawable chart as PNG bytes, or the sentence that takes its place when it cannot be drawn."""
    drawn: dict[str, bytes | str] = {}
    failed = BRIEFING_NO_IMAGE if images.find_chromium() is None else ""
    for chart in charts:
        if chart.figure is None:
            continue
        if not failed:
            try:
                drawn[chart.key] = images.chart_image(chart, "png", renderer)
                continue
            except ExportError as err:  # a renderer that fails once is not made to wait out the rest
                failed = f"Chart image not included: {err}"
        drawn[chart.key] = failed
    return drawn


def briefing_html(view: View, charts: list[Chart], images: dict[str, bytes | str], prepared: date | None = None,
                  base_url: str = DEFAULT_BASE_URL) -> bytes:
    """One self-contained page of the view for print (A4) or e-mail: the charts as embedded PNGs, then every
    figure and quote in view with who said it and a link to where. All data text is escaped."""
    e = html.escape
    where = view.filters.describe()
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width">',
        f"<title>Briefing: police resourcing claims · {e(where)}</title>",
        f"<style>{BRIEFING_CSS}</style></head><body>",
        "<header><h1>Police resourcing claims: briefing</h1>",
        f'<p class="view">{e(where)}</p>',
        *(f'<p class="note">{e(n)}</p>' for n in view.filters.notices),
        f"<p>{len(view.quotes):,} quote(s) and {len(view.figures):,} figure(s) in view, from "
        f"{_sources_html(view)}.</p>",
        f'<p class="caveat">{e(CLAIMS_CAVEAT)} Prepared {e(f"{prepared or date.today():%-d %B %Y}")}.</p>',
        "</header>",
        '<section class="charts">', *(_chart_html(c, images.get(c.key)) for c in charts), "</section>",
        _figures_section(view), _quotes_section(view, base_url), "</body></html>",
    ]
    return "\n".join(parts).encode("utf-8")


def _sources_html(view: View) -> str:
    ids = view.quotes["source_id"].unique().tolist() or view.ds.sources["source_id"].tolist()
    rows = view.ds.sources[view.ds.sources["source_id"].isin(ids)]
    return "; ".join(f"{html.escape(r['publisher'])}, {_link(r['url'], '“' + r['title'] + '”')}"
                     for _, r in rows.iterrows())


def _link(url: str, text: str) -> str:
    url = safe_url(url)
    body = html.escape(text)
    return f'<a href="{html.escape(url, quote=True)}">{body}</a>' if url else body


def _chart_html(chart: Chart, image: bytes | str | None) -> str:
    e = html.escape
    if chart.figure is None:
        body = f'<p class="missing">{e(chart.summary)}</p>'
    elif isinstance(image, bytes):
        body = (f'<img alt="{e(chart.summary, quote=True)}" src="data:image/png;base64,{b64encode(image).decode()}">'
                f"<figcaption>{e(chart.summary)}</figcaption>")
    else:
        body = f'<p class="missing">{e(image or BRIEFING_NO_IMAGE)}</p><figcaption>{e(chart.summary)}</figcaption>'
    return f"<figure><h2>{e(chart.title)}</h2>{body}</figure>"


def _figures_section(view: View) -> str:
    e = html.escape
    if view.figures.empty:
        return "<section><h2>Figures in view</h2><p>No figure is in view.</p></section>"
    sources = view.ds.sources.set_index("source_id")
    rows = []
    shown = view.figures.head(MAX_BRIEFING_ROWS)
    for (_, f), found in zip(shown.iterrows(), record.records(view.ds, shown), strict=True):
        where = display.areas_label([f["area_name"]], f.get("wider_note", ""))
        period = display.period_label(f["period_text"], f["period_start"], f["period_end"],
                                      bool(f.get("period_inferred")))
        evidence = view.ds.texts.get(f["source_id"], "")[f["start"]:f["end"]]
        source = sources.loc[f["source_id"]]
        link = article.text_fragment_url(safe_url(source["url"]), evidence)
        rows.append(
            f'<tr><td class="num">{e(display.figure_value(f["value"]))}</td>'
            f"<td>{e(f['unit'])}: {e(display.metric_words(f['metric']))}<br>{e(period)}</td>"
            f"<td>{e(f['speaker_name'])}</td><td>{e(where)}</td>"
            f"<td>{_link(link, source['publisher'])}</td>{_record_cell(found)}</tr>")
    return ("<section><h2>Figures in view</h2><table><thead><tr><th>Value</th><th>What, when</th>"
            "<th>Claimed by</th><th>About</th><th>Source</th><th>What the record shows</th></tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table>" + _more(view.figures, "figures") + "</section>")


def _record_cell(found: record.Record) -> str:
    small = " ".join(([f"Source: {found.source_text}."] if found.sources else []) + list(found.caveats))
    return f"<td>{html.escape(found.shows)}" + (f"<br><small>{html.escape(small)}</small>" if small else "") + "</td>"


def _quotes_section(view: View, base_url: str) -> str:
    e = html.escape
    if view.quotes.empty:
        return "<section><h2>Quotes in view</h2><p>No quote matches these filters.</p></section>"
    sources = view.ds.sources.set_index("source_id")
    areas = view.ds.areas.set_index("area_id")["name"]
    rows = []
    for _, q in view.quotes.head(MAX_BRIEFING_ROWS).iterrows():
        role = display.speaker_role(q["speaker_name"], q["speaker_role"], q["speaker_organisation"])
        who = e(q["speaker_name"]) + (f"<br><small>{e(role)}</small>" if role else "")
        about = display.areas_label([areas.get(a, a) for a in q["area_ids"]], q["wider_note"])
        source = sources.loc[q["source_id"]]
        link = _link(article.text_fragment_url(safe_url(source["url"]), q["text"]),
                     f"{source['publisher']}, “{source['title']}”")
        here = _link(view.filters.link(base_url, q["quote_id"]), "link to this quote")
        rows.append(f"<tr><td>{who}</td><td>“{e(q['text'])}”<br><small>{e(q['kind'])} quote · {e(about)} · "
                    f"{here}</small></td><td>{link}</td></tr>")
    return ("<section><h2>Quotes in view</h2><table><thead><tr><th>Speaker</th><th>Quote</th><th>Source</th>"
            "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>" + _more(view.quotes, "quotes") + "</section>")


def _more(frame: pd.DataFrame, noun: str) -> str:
    extra = len(frame) - MAX_BRIEFING_ROWS
    return f'<p class="note">…and {extra:,} more {noun}: download the CSV for all of them.</p>' if extra > 0 else ""


def briefing(view: View, charts: list[Chart], renderer: Renderer | None = None,
             base_url: str = DEFAULT_BASE_URL) -> bytes:
    """The briefing with its chart images drawn now (or, with no browser, a sentence in their place); each quote
    links to itself in the dashboard at `base_url`."""
    return briefing_html(view, charts, briefing_images(charts, renderer), base_url=base_url)

