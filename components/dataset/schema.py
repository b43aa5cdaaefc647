"""The data contract: every table, column, type and rule, in one place.

The validator (`validate.py`), the loader (`claims.py`) and the column tables in `data/README.md`
(`python -m components schema`) all read this module, so the contract is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

# Column types. "refs" is a cell of several ids separated by REFS_SEPARATOR.
ID, TEXT, INT, NUMBER, DATE, MONTH, BOOL, REF, REFS, ENUM, URL = (
    "id", "text", "int", "number", "date", "month", "bool", "ref", "refs", "enum", "url",
)
REFS_SEPARATOR = ";"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    description: str
    required: bool = True  # the column must be present in the header
    nullable: bool = False  # a present column may hold empty cells
    allowed: tuple[str, ...] = ()  # for ENUM
    ref: str = ""  # for REF and REFS: the table whose key it names
    unique: bool = False  # no two rows may share a value (a name readers pick from a list, or type in a link)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    required: bool = True  # the file must exist in a dataset

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    @property
    def key(self) -> str:
        return self.columns[0].name

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


QUOTE_KINDS = ("direct", "partial", "reported")
SPEAKER_KINDS = ("person", "organisation")
PRECISIONS = ("2dp", "int")

SOURCES = Table(
    "sources",
    "One row per article. `path` points at the article's plain text, which quote and figure offsets count into.",
    (
        Column("source_id", ID, "Unique id of the article."),
        Column("title", TEXT, "Headline as published; no two sources share one.", unique=True),
        Column("publisher", TEXT, "Publication, e.g. Southend Echo."),
        Column("url", URL, "Link to the article online.", nullable=True),
        Column("published", DATE, "Publication date (YYYY-MM-DD) when the article states it; empty when it does "
               "not.", nullable=True),
        Column("path", TEXT, "The source text, relative to the data folder's parent (e.g. `seeds/article.txt`) "
               "and inside it (also once symbolic links are followed), stored as UTF-8, at most 2 MB."),
        Column("published_inferred", MONTH, "A publication month (YYYY-MM) inferred from outside the text; always "
               "shown as inferred.", required=False, nullable=True),
        Column("published_basis", REF, "The citation the inferred month rests on.", required=False, nullable=True,
               ref="citations"),
        Column("note", TEXT, "Why the date is what it is, and anything else a reader should know.",
               required=False, nullable=True),
    ),
)

AREAS = Table(
    "areas",
    "Places claims are about. `parent_id` nests them: Southend and Castle Point sit inside Essex.",
    (
        Column("area_id", ID, "Unique id, e.g. `castle-point`."),
        Column("name", TEXT, "Name people read and type in links, e.g. Castle Point; no two areas share one.",
               unique=True),
        Column("kind", TEXT, "What kind of place: country, county, borough."),
        Column("parent_id", REF, "The area this one sits inside; empty for the top.", nullable=True, ref="areas"),
    ),
)

SPEAKERS = Table(
    "speakers",
    "People and organisations who make claims. Roles are as the article describes them.",
    (
        Column("speaker_id", ID, "Unique id, e.g. `norman-smith`."),
        Column("name", TEXT, "Name as the article gives it; no two speakers share one.", unique=True),
        Column("kind", ENUM, "`person` or `organisation`.", allowed=SPEAKER_KINDS),
        Column("role", TEXT, "Role or title as described in the article.", nullable=True),
        Column("organisation", TEXT, "Body the speaker belongs to or speaks for.", nullable=True),
        Column("affiliation", TEXT, "Political or other affiliation, only when the article states it.",
               nullable=True),
        Column("area_id", REF, "The area the speaker represents or serves.", nullable=True, ref="areas"),
    ),
)

TOPICS = Table(
    "topics",
    "Subjects claims are tagged with.",
    (
        Column("topic_id", ID, "Unique id, e.g. `officer-numbers`."),
        Column("label", TEXT, "Name shown on the page; no two topics share one.", unique=True),
        Column("description", TEXT, "What the topic covers.", nullable=True),
        Column("keywords", TEXT, "Words that tag a drafted quote with this topic, separated by `;`: each matches at "
               "the start of a word, in any case (`arrest` also matches `arrested`). Drafting only.", required=False,
               nullable=True),
    ),
)

QUOTES = Table(
    "quotes",
    "One row per quoted paragraph (`direct`), phrase in quote marks inside reported speech (`partial`), or "
    "claim reported without quote marks (`reported`). `text` is exactly `source_text[start:end]`.",
    (
        Column("quote_id", ID, "Unique id."),
        Column("source_id", REF, "The article the quote is in.", ref="sources"),
        Column("speaker_id", REF, "Who said it.", ref="speakers"),
        Column("kind", ENUM, "`direct`, `partial` or `reported`.", allowed=QUOTE_KINDS),
        Column("text", TEXT, "The words, verbatim, without the enclosing quote marks."),
        Column("start", INT, "Character offset of the first character in the source text (0-based)."),
        Column("end", INT, "Character offset just past the last character (exclusive)."),
        Column("area_ids", REFS, "Areas the quote is about, separated by `;`.", ref="areas"),
        Column("topics", REFS, "Topics, separated by `;`.", ref="topics"),
        Column("note", TEXT, "How attribution or tagging was decided, where it is not plain from the text.",
               required=False, nullable=True),
    ),
)

FIGURES = Table(
    "figures",
    "One row per number the article gives about officers, teams, arrests or crime. `start`..`end` is the "
    "evidence span, which holds the number as the source writes it.",
    (
        Column("figure_id", ID, "Unique id."),
        Column("source_id", REF, "The article the number is in.", ref="sources"),
        Column("speaker_id", REF, "Who makes the claim.", ref="speakers"),
        Column("quote_id", REF, "The quote the number sits in, if any.", nullable=True, ref="quotes"),
        Column("metric", TEXT, "What is counted, e.g. `extra_officers`, `arrests`."),
        Column("value", NUMBER, "The number."),
        Column("unit", TEXT, "Unit of the number, e.g. officers, locations, people."),
        Column("period_text", TEXT, "The source's own period words, e.g. \"last year\".", nullable=True),
        Column("period_start", DATE, "Resolved start of the period (YYYY-MM-DD); see `period_inferred`.",
               nullable=True),
        Column("period_end", DATE, "Resolved end of the period (YYYY-MM-DD).", nullable=True),
        Column("area_id", REF, "Area the number is about.", ref="areas"),
        Column("start", INT, "Offset of the evidence span's first character."),
        Column("end", INT, "Offset just past the evidence span (exclusive)."),
        Column("period_inferred", BOOL, "`true` when the period dates were resolved from outside the text.",
               required=False, nullable=True),
        Column("period_basis", REF, "The citation a resolved period rests on.", required=False, nullable=True,
               ref="citations"),
        Column("note", TEXT, "How the period was resolved, or why it was not.", required=False, nullable=True),
    ),
)

CITATIONS = Table(
    "citations",
    "Public records that facts from outside the article rest on.",
    (
        Column("citation_id", ID, "Unique id."),
        Column("title", TEXT, "Title of the record or page."),
        Column("publisher", TEXT, "Who published it."),
        Column("url", URL, "Where to find it.", nullable=True),
        Column("note", TEXT, "The fact taken from it.", nullable=True),
    ),
    required=False,
)

OFFICER_FTE = Table(
    "police_workforce_officer_fte",
    "Official context: Home Office police officer numbers (full-time equivalent) by force, region and total, "
    "each 31 March and 30 September from 2016, as far as found. One value per name and date, each with the "
    "record it was taken from. FTE is not headcount.",
    (
        Column("name", TEXT, "Force, region, or \"Total 43 forces\", as the source spells it."),
        Column("kind", ENUM, "force, region, total or other.", allowed=("force", "region", "total", "other")),
        Column("as_at", DATE, "Date of the count."),
        Column("officer_fte", NUMBER, "Officers, full-time equivalent, verbatim from the source."),
        Column("precision", ENUM, "`2dp`: as published, to two decimal places; `int`: a whole number, rounded by "
               "the carrier or page it was taken from.", required=False, allowed=PRECISIONS),
        Column("citation_id", REF, "The record the value was taken from (release, carrier file and commit in its "
               "note); when the column is absent, `home-office-workforce`.", required=False, ref="citations"),
    ),
    required=False,
)

TABLES: tuple[Table, ...] = (SOURCES, AREAS, SPEAKERS, TOPICS, QUOTES, FIGURES, CITATIONS, OFFICER_FTE)
TABLES_BY_NAME = {t.name: t for t in TABLES}
OFFICER_FTE_CITATION = "home-office-workforce"


def markdown_tables() -> str:
    """The column tables of `data/README.md`, written from this schema."""
    parts = []
    for table in TABLES:
        need = "required" if table.required else "optional"
        parts.append(f"### `{table.filename}` ({need})\n\n{table.description}\n")
        parts.append("| column | type | required | description |\n| --- | --- | --- | --- |")
        for c in table.columns:
            kind = f"{c.kind}: {', '.join(c.allowed)}" if c.allowed else c.kind
            if c.ref:
                kind = f"{c.kind} → {c.ref}"
            must = "yes" if c.required and not c.nullable else ("column" if c.required else "no")
            parts.append(f"| `{c.name}` | {kind} | {must} | {c.description} |")
        parts.append("")
    return "\n".join(parts)
