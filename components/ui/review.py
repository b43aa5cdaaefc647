"""Render functions of the 'Add an article' page: one widget group each. The tables, checks and ZIP are made by
the pure functions of `review_data.py`; nothing here writes to the shipped data.

Corrections live in `st.session_state`: each editor starts from a base table kept there, and the edited tables
are saved there on every run, so they survive reruns and a visit to the dashboard page. A new article text (or
publisher, which changes who the draft's speakers are) starts them again from the new draft.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import drafting
from components.dataset import schema
from components.drafting import ArticleMeta, Draft
from components.drafting import review_data as rd
from components.drafting.worker import ArticleRefused, DraftFailed
from components.ui import page
from components.view import article

TEXT, UPLOAD, UPLOAD_NAME, UPLOAD_PROBLEM = "review_text", "review_upload", "review_upload_name", "review_problem"
TITLE = "review_title"
META_FIELDS = {  # session key -> (label, placeholder)
    TITLE: ("Title", "the headline as published"),
    "review_publisher": ("Publisher", "e.g. Southend Echo"),
    "review_url": ("Link", "https://…"),
    "review_published": ("Published (YYYY-MM-DD)", "e.g. 2019-07-16; empty if not stated"),
}
DRAFT_KEY = "review_draft_key"
TABLE_LABELS = {"quotes": "Quotes", "speakers": "Speakers", "figures": "Figures"}
ROW_DELETION = {"quotes": "delete", "speakers": "fixed", "figures": "delete"}
EDITOR_ROW_PX, EDITOR_MAX_ROWS = 35, 15  # Streamlit's row height; longer tables scroll inside the editor
# Below this width the text box and the article's details stack, so neither is squeezed.
LAYOUT_CSS = """
<style>
@media (max-width: 1100px) {
  .st-key-review-input [data-testid="stHorizontalBlock"] { flex-direction: column; }
  .st-key-review-input [data-testid="stColumn"] { width: 100% !important; flex: 1 1 100% !important; }
}
</style>
"""


def editor_key(name: str) -> str:
    return f"review_editor_{name}"


def _base_key(name: str) -> str:
    return f"review_base_{name}"


def _saved_key(name: str) -> str:
    return f"review_saved_{name}"


@dataclass(frozen=True)
class ArticleInput:
    text: str
    meta: ArticleMeta


# --- the article in ------------------------------------------------------------------------------------------

def render_intro() -> None:
    st.title("Add an article")
    st.markdown("Paste an article or upload it as a `.txt` file. Its quotes, speakers and figures are drafted by "
                "rules, highlighted in the text and listed in tables you can correct; the tables are checked as "
                "you edit, and you download the reviewed draft as a ZIP for `python -m components merge`. "
                "**Nothing on this page writes to the dashboard's data.**")


def _load_upload() -> None:
    """On a new upload: put its text in the text box, or say why it cannot be read."""
    uploaded = st.session_state.get(UPLOAD)
    st.session_state[UPLOAD_PROBLEM] = ""
    if uploaded is None:
        return
    text, problem = rd.decode_upload(uploaded.getvalue(), uploaded.name)
    if problem:
        st.session_state[UPLOAD_PROBLEM] = problem
        return
    st.session_state[TEXT] = text
    st.session_state[UPLOAD_NAME] = uploaded.name
    if not st.session_state.get(TITLE, "").strip():
        st.session_state[TITLE] = drafting.title_from_filename(uploaded.name)


def render_article_input() -> ArticleInput | None:
    """The text box, the upload and the article's details; None (with a sentence) until there is a text."""
    st.html(LAYOUT_CSS)
    left, right = st.container(key="review-input").columns([3, 2], gap="medium")
    with right:
        st.file_uploader("Or upload the article (.txt, UTF-8)", type=["txt"], key=UPLOAD, on_change=_load_upload,
                         help="Its text replaces what is in the box.")
        if st.session_state.get(UPLOAD_PROBLEM):
            st.error(article.escape_markdown(st.session_state[UPLOAD_PROBLEM]), icon=":material/error:")
        values = {key: st.text_input(label, key=key, placeholder=hint, persist_state="session")
                  for key, (label, hint) in META_FIELDS.items()}
        st.caption("A new text or publisher drafts the article again and clears your corrections; the title, "
                   "link and date only change sources.csv.")
    with left:
        text = st.text_area("Article text", key=TEXT, height=440, persist_state="session",
                            placeholder="Paste the article's plain text: paragraphs separated by a blank line. "
                                        "Press Ctrl+Enter or click outside the box to draft it.")
    if not (text or "").strip():
        st.info("Paste an article into the box, or upload it as a .txt file, to draft its quotes and figures.")
        return None
    title, publisher, url, published = (values[key] or "" for key in META_FIELDS)
    filename = rd.article_filename(title, st.session_state.get(UPLOAD_NAME, ""))
    return ArticleInput(text, rd.article_meta(title, publisher, url, published, filename))


