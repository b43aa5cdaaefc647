"""Check a dataset held in memory against the schema, reporting every problem at once: `check_tables`.

Each problem reads `file:row: column: message`, where row 1 is the header, so row 2 is the first record.
Pure: tables and texts in, problems out; no file is read here, and no input makes it raise.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from components.dataset import schema
from components.dataset.numbers import values_in_words
from components.dataset.schema import Column, Table

HEADER_ROW = 1
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_INT = re.compile(r"^\d+$")
_BOOLS = {"true", "false"}
# A web address: no spaces, controls or the characters RFC 3986 never leaves bare, so no Markdown or HTML link
# syntax can ride in it. One character class: linear on any input.
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"`{}|\\^\[\]\x00-\x1f\x7f]+")
MIN_YEAR, MAX_YEAR = 1800, 2199


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # None: the whole file
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.row}" if self.row is not None else self.file
        col = f" {self.column}:" if self.column else ""
        return f"{where}:{col} {self.message}"


def row_number(index: int) -> int:
    return index + HEADER_ROW + 1


def noun(table: Table) -> str:
    return table.name[:-1] if table.name.endswith("s") else table.name


def describe_row(table: Table, frame: pd.DataFrame, index: int) -> str:
    key = table.key
    if key in frame.columns:
        value = frame.at[index, key]
        return f"{noun(table)} '{value}'"
    return "row"


def check_cells(table: Table, frame: pd.DataFrame) -> list[Problem]:
    """Types, allowed values, empty cells and unique ids, column by column."""
    problems = []
    for col in table.columns:
        if col.name not in frame.columns:
            continue
        values = frame[col.name].str.strip()
        empty = values == ""
        if not col.nullable:
            fix = f"write an id from {col.ref}.csv (a new one needs its row there)" if col.ref else "fill it in"
            problems += _flag(table, frame, col, empty, f"is empty; {fix}")
        bad = ~empty & ~_well_formed(col, values)
        problems += _flag(table, frame, col, bad, _expectation(col))
        if col.kind == schema.ID:
            dup = values.duplicated(keep="first") & ~empty
            problems += _flag(table, frame, col, dup, "duplicate id; ids must be unique")
        elif col.unique:
            dup = values.duplicated(keep="first") & ~empty
            problems += _flag(table, frame, col, dup, f"another row above has this {col.name}; readers choose by "
                              f"{col.name}, so give each row its own (e.g. add the county or the date)")
    return problems


def _well_formed(col: Column, values: pd.Series) -> pd.Series:
    if col.kind == schema.INT:
        return values.str.fullmatch(_INT)
    if col.kind == schema.NUMBER:
        numbers = pd.to_numeric(values, errors="coerce")
        return numbers.notna() & numbers.abs().ne(math.inf)
    if col.kind == schema.DATE:
        return (values.str.fullmatch(_DATE) & _plausible_year(values)
                & pd.to_datetime(values, format="%Y-%m-%d", errors="coerce").notna())
    if col.kind == schema.MONTH:
        return (values.str.fullmatch(_MONTH) & _plausible_year(values)
                & pd.to_datetime(values, format="%Y-%m", errors="coerce").notna())
    if col.kind == schema.BOOL:
        return values.str.lower().isin(_BOOLS)
    if col.kind == schema.ENUM:
        return values.isin(col.allowed)
    if col.kind == schema.URL:
        return values.str.fullmatch(_WEB_ADDRESS)
    return pd.Series(True, index=values.index)


def _plausible_year(values: pd.Series) -> pd.Series:
    # pandas holds dates from 1677 to 2262 only; a year outside MIN_YEAR..MAX_YEAR is a typo here anyway.
    return pd.to_numeric(values.str[:4], errors="coerce").between(MIN_YEAR, MAX_YEAR)


def _expectation(col: Column) -> str:
    return {
        schema.INT: "must be a whole number of 0 or more",
        schema.NUMBER: "must be a number",
        schema.DATE: f"must be a date written YYYY-MM-DD, in the years {MIN_YEAR} to {MAX_YEAR}",
        schema.MONTH: f"must be a month written YYYY-MM, in the years {MIN_YEAR} to {MAX_YEAR}",
        schema.BOOL: "must be true or false",
        schema.ENUM: f"must be one of: {', '.join(col.allowed)}",
        schema.URL: "must be a web address starting with http:// or https://, with no spaces and none of "
                    "< > \" ` { } | \\ ^ [ ]; percent-encode them (a space is %20, [ is %5B)",
    }.get(col.kind, "is not valid")


def _flag(table: Table, frame: pd.DataFrame, col: Column, mask: pd.Series, message: str) -> list[Problem]:
    return [
        Problem(table.filename, row_number(i), col.name,
                f"{describe_row(table, frame, i)}: {message} (found {frame.at[i, col.name]!r})")
        for i in frame.index[mask.to_numpy()]
    ]


def check_references(table: Table, frame: pd.DataFrame, frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Every id a cell names is in the table it refers to. Each distinct cell is checked once (a hundred
    thousand quotes name a few hundred distinct speakers and area lists); rows are found only for bad cells."""
    problems = []
    for col in table.columns:
        if col.kind not in (schema.REF, schema.REFS) or col.name not in frame.columns:
            continue
        target = schema.TABLES_BY_NAME[col.ref]
        keys = frames.get(col.ref)
        known = set(keys[target.key]) if keys is not None and target.key in keys.columns else None
        cells = frame[col.name].str.strip()
        filled = cells[cells != ""]
        if known is None:
            if len(filled):
                i = filled.index[0]
                problems.append(Problem(table.filename, row_number(i), col.name,
                                        f"{describe_row(table, frame, i)}: refers to {target.filename}, "
                                        "which is missing or unreadable"))
            continue
        unknown = {}
        for cell in filled.unique().tolist():
            parts = [p.strip() for p in cell.split(schema.REFS_SEPARATOR)] if col.kind == schema.REFS else [cell]
            missing = [p for p in parts if p not in known]
            if missing:
                unknown[cell] = missing
        if not unknown:
            continue
        for i, cell in filled[filled.isin(list(unknown))].items():
            problems += [Problem(table.filename, row_number(i), col.name,
                                 f"{describe_row(table, frame, i)}: unknown {target.key} {part!r}; "
                                 f"add it to {target.filename} or correct the id") for part in unknown[cell]]
    return problems


