"""The 'Add an article' page: the review helpers on their own (draft -> tables -> ZIP -> validate), and the page run
as Streamlit runs it (AppTest): paste, upload, edit, check, and nothing written to the shipped data."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from support import HOSTILE_QUOTE

from components.drafting import review_data as rd

ROOT = Path(__file__).resolve().parents[2]
PAGE = "pages/1_Add_an_article.py"  # opened from the dashboard, as a reader's browser does
SEED = ROOT / "seeds" / "cops-now-need-zero-tolerance-approach.txt"
TITLE = "Cops now need zero tolerance approach"
SHORT = ROOT / "tests" / "articles" / "castle-point-commons.txt"


def drafted(text: str, title: str = TITLE, publisher: str = "Southend Echo"):
    meta = rd.article_meta(title, publisher, "", "", rd.article_filename(title))
    d = rd.draft_of(text, meta)
    return d, meta


def reviewed(text: str, **edits: pd.DataFrame) -> tuple[object, dict[str, pd.DataFrame]]:
    d, _ = drafted(text)
    return d, rd.reviewed_tables(d, {**rd.editor_tables(d), **edits})


# --- the helpers -------------------------------------------------------------------------------------------------

def test_draft_of_the_shipped_article_round_trips_through_a_zip_that_validate_accepts(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    d, meta = drafted(text)
    tables = rd.reviewed_tables(d, rd.editor_tables(d))
    assert rd.validate_tables(tables, text) == []
    data = rd.draft_zip(tables, text, rd.review_report(d, tables, meta, []), rd.held_back_figures(d))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(tmp_path)
        names = set(archive.namelist())
    assert {f"data/{n}.csv" for n in ("sources", "areas", "speakers", "topics", "quotes", "figures")} <= names
    assert {"seeds/cops-now-need-zero-tolerance-approach.txt", "report.md"} <= names
    assert (tmp_path / "seeds" / SEED.name).read_bytes() == text.encode("utf-8")
    assert "`python -m components validate` accepts it" in (tmp_path / "report.md").read_text(encoding="utf-8")
    checked = subprocess.run([sys.executable, "-m", "components", "validate", "--data-dir", str(tmp_path / "data")],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stderr
    assert "20 quotes" in checked.stdout


def test_a_speaker_id_nobody_knows_is_a_problem_naming_quotes_csv_and_the_row():
    text = SEED.read_text(encoding="utf-8")
    d, _ = drafted(text)
    quotes = rd.editor_tables(d)["quotes"]
    quotes.loc[3, "speaker_id"] = "nobody"
    _, tables = reviewed(text, quotes=quotes)
    problems = rd.validate_tables(tables, text)
    assert len(problems) == 1
    assert problems[0].startswith("quotes.csv:5: speaker_id:")  # row 1 is the header, so the 4th quote is row 5
    assert "'nobody'" in problems[0] and "q04" in problems[0]


def test_the_report_of_a_broken_draft_lists_its_problems_instead_of_failing():
    text = SEED.read_text(encoding="utf-8")
    d, meta = drafted(text)
    quotes = rd.editor_tables(d)["quotes"]
    quotes.loc[0, "speaker_id"] = "nobody"
    _, tables = reviewed(text, quotes=quotes)
    report = rd.review_report(d, tables, meta, rd.validate_tables(tables, text))
    assert "1 problem(s) still to fix" in report and "unknown speaker id 'nobody'" in report


def test_edited_cells_are_trimmed_strings_and_cleared_cells_empty():
    text = SHORT.read_text(encoding="utf-8")
    d, _ = drafted(text, "MP calls for more officers")
    editors = rd.editor_tables(d)
    editors["quotes"].loc[0, ["area_ids", "note"]] = ["  castle-point ; essex ", None]
    _, tables = reviewed(text, quotes=editors["quotes"])
    assert tables["quotes"].loc[0, "area_ids"] == "castle-point ; essex"
    assert tables["quotes"].loc[0, "note"] == ""
    assert rd.EVIDENCE not in tables["figures"].columns
    assert rd.validate_tables(tables, text) == []


def test_speakers_and_proposed_topics_no_row_uses_are_left_out():
    text = SEED.read_text(encoding="utf-8")
    d, _ = drafted(text)
    quotes = rd.editor_tables(d)["quotes"]
    cox = quotes["speaker_id"] == "tony-cox"
    quotes.loc[cox, "speaker_id"] = "martin-terry"
    quotes.loc[0, "topics"] = "funding"  # a topic the drafter proposes, not a shipped one
    _, tables = reviewed(text, quotes=quotes)
    assert "tony-cox" not in set(tables["speakers"]["speaker_id"])
    assert "funding" in set(tables["topics"]["topic_id"])
    assert "needs-topic" not in set(tables["topics"]["topic_id"])
    assert rd.validate_tables(tables, text) == []


def test_a_proposed_area_no_row_uses_is_left_out():
    text = SHORT.read_text(encoding="utf-8")
    d, _ = drafted(text, "MP calls for more officers")
    assert "canvey-island" in d.proposed_areas
    editors = rd.editor_tables(d)
    for name, column in (("quotes", "area_ids"), ("speakers", "area_id"), ("figures", "area_id")):
        editors[name][column] = editors[name][column].str.replace("canvey-island", "castle-point")
    _, tables = reviewed(text, **editors)
    assert "canvey-island" not in set(tables["areas"]["area_id"])
    assert rd.validate_tables(tables, text) == []


def test_highlights_put_figures_after_quotes():
    text = SEED.read_text(encoding="utf-8")
    _, tables = reviewed(text)
    spans = rd.highlight_spans(tables)
    assert [css.split()[0] for *_, css in spans] == ["quote"] * 20 + ["figure"] * 4
    quotes = tables["quotes"]
    notes = quotes["note"].fillna("").str.strip()
    usually_right = notes.str.endswith("(attribution inferred; usually right).")
    to_check = (notes.ne("") & ~usually_right) | quotes["speaker_id"].eq("")
    assert usually_right.any() and to_check.any()  # (the shipped article has rows of both kinds)
    assert ["check" in css for *_, css in spans[:20]] == list(to_check)
    assert all(text[s:e] for s, e, _ in spans)


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "empty.txt is empty"),
    (b" \n\n ", "empty.txt is empty"),
    ("café".encode("latin-1"), "not UTF-8 text (byte 0xe9 at byte 3)"),
])
def test_an_unreadable_upload_says_why(data, expected):
    text, problem = rd.decode_upload(data, "empty.txt")
    assert text == ""
    assert expected in problem


def test_an_upload_loses_its_byte_order_mark_and_windows_line_ends():
    assert rd.decode_upload("\ufeffOne.\r\n\r\nTwo.".encode(), "a.txt") == ("One.\n\nTwo.", "")


def test_article_filename_is_safe():
    assert rd.article_filename("Cops now need zero tolerance!") == "cops-now-need-zero-tolerance.txt"
    assert rd.article_filename("x", "../../etc/pass wd.TXT") == "pass-wd.txt"
    assert rd.article_filename("") == "article.txt"


# --- the page ----------------------------------------------------------------------------------------------------

def review_page() -> AppTest:
    """The 'Add an article' page, reached from the dashboard (its links need the dashboard as entry point)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.switch_page(PAGE)
    return at


