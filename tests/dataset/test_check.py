"""The validator: one broken copy of the shipped data per rule, checked against the line a person would read.

Every problem reads `file:row: column: message`; row 1 is the header, so the record in row N is the (N-1)th.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from components.dataset import check
from components.dataset.check import check_tables
from components.dataset.read import read_dataset

SEED = "cops-now-need-zero-tolerance-approach.txt"


def problems(data_dir: Path) -> list[str]:
    return [str(p) for p in read_dataset(data_dir).problems]


def replace_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8", newline="\n")


def drop_column(path: Path, column: str) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    index = rows[0].index(column)
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([r[:index] + r[index + 1:] for r in rows])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def source_length(data_dir: Path) -> int:
    return len((data_dir.parent / "seeds" / SEED).read_text(encoding="utf-8"))


# --- the shipped data -------------------------------------------------------------------------------------------


def test_shipped_data_is_valid(repo_root):
    assert problems(repo_root / "data") == []


def test_copied_data_is_valid(dataset_copy):
    assert problems(dataset_copy) == []


def test_validation_never_writes_to_the_shipped_data(repo_root):
    before = snapshot(repo_root / "data") | snapshot(repo_root / "seeds")
    read_dataset(repo_root / "data")
    assert snapshot(repo_root / "data") | snapshot(repo_root / "seeds") == before


def test_validation_never_writes_to_broken_data(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q04", "start", "351")
    set_cell(dataset_copy / "quotes.csv", "q05", "speaker_id", "nobody")
    (dataset_copy / "topics.csv").write_bytes(b"")
    (dataset_copy / "speakers.csv").write_bytes((dataset_copy / "speakers.csv").read_bytes() + b"\xff\n")
    before = snapshot(dataset_copy.parent)
    assert problems(dataset_copy)
    assert snapshot(dataset_copy.parent) == before


# --- one rule at a time ------------------------------------------------------------------------------------------


def test_quote_offsets_shifted_by_one(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q04", "start", "351")
    row = set_cell(dataset_copy / "quotes.csv", "q04", "end", "535")
    assert row == 5
    found = problems(dataset_copy)
    assert len(found) == 1, found
    assert found[0].startswith("quotes.csv:5: start: quote 'q04': text does not match the source at 351..535: "
                               "the source there reads 'r primary objective")
    assert found[0].endswith("the row says 'Mr primary objective as a Southend councillor and represent…'; "
                             "fix the offsets or the text")


def test_unknown_speaker_in_quotes(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q05", "speaker_id", "nobody")
    assert problems(dataset_copy) == [
        "quotes.csv:6: speaker_id: quote 'q05': unknown speaker_id 'nobody'; add it to speakers.csv or correct the id"
    ]


def test_unknown_source(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q03", "source_id", "another-paper")
    assert problems(dataset_copy) == [
        "quotes.csv:4: source_id: quote 'q03': unknown source_id 'another-paper'; add it to sources.csv or "
        "correct the id"
    ]


def test_duplicate_quote_id(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q06", "quote_id", "q05")
    assert problems(dataset_copy) == [
        "quotes.csv:7: quote_id: quote 'q05': duplicate id; ids must be unique (found 'q05')"
    ]


def test_missing_required_column(dataset_copy):
    drop_column(dataset_copy / "quotes.csv", "topics")
    assert problems(dataset_copy) == ["quotes.csv:1: topics: required column is missing"]


def test_missing_optional_column_is_fine(dataset_copy):
    drop_column(dataset_copy / "quotes.csv", "note")
    assert problems(dataset_copy) == []


def test_empty_file(dataset_copy):
    (dataset_copy / "topics.csv").write_text("", encoding="utf-8")
    found = problems(dataset_copy)
    assert "topics.csv: file is empty; it needs a header row: topic_id, label, description" in found
    assert "quotes.csv:2: topics: quote 'q01': refers to topics.csv, which is missing or unreadable" in found


def test_non_utf8_bytes(dataset_copy):
    path = dataset_copy / "speakers.csv"
    path.write_bytes(path.read_bytes().replace(b"Tony Cox", "Tony Côx".encode("latin-1")))
    found = problems(dataset_copy)
    line = next(p for p in found if p.startswith("speakers.csv"))
    assert line.startswith("speakers.csv:4: not valid UTF-8 (byte 0xf4 at byte ")
    assert line.endswith("); save the file as UTF-8")


def test_missing_required_file(dataset_copy):
    (dataset_copy / "areas.csv").unlink()
    found = problems(dataset_copy)
    assert f"areas.csv: file not found at {dataset_copy / 'areas.csv'}" in found
    assert "quotes.csv:2: area_ids: quote 'q01': refers to areas.csv, which is missing or unreadable" in found


def test_missing_optional_file_is_fine(dataset_copy):
    (dataset_copy / "police_workforce_officer_fte.csv").unlink()
    assert problems(dataset_copy) == []


def test_missing_source_text(dataset_copy):
    (dataset_copy.parent / "seeds" / SEED).unlink()
    found = problems(dataset_copy)
    assert len(found) == 1, found
    assert found[0].startswith(f"sources.csv:2: path: source 'echo-zero-tolerance': cannot read seeds/{SEED}: "
                               "file not found at ")


def test_source_path_pointing_nowhere(dataset_copy, set_cell):
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "path", "seeds/nowhere.txt")
    found = problems(dataset_copy)
    assert len(found) == 1, found
    assert found[0].startswith("sources.csv:2: path: source 'echo-zero-tolerance': cannot read seeds/nowhere.txt: "
                               "file not found at ")


def test_source_path_with_nul_character_is_a_problem_not_a_crash(dataset_copy, set_cell):
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "path", f"seeds/\x00{SEED}")
    found = problems(dataset_copy)
    assert len(found) == 1, found
    assert found[0].startswith("sources.csv:2: path: source 'echo-zero-tolerance': 'seeds/\\x00")
    assert "is not a usable path" in found[0]


@pytest.mark.parametrize("outside", ["../outside.txt", "seeds/../../outside.txt", "/etc/hostname", "/"])
def test_source_path_leading_out_of_the_dataset_is_refused(dataset_copy, set_cell, outside):
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "path", outside)
    found = problems(dataset_copy)
    assert found == [f"sources.csv:2: path: source 'echo-zero-tolerance': {outside!r} leads outside the "
                     "dataset's folder; give a path inside it, relative to the data folder's parent, "
                     "e.g. seeds/article.txt"]


def test_non_numeric_figure_value(dataset_copy, set_cell):
    set_cell(dataset_copy / "figures.csv", "f02", "value", "two hundred")
    assert problems(dataset_copy) == ["figures.csv:3: value: figure 'f02': must be a number (found 'two hundred')"]


@pytest.mark.parametrize("value", ["inf", "-inf", "1e400", "nan"])
def test_infinite_figure_value_is_not_a_number(dataset_copy, set_cell, value):
    set_cell(dataset_copy / "figures.csv", "f02", "value", value)
    assert problems(dataset_copy) == [f"figures.csv:3: value: figure 'f02': must be a number (found '{value}')"]


@pytest.mark.parametrize("value", ["abc", "12.5", "-3"])
def test_non_integer_start(dataset_copy, set_cell, value):
    set_cell(dataset_copy / "quotes.csv", "q07", "start", value)
    found = problems(dataset_copy)
    assert found[0] == f"quotes.csv:8: start: quote 'q07': must be a whole number of 0 or more (found '{value}')"


def test_bad_enum(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q08", "kind", "shouted")
    assert problems(dataset_copy) == [
        "quotes.csv:9: kind: quote 'q08': must be one of: direct, partial, reported (found 'shouted')"
    ]


@pytest.mark.parametrize("value", ["2018-13-01", "01/04/2018", "2018-02-30", "last year"])
def test_bad_date(dataset_copy, set_cell, value):
    set_cell(dataset_copy / "figures.csv", "f01", "period_start", value)
    assert problems(dataset_copy) == [
        f"figures.csv:2: period_start: figure 'f01': must be a date written YYYY-MM-DD, in the years 1800 to 2199 "
        f"(found '{value}')"
    ]


def test_empty_required_cell(dataset_copy, set_cell):
    set_cell(dataset_copy / "speakers.csv", "tony-cox", "name", "")
    assert problems(dataset_copy) == ["speakers.csv:4: name: speaker 'tony-cox': is empty; fill it in (found '')"]


def test_unknown_area_in_a_list(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q14", "area_ids", "castle-point;atlantis")
    assert problems(dataset_copy) == [
        "quotes.csv:15: area_ids: quote 'q14': unknown area_id 'atlantis'; add it to areas.csv or correct the id"
    ]


def test_unknown_topic(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q10", "topics", "multi-agency; juggling")
    assert problems(dataset_copy) == [
        "quotes.csv:11: topics: quote 'q10': unknown topic_id 'juggling'; add it to topics.csv or correct the id"
    ]


def test_cycle_in_area_hierarchy(dataset_copy, set_cell):
    set_cell(dataset_copy / "areas.csv", "essex", "parent_id", "southend")
    found = problems(dataset_copy)
    assert ("areas.csv:3: parent_id: area 'essex': the parent chain loops back on itself (through 'essex'); "
            "an area cannot sit inside itself") in found
    assert ("areas.csv:4: parent_id: area 'southend': the parent chain loops back on itself (through 'southend'); "
            "an area cannot sit inside itself") in found
    assert not any(p.startswith("areas.csv:2:") for p in found), "national is not in the loop"


def test_area_that_is_its_own_parent(dataset_copy, set_cell):
    set_cell(dataset_copy / "areas.csv", "national", "parent_id", "national")
    assert problems(dataset_copy)[0] == (
        "areas.csv:2: parent_id: area 'national': the parent chain loops back on itself (through 'national'); "
        "an area cannot sit inside itself"
    )


def test_figure_span_without_its_value(dataset_copy, set_cell):
    set_cell(dataset_copy / "figures.csv", "f02", "value", "216")
    assert problems(dataset_copy) == [
        "figures.csv:3: start: figure 'f02': evidence span '215 this year' does not contain the value 216, "
        "in digits or in words"
    ]


def test_figure_value_that_is_only_part_of_a_number(dataset_copy, set_cell):
    set_cell(dataset_copy / "figures.csv", "f02", "value", "21")
    assert problems(dataset_copy) == [
        "figures.csv:3: start: figure 'f02': evidence span '215 this year' does not contain the value 21, "
        "in digits or in words"
    ]


@pytest.mark.parametrize("span, value, holds", [
    ("two hundred officers", "200", True), ("Twelve officers", "12", True), ("a dozen PCSOs", "12", True),
    ("a third of its PCSOs", "0.3333", True), ("two-thirds of staff", "0.6667", True),
    ("two hundred officers", "300", False), ("a third of its PCSOs", "0.25", False), ("some officers", "3", False),
    ("\u00a312.50 a year", "12.5", True), ("\u00a312.50 a year", "12.05", False)])  # pence written to two places
def test_a_figure_written_in_words_is_its_own_evidence(span, value, holds):
    """An article writes many numbers in words (18% of the figures drafted from 150 real articles): an evidence
    span holds its value in digits, in words, or as a fraction of one, and a wrong value is still refused."""
    message = check.figure_span_message({"value": value}, span)
    assert (message == "") == holds, message
    if not holds:
        assert "in digits or in words" in message


def test_figure_outside_its_quote(dataset_copy, set_cell):
    set_cell(dataset_copy / "figures.csv", "f01", "quote_id", "q18")
    assert problems(dataset_copy) == [
        "figures.csv:2: quote_id: figure 'f01': its span 2601..2629 lies outside quote 'q18'"
    ]


def test_quote_span_past_the_end_of_the_text(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q20", "end", "9999")
    n = source_length(dataset_copy)
    assert problems(dataset_copy) == [
        f"quotes.csv:21: end: quote 'q20': span 3012..9999 is not inside the source text (0..{n})"
    ]


def test_figure_span_past_the_end_of_the_text(dataset_copy, set_cell):
    set_cell(dataset_copy / "figures.csv", "f04", "end", "99999")
    found = problems(dataset_copy)
    n = source_length(dataset_copy)
    assert f"figures.csv:5: end: figure 'f04': span 2955..99999 is not inside the source text (0..{n})" in found


def test_empty_span(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q01", "end", "41")
    n = source_length(dataset_copy)
    assert problems(dataset_copy) == [
        f"quotes.csv:2: end: quote 'q01': span 41..41 is not inside the source text (0..{n})"
    ]


def test_several_problems_are_all_reported(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q04", "start", "351")
    set_cell(dataset_copy / "quotes.csv", "q04", "end", "535")
    set_cell(dataset_copy / "quotes.csv", "q05", "speaker_id", "nobody")
    set_cell(dataset_copy / "figures.csv", "f02", "value", "two hundred")
    found = problems(dataset_copy)
    assert len(found) == 3, found
    assert any(p.startswith("quotes.csv:5: start: quote 'q04': text does not match the source") for p in found)
    assert ("quotes.csv:6: speaker_id: quote 'q05': unknown speaker_id 'nobody'; add it to speakers.csv or "
            "correct the id") in found
    assert "figures.csv:3: value: figure 'f02': must be a number (found 'two hundred')" in found


@pytest.mark.parametrize(("key", "row"), [("q01", 2), ("q04", 5)])
def test_row_with_too_many_fields(dataset_copy, key, row):
    replace_text(dataset_copy / "quotes.csv", f"\n{key},echo-zero-tolerance,", f"\n{key},stray,echo-zero-tolerance,")
    found = problems(dataset_copy)
    assert (f"quotes.csv:{row}: quote '{key}': the row has 11 fields but the header has 10; put values that "
            "contain commas in double quotes") in found
    assert "figures.csv:2: quote_id: figure 'f01': refers to quotes.csv, which is missing or unreadable" in found


def test_unbalanced_quote_mark(dataset_copy):
    replace_text(dataset_copy / "speakers.csv", ",Home Secretary,", ',"Home Secretary,')
    found = problems(dataset_copy)
    line = next(p for p in found if p.startswith("speakers.csv"))
    assert line.startswith("speakers.csv: cannot be read as CSV: ")
    assert "quotes.csv:2: speaker_id: quote 'q01': refers to speakers.csv, which is missing or unreadable" in found


def test_nonexistent_data_folder(tmp_path):
    missing = tmp_path / "nowhere"
    assert problems(missing) == [f"{missing}: data folder not found"]


# --- the command line --------------------------------------------------------------------------------------------


def run_cli(repo_root: Path, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "components", "validate", "--data-dir", str(data_dir)],
        cwd=repo_root, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def test_cli_clean_data(repo_root, dataset_copy):
    for folder in (repo_root / "data", dataset_copy):
        result = run_cli(repo_root, folder)
        assert result.returncode == 0, result.stderr
        assert f"{folder}: valid (" in result.stdout
        assert "20 quotes" in result.stdout
        assert result.stderr == ""


def _shift(data: Path, set_cell) -> None:
    set_cell(data / "quotes.csv", "q04", "start", "351")
    set_cell(data / "quotes.csv", "q04", "end", "535")


BROKEN = {
    "shifted offsets": (_shift, ["quotes.csv:5: start: quote 'q04': text does not match the source at 351..535"]),
    "unknown speaker": (
        lambda data, set_cell: set_cell(data / "quotes.csv", "q05", "speaker_id", "nobody"),
        ["quotes.csv:6: speaker_id: quote 'q05': unknown speaker_id 'nobody'"],
    ),
    "duplicate id": (
        lambda data, set_cell: set_cell(data / "quotes.csv", "q06", "quote_id", "q05"),
        ["quotes.csv:7: quote_id: quote 'q05': duplicate id"],
    ),
    "missing column": (
        lambda data, set_cell: drop_column(data / "quotes.csv", "topics"),
        ["quotes.csv:1: topics: required column is missing"],
    ),
    "empty file": (
        lambda data, set_cell: (data / "topics.csv").write_text("", encoding="utf-8"),
        ["topics.csv: file is empty", "quotes.csv:2: topics: quote 'q01': refers to topics.csv"],
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_cli_broken_data(repo_root, dataset_copy, set_cell, case):
    mutate, expected = BROKEN[case]
    mutate(dataset_copy, set_cell)
    result = run_cli(repo_root, dataset_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{dataset_copy}: ") and lines[0].endswith(" problem(s)")
    for fragment in expected:
        assert any(line.startswith(fragment) for line in lines), (fragment, result.stderr)
    assert "valid" not in result.stdout


def test_cli_malformed_csv_gives_a_message(repo_root, dataset_copy):
    replace_text(dataset_copy / "quotes.csv", "\nq01,echo-zero-tolerance,", "\nq01,stray,echo-zero-tolerance,")
    result = run_cli(repo_root, dataset_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "quotes.csv:2: quote 'q01': the row has 11 fields but the header has 10" in result.stderr


def test_cli_nonexistent_data_folder(repo_root, tmp_path):
    missing = tmp_path / "no-such-folder"
    result = run_cli(repo_root, missing)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{missing}: data folder not found" in result.stderr.splitlines()


# --- The pure check: tables and texts in memory ------------------------------------------------------------

def test_check_tables_finds_the_same_problems_in_memory_as_on_disk(dataset_copy, set_cell):
    set_cell(dataset_copy / "quotes.csv", "q06", "speaker_id", "nobody")
    raw = read_dataset(dataset_copy)
    assert raw.problems and [str(p) for p in check_tables(raw.frames, raw.texts)] == [str(p) for p in raw.problems]


def test_check_tables_reads_no_file():
    frames = {"sources": pd.DataFrame({"source_id": ["s"], "title": ["T"], "publisher": ["P"], "url": [""],
                                       "published": [""], "path": ["nowhere/at/all.txt"]}),
              "quotes": pd.DataFrame({"quote_id": ["q1"], "source_id": ["s"], "speaker_id": ["x"], "kind": ["direct"],
                                      "text": ["Hello"], "start": ["0"], "end": ["5"], "area_ids": [""],
                                      "topics": [""]})}
    problems = [str(p) for p in check_tables(frames, {"s": "Hello there"})]
    assert not any("text does not match" in p for p in problems)  # the span was checked against the text given
    assert any(p.startswith("quotes.csv:2: speaker_id:") for p in problems)  # no speakers table to name 'x'


# --- the official officer table: provenance and one value per date ----------------------------------------------


def _append_line(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8", newline="\n")
    return len(text.splitlines()) + 1


def test_a_second_official_value_for_one_date_is_a_problem(dataset_copy):
    row = _append_line(dataset_copy / "police_workforce_officer_fte.csv",
                       "Essex,force,2020-03-31,3300.00,2dp,workforce-s2")
    assert problems(dataset_copy) == [
        f"police_workforce_officer_fte.csv:{row}: as_at: 'Essex' at 2020-03-31: a second force value for that "
        "date; keep one (the release you use) and cite it"]


def test_an_official_value_with_an_unknown_citation_is_a_problem(dataset_copy):
    row = _append_line(dataset_copy / "police_workforce_officer_fte.csv", "Essex,force,2030-03-31,1,int,rumour")
    assert problems(dataset_copy) == [
        f"police_workforce_officer_fte.csv:{row}: citation_id: police_workforce_officer_fte 'Essex': unknown "
        "citation_id 'rumour'; add it to citations.csv or correct the id"]


def test_an_official_value_without_its_provenance_is_a_problem(dataset_copy):
    row = _append_line(dataset_copy / "police_workforce_officer_fte.csv", "Essex,force,2030-03-31,1,,")
    where = f"police_workforce_officer_fte.csv:{row}"
    assert problems(dataset_copy) == [
        f"{where}: precision: police_workforce_officer_fte 'Essex': is empty; fill it in (found '')",
        f"{where}: citation_id: police_workforce_officer_fte 'Essex': is empty; write an id from citations.csv (a new "
        "one needs its row there) (found '')"]


def test_an_official_table_without_provenance_columns_is_still_valid(dataset_copy):
    for column in ("precision", "citation_id"):
        drop_column(dataset_copy / "police_workforce_officer_fte.csv", column)
    assert problems(dataset_copy) == []


# --- Data that would validate and then break the page (issue 16) --------------------------------------------

@pytest.mark.parametrize("table, key, column, row", [
    ("areas.csv", "castle-point", "name", 5), ("speakers.csv", "tony-cox", "name", None),
    ("topics.csv", None, "label", None)])
def test_a_name_readers_choose_by_must_be_unique(dataset_copy, set_cell, table, key, column, row):
    with (dataset_copy / table).open(encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    first, last = records[0], records[-1] if key is None else next(r for r in records if r[next(iter(r))] == key)
    key = last[next(iter(last))]
    row = set_cell(dataset_copy / table, key, column, first[column])
    found = problems(dataset_copy)
    assert found == [f"{table}:{row}: {column}: {table[:-5]} '{key}': another row above has this {column}; "
                     f"readers choose by {column}, so give each row its own (e.g. add the county or the date) "
                     f"(found {first[column]!r})"]


@pytest.mark.parametrize("value", ["9999-12-31", "1066-10-14", "0001-01-01"])
def test_a_date_pandas_cannot_hold_is_refused(dataset_copy, set_cell, value):
    set_cell(dataset_copy / "figures.csv", "f01", "period_start", value)
    assert problems(dataset_copy) == [
        f"figures.csv:2: period_start: figure 'f01': must be a date written YYYY-MM-DD, in the years 1800 to 2199 "
        f"(found '{value}')"]


def test_a_month_out_of_range_is_refused(dataset_copy, set_cell):
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "published_inferred", "9999-12")
    assert problems(dataset_copy) == [
        "sources.csv:2: published_inferred: source 'echo-zero-tolerance': must be a month written YYYY-MM, in the "
        "years 1800 to 2199 (found '9999-12')"]


@pytest.mark.parametrize("url", ["https://example.org/a **bold** [evil](https://evil.example/)",
                                 "https://example.org/[evil](//evil.example)", "https://example.org/<b>x</b>",
                                 "https://example.org/a\tb"])
def test_a_url_holding_markdown_or_html_is_refused(dataset_copy, set_cell, url):
    url = url.replace("\\t", "\t")
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "url", url)
    assert problems(dataset_copy) == [
        "sources.csv:2: url: source 'echo-zero-tolerance': must be a web address starting with http:// or "
        "https://, with no spaces and none of < > \" ` { } | \\ ^ [ ]; percent-encode them (a space is %20, "
        f"[ is %5B) (found {url!r})"]


def test_a_url_with_parentheses_and_percent_escapes_is_valid(dataset_copy, set_cell):
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "url", "https://en.wikipedia.org/wiki/A_(b)%20c")
    assert problems(dataset_copy) == []


OUTSIDE_LINK = ("sources.csv:2: path: source 'echo-zero-tolerance': {rel!r} leads outside the dataset's folder "
                "(through a symbolic link); give a real file, or a path inside it, relative to the data folder's "
                "parent, e.g. seeds/article.txt")


def test_a_seed_file_linking_out_of_the_folder_is_refused(dataset_copy, set_cell, tmp_path_factory):
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    secret.write_text("not part of the dataset", encoding="utf-8")
    (dataset_copy.parent / "seeds" / "leak.txt").symlink_to(secret)
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "path", "seeds/leak.txt")
    assert problems(dataset_copy) == [OUTSIDE_LINK.format(rel="seeds/leak.txt")]


def test_a_seeds_folder_linking_out_of_the_folder_is_refused(dataset_copy, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    seeds = dataset_copy.parent / "seeds"
    seeds.rename(elsewhere / "seeds")
    seeds.symlink_to(elsewhere / "seeds", target_is_directory=True)
    assert problems(dataset_copy) == [OUTSIDE_LINK.format(rel=f"seeds/{SEED}")]


def test_a_link_that_stays_inside_the_folder_is_fine(dataset_copy, set_cell):
    (dataset_copy.parent / "seeds" / "alias.txt").symlink_to(SEED)
    set_cell(dataset_copy / "sources.csv", "echo-zero-tolerance", "path", "seeds/alias.txt")
    assert problems(dataset_copy) == []


def test_an_article_over_the_size_limit_is_refused(dataset_copy):
    from components.dataset.read import MAX_ARTICLE_BYTES

    seed = dataset_copy.parent / "seeds" / SEED
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text + "\n\n" + "x" * (MAX_ARTICLE_BYTES + 1 - len(text.encode())), encoding="utf-8")
    size = seed.stat().st_size
    assert problems(dataset_copy) == [
        f"sources.csv:2: path: source 'echo-zero-tolerance': cannot read seeds/{SEED}: is {size:,} bytes; an "
        f"article may be at most {MAX_ARTICLE_BYTES:,} bytes (2 MB); split it, or keep only the text that holds "
        "the quotes"]