def check_area_cycles(frame: pd.DataFrame) -> list[Problem]:
    parent = dict(zip(frame["area_id"], frame["parent_id"], strict=True))
    problems = []
    for i, area in frame["area_id"].items():
        seen, current = {area}, parent.get(area, "")
        while current:
            if current in seen:
                problems.append(Problem(schema.AREAS.filename, row_number(i), "parent_id",
                                        f"area '{area}': the parent chain loops back on itself "
                                        f"(through '{current}'); an area cannot sit inside itself"))
                break
            seen.add(current)
            current = parent.get(current, "")
    return problems


SPAN_FIELDS = ("text", "start", "end", "value")  # what the span checks read of a row


def check_spans(table: Table, frame: pd.DataFrame, texts: dict[str, str], check) -> list[Problem]:
    """Every span sits inside its source text, and `check(row, span_text)` says what else must hold.
    Reads plain lists, not pandas rows or Arrow-backed columns: a hundred thousand spans take a fraction of a
    second."""
    problems = []
    if not {"source_id", "start", "end"} <= set(frame.columns):
        return problems
    starts = pd.to_numeric(frame["start"], errors="coerce").tolist()
    ends = pd.to_numeric(frame["end"], errors="coerce").tolist()
    names = [c for c in SPAN_FIELDS if c in frame.columns]
    values = zip(*(frame[c].tolist() for c in names), strict=True)
    for label, source, start, end, row in zip(frame.index.tolist(), frame["source_id"].tolist(), starts, ends,
                                              values, strict=True):
        text = texts.get(source)
        if text is None or start != start or end != end:  # NaN: reported already as a bad number
            continue
        start, end = int(start), int(end)
        if not start < end <= len(text):
            problems.append(Problem(table.filename, row_number(label), "end",
                                    f"{describe_row(table, frame, label)}: span {start}..{end} is not inside the "
                                    f"source text (0..{len(text)})"))
            continue
        message = check(dict(zip(names, row, strict=True)), text[start:end])
        if message:
            problems.append(Problem(table.filename, row_number(label), "start",
                                    f"{describe_row(table, frame, label)}: {message}"))
    return problems


def quote_span_message(row: dict, span: str) -> str:
    if span == row.get("text"):
        return ""
    return (f"text does not match the source at {row['start']}..{row['end']}: the source there reads "
            f"{clip(span)!r}, the row says {clip(row.get('text', ''))!r}; fix the offsets or the text")