@st.cache_data(max_entries=8, show_spinner="Drafting the article…")
def _cached_draft(text: str, title: str, publisher: str, url: str, published: str, path: str) -> Draft:
    return rd.draft_of(text, ArticleMeta(title, publisher, url, published, path))


def drafted(given: ArticleInput) -> Draft | None:
    """The draft of the article, cached on its text and details; None, with the reason shown, when the text is
    refused or the draft does not finish."""
    m = given.meta
    try:
        return _cached_draft(given.text, m.title, m.publisher, m.url, m.published, m.path)
    except (ArticleRefused, DraftFailed) as problem:
        st.error(article.escape_markdown(str(problem)), icon=":material/error:")
        return None


def render_draft_summary(d: Draft) -> None:
    quotes, held = d.frames["quotes"], rd.held_back_figures(d)
    kinds = quotes["kind"].value_counts()
    st.subheader("The draft")
    st.markdown(f"Found **{len(quotes)} quotes** ({kinds.get('direct', 0)} direct, {kinds.get('partial', 0)} partial, "
                f"{kinds.get('reported', 0)} reported) from **{len(d.frames['speakers'])} speakers**, and "
                f"**{len(d.frames['figures']) - len(held)} figures**"
                + (f" ({len(held)} more, whose evidence does not hold their value, go to held_back_figures.csv)."
                   if len(held) else "."))
    st.markdown(rd.rows_to_check(quotes))
    if d.unsure:
        with st.expander(f"What the draft is unsure of ({len(d.unsure)})"):
            st.markdown("\n".join(f"- {article.escape_markdown(line)}" for line in d.unsure))


# --- the tables ------------------------------------------------------------------------------------------------

def editor_bases(given: ArticleInput, d: Draft) -> dict[str, pd.DataFrame]:
    """The table each editor starts from: the draft's, or the corrections saved when the editor was last shown
    (the page was left and opened again). A new text or publisher clears them."""
    key = hashlib.sha256(f"{given.meta.publisher}\x00{given.text}".encode()).hexdigest()
    if st.session_state.get(DRAFT_KEY) != key:
        for name in TABLE_LABELS:
            for stale in (editor_key(name), _base_key(name), _saved_key(name)):
                st.session_state.pop(stale, None)
        st.session_state[DRAFT_KEY] = key
    for name, frame in rd.editor_tables(d).items():
        if editor_key(name) not in st.session_state:  # the editor is new on this run
            st.session_state[_base_key(name)] = st.session_state.get(_saved_key(name), frame)
    return {name: st.session_state[_base_key(name)] for name in TABLE_LABELS}


def _column_configs(d: Draft, bases: dict[str, pd.DataFrame]) -> dict[str, dict]:
    names = dict(zip(bases["speakers"]["speaker_id"], bases["speakers"]["name"], strict=True))
    areas = dict(zip(d.frames["areas"]["area_id"], d.frames["areas"]["name"], strict=True))
    text, read_only = st.column_config.TextColumn, {"disabled": True}
    speaker = st.column_config.SelectboxColumn("speaker", options=list(names), required=True, width=130,
                                               format_func=lambda s: names.get(s, s))
    area = st.column_config.SelectboxColumn("area", options=list(areas), width=110,
                                            format_func=lambda a: areas.get(a, a))
    return {
        "quotes": {
            "quote_id": text("id", width=50, **read_only),
            "speaker_id": speaker,
            "kind": st.column_config.SelectboxColumn("kind", options=schema.QUOTE_KINDS, required=True, width=90),
            "text": text("words (from the article)", width=320, **read_only),
            "area_ids": text("areas", width=130,
                             help="Area ids separated by ;, e.g. southend;essex (see the ids below)."),
            "topics": text("topics", width=190,
                           help="Topic ids separated by ;, e.g. officer-numbers;arrests (see below)."),
            "note": text("note", width=210, help="How the draft read the speaker. 'Who said this?' and 'Check' mean "
                                                 "a rule could not tell or guessed: look there first. 'Usually right' "
                                                 "marks an inference that is seldom wrong, but not never."),
            "start": text("start", width=60, **read_only), "end": text("end", width=60, **read_only),
        },
        "speakers": {
            "speaker_id": text("id", width=110, **read_only),
            "name": text("name", required=True, width=120),
            "kind": st.column_config.SelectboxColumn("kind", options=schema.SPEAKER_KINDS, required=True,
                                                     width=100),
            "role": text("role", width=250),
            "organisation": text("organisation", width=150), "affiliation": text("affiliation", width=100),
            "area_id": area,
        },
        "figures": {
            "figure_id": text("id", width=50, **read_only),
            "value": text("value", help="The number, in digits, as the evidence writes it.", width=70),
            "unit": text("unit", width=90), "metric": text("metric", width=110),
            rd.EVIDENCE: text("evidence (from the article)", width=220, **read_only),
            "speaker_id": speaker,
            "quote_id": st.column_config.SelectboxColumn("in quote", options=list(bases["quotes"]["quote_id"]),
                                                         width=80),
            "period_text": text("period words", width=130), "area_id": area,
            "start": text("start", width=60, **read_only), "end": text("end", width=60, **read_only),
        },
    }