def page_with(text: str) -> AppTest:
    at = review_page()
    at.run()
    at.text_area(key="review_text").set_value(text)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def html_bodies(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_the_page_asks_for_an_article_first():
    at = review_page()
    at.run()
    assert not at.exception
    assert "Paste an article" in at.info[0].value
    assert not at.data_editor


def test_pasting_the_shipped_article_shows_its_20_quotes_and_says_valid():
    at = page_with(SEED.read_text(encoding="utf-8"))
    editors = {e.key: e.value for e in at.data_editor}
    assert len(editors["review_editor_quotes"]) == 20
    assert len(editors["review_editor_speakers"]) == 6
    assert len(editors["review_editor_figures"]) == 4
    assert [s.value for s in at.success] == ["Valid: `python -m components validate` accepts this draft (20 quotes, "
                                             "6 speakers, 4 figures)."]
    assert not at.error
    assert html_bodies(at).count('<mark class="quote') >= 15
    assert html_bodies(at).count('<mark class="figure">') == 4
    assert at.get("download_button")[0].label == "Download the reviewed draft (ZIP)"


def test_the_summary_counts_the_quotes_to_check_first_and_those_usually_right():
    """The rows whose speaker the rules guessed in a way that is often wrong, or could not read, are counted where
    the draft is summed up; rows read from a pronoun back to the last person named are counted apart, as usually
    right, and their notes say so in the table."""
    at = page_with(SEED.read_text(encoding="utf-8"))
    quotes = at.data_editor(key="review_editor_quotes").value
    notes = quotes["note"].fillna("").str.strip()
    usual = int(notes.str.endswith("(attribution inferred; usually right).").sum())
    check = int((notes.ne("") & ~notes.str.endswith("(attribution inferred; usually right).")).sum())
    assert quotes["speaker_id"].fillna("").ne("").all() and usual > 0 and check > 0
    said = [m.value for m in at.markdown if m.value.startswith("Check first:")]
    assert said == [f"Check first: {check} of {len(quotes)} quotes, underlined in the article. Each note stands "
                    f"beside the speaker in the table below. {usual} more were read from a pronoun or a title back "
                    "to the last person named, usually right; their notes say so."]


def test_with_nothing_to_check_the_summary_still_asks_for_every_row_to_be_checked():
    quotes = pd.DataFrame({"speaker_id": ["cllr-a", "cllr-b"], "note": ["", None]})
    assert rd.rows_to_check(quotes).startswith("No quote is marked to check first: of 2, each speaker was read")
    assert rd.rows_to_check(quotes).endswith("The rules still make mistakes, so check every row.")
    usual = pd.DataFrame({"speaker_id": ["cllr-a", "cllr-b"],
                          "note": ["The pronoun is read as A, the last named speaker (attribution inferred; usually "
                                   "right).", None]})
    assert "1 more was read from a pronoun" in rd.rows_to_check(usual)
    assert rd.rows_to_check(usual).startswith("No quote is marked to check first")
    one = pd.DataFrame({"speaker_id": ["", "cllr-b"], "note": ["Who said this?", None]})
    assert rd.rows_to_check(one).startswith("Check first: 1 of 2 quotes, underlined in the article, 1 of them with "
                                            "no speaker.")


def test_a_quote_to_check_is_underlined_until_the_reviewer_clears_its_note():
    at = page_with(SEED.read_text(encoding="utf-8"))
    quotes = at.data_editor(key="review_editor_quotes").value
    assert quotes["speaker_id"].ne("").all()  # (every quote of this article has a speaker: only notes underline)
    noted = [i for i, note in enumerate(quotes["note"].fillna("")) if note.strip()
             and not note.strip().endswith("(attribution inferred; usually right).")]
    assert noted and '<mark class="quote check">' in html_bodies(at)
    at.session_state["review_editor_quotes"] = {"edited_rows": {i: {"note": ""} for i in noted}, "added_rows": [],
                                                "deleted_rows": []}
    at.run()
    assert not at.exception
    assert "check" not in html_bodies(at).split("</style>")[-1]
    assert html_bodies(at).count('<mark class="quote">') >= 15


def test_an_edit_shows_its_problem_survives_a_rerun_and_a_new_text_clears_it():
    at = page_with(SEED.read_text(encoding="utf-8"))
    at.session_state["review_editor_quotes"] = {"edited_rows": {3: {"speaker_id": "nobody"}}, "added_rows": [],
                                                "deleted_rows": []}
    at.run()
    assert not at.exception
    assert "1 problem(s)" in at.error[0].value
    assert at.code[0].value.startswith("quotes.csv:5: speaker_id: quote 'q04': unknown speaker_id 'nobody'")
    at.run()
    assert at.code[0].value.startswith("quotes.csv:5: speaker_id:")
    at.text_area(key="review_text").set_value(SHORT.read_text(encoding="utf-8"))
    at.run()
    assert not at.exception and not at.error
    assert len(at.data_editor(key="review_editor_quotes").value) == 12
    assert at.success[0].value.startswith("Valid")


def test_a_deleted_quote_with_a_figure_in_it_is_a_problem_to_fix():
    at = page_with(SEED.read_text(encoding="utf-8"))
    figures = at.data_editor(key="review_editor_figures").value
    quote = figures["quote_id"].iloc[0]
    row = list(at.data_editor(key="review_editor_quotes").value["quote_id"]).index(quote)
    at.session_state["review_editor_quotes"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [row]}
    at.run()
    assert not at.exception
    assert f"unknown quote_id '{quote}'" in at.code[0].value
    assert html_bodies(at).count('<mark class="quote">') < 20


@pytest.mark.parametrize(("name", "data"), [("empty.txt", b""), ("latin.txt", "café".encode("latin-1"))])
def test_an_empty_or_non_utf8_upload_gives_a_message_not_an_exception(name, data):
    at = review_page()
    at.run()
    at.file_uploader(key="review_upload").set_value((name, data, "text/plain"))
    at.run()
    assert not at.exception
    assert len(at.error) == 1
    message = at.error[0].value.replace("\\", "")
    assert message.startswith(name) and ("is empty" in message or "is not UTF-8 text" in message)
    assert not at.data_editor


def test_an_uploaded_file_fills_the_box_and_the_title():
    at = review_page()
    at.run()
    at.file_uploader(key="review_upload").set_value((SHORT.name, SHORT.read_bytes(), "text/plain"))
    at.run()
    assert not at.exception
    assert at.text_area(key="review_text").value == SHORT.read_text(encoding="utf-8")
    assert at.text_input(key="review_title").value == "Castle point commons"
    assert len(at.data_editor(key="review_editor_quotes").value) == 12


def test_markup_in_the_pasted_text_is_shown_as_characters():
    # two speakers the draft cannot tell apart: its warning quotes the article's words back
    at = page_with(f"Eve Adams and a union said: “{HOSTILE_QUOTE}”\n\n<b>Bold</b> claims & <i>more</i>.")
    bodies = html_bodies(at)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in bodies
    assert "&lt;b&gt;Bold&lt;/b&gt; claims &amp; &lt;i&gt;more&lt;/i&gt;" in bodies
    for tag in ("<script", "<img", "<b>", "<i>"):
        assert tag not in bodies
    unescaped = re.compile(r"(?<!\\)<(?:script|img|b>|i>)")  # Markdown shows "\<" as "<", as characters
    assert not [m.value for m in at.markdown if unescaped.search(m.value)]
    assert any("\\<script\\>" in m.value for m in at.markdown)  # the draft's notes quote the article


def test_the_page_never_writes_to_the_shipped_data():
    def snapshot() -> dict[str, tuple[int, int]]:
        return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for d in ("data", "seeds") for p in
                sorted((ROOT / d).rglob("*")) if p.is_file()}

    before = snapshot()
    at = page_with(SEED.read_text(encoding="utf-8"))
    at.session_state["review_editor_speakers"] = {"edited_rows": {0: {"name": "Someone Else"}}, "added_rows": [],
                                                  "deleted_rows": []}
    at.run()
    assert not at.exception
    assert snapshot() == before