def figure_span_message(row: dict, span: str) -> str:
    try:
        value = float(str(row.get("value")).strip())
    except ValueError:
        return ""  # reported already as not a number
    if not math.isfinite(value):
        return ""
    written = {f"{value:g}", f"{value:,.0f}", f"{value:.0f}"} if value == int(value) else \
        {f"{value:g}", f"{value:.2f}", f"{value:,.2f}"}  # (`£12.50` for 12.5)
    if any(re.search(rf"(?<![\d.,]){re.escape(w)}(?![\d]|[.,]\d)", span) for w in written):
        return ""
    if any(abs(v - value) < 1e-9 or abs(value) < 1 and round(v, 4) == round(value, 4) for v in values_in_words(span)):
        return ""  # `two hundred officers` for 200, `a third of` for 0.3333
    return f"evidence span {clip(span)!r} does not contain the value {row['value']}, in digits or in words"


def check_figures_in_quotes(figures: pd.DataFrame, quotes: pd.DataFrame) -> list[Problem]:
    """A figure that names a quote lies inside that quote's span, in the same source."""
    needed = {"quote_id", "source_id", "start", "end"}
    if not needed <= set(figures.columns) or not needed <= set(quotes.columns):
        return []
    spans = quotes.drop_duplicates("quote_id")[list(needed)]
    linked = figures[figures["quote_id"] != ""].reset_index().merge(spans, on="quote_id", suffixes=("", "_q"))
    number = {c: pd.to_numeric(linked[c], errors="coerce") for c in ("start", "end", "start_q", "end_q")}
    inside = ((linked["source_id"] == linked["source_id_q"]) & (number["start_q"] <= number["start"])
              & (number["end"] <= number["end_q"]))
    unknown = number["start"].isna() | number["end"].isna() | number["start_q"].isna() | number["end_q"].isna()
    return [
        Problem(schema.FIGURES.filename, row_number(row["index"]), "quote_id",
                f"figure '{row.get('figure_id', '')}': its span {row['start']}..{row['end']} lies outside "
                f"quote '{row['quote_id']}'")
        for _, row in linked[~inside & ~unknown].iterrows()
    ]


def check_one_count_per_date(frame: pd.DataFrame) -> list[Problem]:
    """One official value per name, kind and date (West Midlands is a force and a region): where two releases
    give a date, the dataset keeps one (data/README.md says which), so no comparison picks between them silently."""
    if not {"name", "kind", "as_at"} <= set(frame.columns):
        return []
    keys = frame["name"].str.strip() + "\n" + frame["kind"].str.strip() + "\n" + frame["as_at"].str.strip()
    return [Problem(schema.OFFICER_FTE.filename, row_number(i), "as_at",
                    f"{frame.at[i, 'name']!r} at {frame.at[i, 'as_at']}: a second {frame.at[i, 'kind']} value for that "
                    "date; keep one (the release you use) and cite it")
            for i in frame.index[keys.duplicated(keep="first").to_numpy()]]


def clip(text: str, limit: int = 60) -> str:
    """`text`, cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_columns(table: Table, frame: pd.DataFrame) -> list[Problem]:
    return [Problem(table.filename, HEADER_ROW, c.name, "required column is missing")
            for c in table.columns if c.required and c.name not in frame.columns]


def check_tables(frames: dict[str, pd.DataFrame], texts: dict[str, str]) -> list[Problem]:
    """Every problem of a dataset held in memory: `frames` by table name, every cell a string ("" when empty),
    and `texts` the source texts by source id. Reads no file; the loader, `merge` and the review page all
    check through here. A required table missing from `frames` is the caller's to report."""
    problems: list[Problem] = []
    for table in schema.TABLES:
        if table.name in frames:
            problems += check_columns(table, frames[table.name]) + check_cells(table, frames[table.name])
    for table in schema.TABLES:
        if table.name in frames:
            problems += check_references(table, frames[table.name], frames)
    if "areas" in frames and {"area_id", "parent_id"} <= set(frames["areas"].columns):
        problems += check_area_cycles(frames["areas"])
    if schema.OFFICER_FTE.name in frames:
        problems += check_one_count_per_date(frames[schema.OFFICER_FTE.name])
    if "quotes" in frames:
        problems += check_spans(schema.QUOTES, frames["quotes"], texts, quote_span_message)
    if "figures" in frames:
        problems += check_spans(schema.FIGURES, frames["figures"], texts, figure_span_message)
        if "quotes" in frames:
            problems += check_figures_in_quotes(frames["figures"], frames["quotes"])
    return sorted_problems(problems)


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """In the order of the schema's tables, then by row."""
    order = {t.filename: i for i, t in enumerate(schema.TABLES)}
    return sorted(problems, key=lambda p: (order.get(p.file, len(order)), p.file, p.row or 0))