def render_editors(d: Draft, bases: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """An editor for each table; returns the edited frames and saves them in the session."""
    st.subheader("Correct the draft")
    st.caption("Pick speakers and kinds from the lists; type area and topic ids separated by semicolons. Grey columns "
               "come from the text and cannot change. Select rows at the left and press Delete to drop a false "
               "quote or figure; a speaker who no longer says anything is left out of the download.")
    configs = _column_configs(d, bases)
    edited = {}
    for name, label in TABLE_LABELS.items():
        st.markdown(f"**{label}** ({len(bases[name])})")
        edited[name] = st.data_editor(
            bases[name], key=editor_key(name), column_order=rd.EDITOR_COLUMNS[name], column_config=configs[name],
            num_rows=ROW_DELETION[name], hide_index=True, width="stretch",
            height=EDITOR_ROW_PX * (min(len(bases[name]), EDITOR_MAX_ROWS) + 1) + 3)
        st.session_state[_saved_key(name)] = edited[name]
    render_id_reference(d)
    return edited


def render_id_reference(d: Draft) -> None:
    with st.expander("Area and topic ids to type in the tables"):
        areas, topics = st.columns(2)
        areas.dataframe(d.frames["areas"][["area_id", "name", "kind", "parent_id"]], hide_index=True,
                        width="stretch")
        topics.dataframe(rd.topic_choices(d.frames["topics"])[["topic_id", "label"]], hide_index=True,
                         width="stretch")


# --- the article, the check and the download -----------------------------------------------------------------

def render_highlighted_article(text: str, tables: dict[str, pd.DataFrame]) -> None:
    st.subheader("The article, with the draft's spans")
    st.caption("Pale yellow: a quote or claim. Orange: a figure. A wavy red underline: a quote whose speaker the draft "
               "guessed or could not read (its note says why); a speaker read from a pronoun back to the last person "
               "named is usually right and not underlined. The highlights follow your corrections.")
    body = article.highlighted_html(text, rd.highlight_spans(tables))
    with st.container(height=440, key="review-article"):
        st.html(page.CSS + f'<div class="claims-article">{body}</div>')


def render_validation(problems: list[str], tables: dict[str, pd.DataFrame]) -> None:
    st.subheader("Check")
    if not problems:
        counts = ", ".join(f"{len(tables[n])} {n}" for n in ("quotes", "speakers", "figures"))
        st.success(f"Valid: `python -m components validate` accepts this draft ({counts}).",
                   icon=":material/check_circle:")
        return
    st.error(f"{len(problems)} problem(s) to fix in the tables above. Each line reads `file:row: column: message`; "
             "row 2 is a table's first row.", icon=":material/error:")
    st.code("\n".join(problems), language=None)


def render_download(d: Draft, tables: dict[str, pd.DataFrame], meta: ArticleMeta, problems: list[str]) -> None:
    report = rd.review_report(d, tables, meta, problems)
    data = rd.draft_zip(tables, d.text, report, rd.held_back_figures(d))
    st.download_button("Download the reviewed draft (ZIP)", data, file_name=rd.zip_filename(tables),
                       mime="application/zip", on_click="ignore", type="primary", icon=":material/download:",
                       key="review_download")
    st.caption("It holds data/*.csv, the article under seeds/ and report.md. Unzip it, then "
               "`python -m components merge FOLDER --dry-run` shows what it would add to the dataset."
               + (f" It still has {len(problems)} problem(s), which `merge` refuses." if problems else ""))