def test_corrections_survive_a_visit_to_the_dashboard():
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/1_Add_an_article.py").run()
    at.text_area(key="review_text").set_value(SEED.read_text(encoding="utf-8")).run()
    at.session_state["review_editor_quotes"] = {"edited_rows": {3: {"speaker_id": "nobody"}}, "added_rows": [],
                                                "deleted_rows": []}
    at.run()
    at.switch_page("dashboard.py").run()
    assert not at.exception and len(at.get("plotly_chart")) >= 4
    at.switch_page("pages/1_Add_an_article.py").run()
    assert not at.exception
    assert at.text_area(key="review_text").value == SEED.read_text(encoding="utf-8")
    assert at.code[0].value.startswith("quotes.csv:5: speaker_id: quote 'q04': unknown speaker_id 'nobody'")


def test_the_page_links_back_to_the_dashboard():
    at = review_page()
    at.run()
    assert [link.proto.label for link in at.get("page_link")] == ["Claims dashboard", "Add an article"]


def test_an_oversized_paste_is_refused_with_the_limit_and_no_tables():
    at = page_with("Officers. " * 20_000)
    assert not at.exception
    assert [e.value.replace("\\", "") for e in at.error] == [  # the message is escaped: shown as text
        "The text is 200,000 characters long; drafting takes at most 100,000 (news articles are under 30,000). "
        "Paste the body of one article."]
    assert not at.get("data_editor")


def test_a_quote_nobody_is_named_for_is_left_blank_and_the_page_still_offers_its_zip():
    at = page_with("A scheme to add ten officers had been running for a year, he said.\n\n"
                   "Jo Bloggs, the council leader, said: \u201cWe need 50 more officers.\u201d\n\n"
                   "Twelve officers left the town last year.\n")  # the publisher's, in words: a row like any
    assert not at.exception
    quotes = at.data_editor(key="review_editor_quotes").value
    assert list(quotes["speaker_id"]) == ["", "jo-bloggs"]  # the reported claim: nobody is named before 'he'
    assert any("speaker_id: quote 'q01': is empty" in c.value for c in at.code)
    assert at.get("download_button")  # the report names every speaker instead of failing
