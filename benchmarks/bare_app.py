"""The baseline for the page benchmark: the app a newcomer would write on the same data, with nothing extra.

It reads the same CSVs (CLAIMS_DATA_DIR, else the shipped data/) once per process with `st.cache_resource`, as
the dashboard caches its dataset, offers the same two widgets under the same keys (`area`, `q`) so one driver
runs both apps, filters the obvious way (substring on the `;`-joined area ids, case-insensitive substring on
the quote text), and draws as many Plotly charts as the dashboard (five) from the filtered frames and one
`st.dataframe` holding every quote in view. No validation, no typing of columns, no wider-area logic, no paging.

Run alone: `CLAIMS_DATA_DIR=/path/to/data streamlit run benchmarks/bare_app.py`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TABLES = ("areas", "speakers", "topics", "quotes", "figures")


def read_frames(data_dir: Path | str) -> dict[str, pd.DataFrame]:
    """The five tables as pandas reads them, speaker names joined onto quotes and figures."""
    frames = {name: pd.read_csv(Path(data_dir) / f"{name}.csv", keep_default_na=False) for name in TABLES}
    names = frames["speakers"].set_index("speaker_id")["name"]
    for name in ("quotes", "figures"):
        frames[name]["speaker"] = frames[name]["speaker_id"].map(names)
    return frames


@st.cache_resource
def cached_frames(data_dir: str) -> dict[str, pd.DataFrame]:
    return read_frames(data_dir)


def bar_figure(title: str, frame: pd.DataFrame, x: str, y: str, colour: str | None = None, **layout) -> go.Figure:
    fig = go.Figure()
    groups = frame.groupby(colour, sort=False) if colour else [("", frame)]
    for name, rows in groups:
        fig.add_bar(name=str(name), x=rows[x], y=rows[y])
    fig.update_layout(title=title, **layout)
    return fig


def build_figures(quotes: pd.DataFrame, figures: pd.DataFrame) -> list[go.Figure]:
    """Extra officers claimed, every figure, quotes by speaker and topic, topics by area, and when the figures'
    periods start."""
    officers = figures[figures["metric"] == "extra_officers"]
    by_topic = quotes.assign(topic=quotes["topics"].str.split(";")).explode("topic")
    by_speaker = by_topic.groupby(["speaker", "topic"]).size().rename("quotes").reset_index()
    pairs = by_topic.assign(area=by_topic["area_ids"].str.split(";")).explode("area")
    by_area = pairs.groupby(["area", "topic"]).size().rename("quotes").reset_index()
    return [
        bar_figure("Extra officers claimed", officers, "period_text", "value", "speaker"),
        bar_figure("Every figure in view", figures, "figure_id", "value", "speaker"),
        bar_figure("Quotes by speaker and topic", by_speaker, "speaker", "quotes", "topic", barmode="stack"),
        bar_figure("Topics by area", by_area, "area", "quotes", "topic", barmode="group"),
        periods_figure(figures),
    ]


def periods_figure(figures: pd.DataFrame) -> go.Figure:
    dated = figures[figures["period_start"] != ""]
    fig = go.Figure(go.Scatter(x=dated["period_start"], y=dated["metric"], mode="markers"))
    fig.update_layout(title="When the figures' periods start")
    return fig


def main() -> None:
    st.set_page_config(page_title="Bare claims app", layout="wide")
    frames = cached_frames(os.environ.get("CLAIMS_DATA_DIR") or str(DATA_DIR))
    quotes, figures, areas = frames["quotes"], frames["figures"], frames["areas"]

    chosen = st.sidebar.multiselect("Area", areas["name"].tolist(), key="area")
    q = st.sidebar.text_input("Search quotes", key="q")
    if chosen:
        ids = areas.loc[areas["name"].isin(chosen), "area_id"]
        quotes = quotes[quotes["area_ids"].str.contains("|".join(ids))]
    if q:
        quotes = quotes[quotes["text"].str.contains(q, case=False, regex=False)]
    figures = figures[figures["quote_id"].isin(quotes["quote_id"])]

    st.title("Police resourcing claims")
    st.metric("Quotes in view", f"{len(quotes):,}")
    for fig in build_figures(quotes, figures):
        st.plotly_chart(fig)
    st.dataframe(quotes[["speaker", "kind", "text", "area_ids", "topics"]], hide_index=True)


if __name__ == "__main__":  # Streamlit runs the script as __main__; the benchmark imports read_frames
    main()
