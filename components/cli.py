"""Command-line interface: `python -m components validate|schema|export ...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from components.dataset import schema
from components.dataset.load import DATA_DIR_ENV, default_data_dir
from components.dataset.read import read_dataset


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m components",
        description="Police resourcing claims: check a dataset, print its schema, export charts and data.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "validate",
        help="check a dataset against the data contract",
        description="Check every table, reference and quote span of a dataset; exit 0 when clean, "
        "1 with one line per problem (file:row: column: message) otherwise.",
        epilog="example: python -m components validate --data-dir ~/my-claims/data",
    )
    check.add_argument("--data-dir", type=Path, default=None,
                       help=f"the dataset's data folder (default: ${DATA_DIR_ENV}, else the shipped data/)")
    check.set_defaults(run=run_validate)

    show = commands.add_parser(
        "schema",
        help="print the column tables of data/README.md from the schema",
        description="Print the data contract as Markdown tables, the text data/README.md carries.",
        epilog="example: python -m components schema > /tmp/schema.md",
    )
    show.set_defaults(run=lambda args: print(schema.markdown_tables()) or 0)
    add_export_command(commands)
    add_draft_command(commands)
    add_merge_command(commands)
    return parser


def run_validate(args: argparse.Namespace) -> int:
    data_dir = args.data_dir or default_data_dir()
    raw = read_dataset(data_dir)
    if raw.problems:
        print(f"{data_dir}: {len(raw.problems)} problem(s)", file=sys.stderr)
        for problem in raw.problems:
            print(problem, file=sys.stderr)
        return 1
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in raw.frames.items())
    print(f"{data_dir}: valid ({counts})")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


# --- export ------------------------------------------------------------------------------------------------

EXPORT_FORMATS = ("png", "svg", "html", "csv", "csv-safe")
SAFE_CSV_STEM = "for-spreadsheets"  # quotes-for-spreadsheets-castle-point.csv
EXPORT_EPILOG = """examples:
  python -m components export --area "Castle Point" --format png --out exports/
      writes exports/officer-numbers-castle-point.png and one PNG for each other chart with something in view
  python -m components export --area Southend --speaker "Martin Terry" --format svg --out exports/
  python -m components export --topic "Officer numbers" --no-wider --format csv --out exports/
      writes quotes-all-areas-officer-numbers.csv and figures-all-areas-officer-numbers.csv: the rows in view
  python -m components export --area Southend --format csv-safe --out exports/
      writes quotes-for-spreadsheets-southend.csv (and figures-…): a ' before any cell that begins with
      = + - or @, so a spreadsheet opened with a double click shows it instead of running it as a formula
  python -m components export --q bobbies --format html --out exports/

Filter values are the names the dashboard shows (area and speaker names, topic labels); a value that matches
nothing is left out with a notice on stderr. File names and chart titles are the dashboard's own.
PNG and SVG need Chrome or Chromium (apt install chromium, or plotly_get_chrome); html and csv do not."""


def add_export_command(commands) -> None:
    export = commands.add_parser(
        "export",
        help="write the charts (PNG, SVG, interactive HTML) or the data (CSV) of a view to files",
        description="Write what the dashboard shows for the given filters: one file per chart with something in "
        "view (png, svg, html), or the quotes and figures in view (csv).",
        epilog=EXPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_filter_options(export.add_argument_group("filters (as in the dashboard; repeat an option for several values)"))
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                        help="png or svg: chart images (1200 px wide, PNG drawn at 2x); html: each chart as an "
                        "interactive page; csv: the quotes and figures in view, every cell verbatim; csv-safe: "
                        "the same with a ' before cells a spreadsheet would run (= + - @). e.g. --format png")
    export.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="folder to write into, created if missing; files of the same name are replaced "
                        "(each is listed), e.g. --out exports/")
    export.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help=f"the dataset's data folder (default: ${DATA_DIR_ENV}, else the shipped data/), "
                        "e.g. --data-dir ~/my-claims/data")
    from components.view.filters import DEFAULT_BASE_URL

    export.add_argument("--base-url", default=DEFAULT_BASE_URL, metavar="URL",
                        help="the dashboard's address, for each quote's link in the CSV (default: "
                        f"{DEFAULT_BASE_URL}), e.g. --base-url https://claims.example.org/")
    export.set_defaults(run=run_export)


def add_filter_options(group) -> None:
    """One option per row of the filter table: a repeatable --area NAME, a --q TEXT, a --no-wider switch."""
    from components.view.filters import CHOICE, FILTERS, SWITCH

    for flt in FILTERS:
        if flt.kind == CHOICE:
            group.add_argument(flt.cli, dest=flt.name, action="append", metavar=flt.metavar, help=flt.cli_help)
        elif flt.kind == SWITCH:
            group.add_argument(flt.cli, dest=flt.name, action="store_const", const=not flt.default,
                               default=flt.default, help=flt.cli_help)
        else:
            group.add_argument(flt.cli, dest=flt.name, default=flt.default, metavar=flt.metavar, help=flt.cli_help)


def run_export(args: argparse.Namespace) -> int:
    # Imported here so `validate` and `schema` start without loading pandas and Plotly.
    from components.dataset.load import DatasetError, load_dataset
    from components.export import files, images
    from components.view import filters

    data_dir = args.data_dir or default_data_dir()
    try:
        ds = load_dataset(data_dir)
    except DatasetError as err:
        print(f"error: the dataset in {err.data_dir} has {len(err.problems)} problem(s), so nothing was exported. "
              f"`python -m components validate --data-dir {err.data_dir}` lists them; the first:", file=sys.stderr)
        for problem in err.problems[:5]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    chosen = filters.clean_filters(ds, {flt.name: getattr(args, flt.name) for flt in filters.FILTERS})
    for notice in chosen.notices:
        print(f"notice: {notice}", file=sys.stderr)
    if args.format in images.IMAGE_FORMATS and images.find_chromium() is None:
        print(f"error: {images.NO_BROWSER_MESSAGE}", file=sys.stderr)
        return 1
    view = filters.view_of(ds, chosen)
    print(f"view: {chosen.describe()} ({len(view.quotes)} quote(s), {len(view.figures)} figure(s))", file=sys.stderr)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        if args.format in ("csv", "csv-safe"):
            safe = args.format == "csv-safe"
            suffix = f"-{SAFE_CSV_STEM}" if safe else ""
            files = [(chosen.filename("quotes" + suffix, "csv"),
                      files.csv_bytes(files.quotes_table(view.quotes, chosen, args.base_url), spreadsheet_safe=safe)),
                     (chosen.filename("figures" + suffix, "csv"),
                      files.csv_bytes(files.figures_table(view.figures, view.ds), spreadsheet_safe=safe))]
            return _write_files(args.out, files)
        return _export_charts(view, args.format, args.out)
    except OSError as err:
        print(f"error: cannot write to {args.out}: {err.strerror or err}", file=sys.stderr)
        return 1


def _export_charts(view, fmt: str, out: Path) -> int:
    from components.export import files, images
    from components.view import charts

    renderer = images.Renderer() if fmt in images.IMAGE_FORMATS else None
    failed = 0
    try:
        for chart in charts.build_charts(view):
            name = chart.filename(view.filters, fmt)
            if chart.figure is None:
                print(f"skipped {name}: {chart.summary}")
                continue
            try:
                data = images.chart_image(chart, fmt, renderer) if renderer else files.chart_html(chart, view.filters)
            except images.ExportError as err:
                print(f"error: {name} was not written: {err}", file=sys.stderr)
                failed += 1
                continue
            _write_files(out, [(name, data)])
    finally:
        if renderer:
            renderer.stop()
    return 1 if failed else 0


def _write_files(out: Path, files: list[tuple[str, bytes]]) -> int:
    for name, data in files:
        path = out / name
        verb = "replaced" if path.exists() else "wrote"
        path.write_bytes(data)
        print(f"{verb} {path} ({len(data) / 1024:,.0f} kB)")
    return 0


# --- draft and merge ---------------------------------------------------------------------------------------------

DRAFT_EPILOG = """examples:
  python -m components draft seeds/cops-now-need-zero-tolerance-approach.txt --out /tmp/zero-tolerance \\
      --title "Cops now need zero tolerance approach" --publisher "Southend Echo"
      writes /tmp/zero-tolerance/data/*.csv, /tmp/zero-tolerance/seeds/<the article> and report.md
  python -m components validate --data-dir /tmp/zero-tolerance/data

The folder must not exist yet, and may not be inside the shipped data/ or seeds/. A figure whose evidence span
does not hold its value (in digits, words or a fraction) goes to held_back_figures.csv instead of data/."""

MERGE_EPILOG = """examples:
  python -m components merge /tmp/zero-tolerance --into ~/my-claims/data --dry-run
  python -m components merge /tmp/zero-tolerance --into ~/my-claims/data

Speakers and areas are matched by name, topics by label; quotes and figures get the next free ids (q21, f05).
The merged dataset is validated in memory first; on any problem nothing is written."""


def add_draft_command(commands) -> None:
    draft = commands.add_parser(
        "draft",
        help="draft quotes, speakers, areas and figures from a plain-text article, with a report",
        description="Read a plain-text article and write a draft dataset (data/, seeds/, report.md) whose every "
        "span is computed from the text, then print the report of what was found and what is uncertain.",
        epilog=DRAFT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    draft.add_argument("article", type=Path, help="the article as UTF-8 plain text, e.g. seeds/article.txt")
    draft.add_argument("--out", required=True, type=Path, metavar="DRAFT_DIR",
                       help="a new folder for the draft, e.g. --out /tmp/draft-1 (never an existing one)")
    draft.add_argument("--title", help="headline (default: from the file name), e.g. --title \"Cops now need ...\"")
    draft.add_argument("--publisher", default="", help='publication, e.g. --publisher "Southend Echo"')
    draft.add_argument("--url", default="", help="link to the article, e.g. --url https://www.echo-news.co.uk/...")
    draft.add_argument("--published", default="", metavar="YYYY-MM-DD", help="publication date, e.g. 2019-07-16")
    draft.add_argument("--areas", type=Path, default=None, metavar="CSV",
                       help="gazetteer of known areas (default: the shipped data/areas.csv)")
    draft.add_argument("--topics", type=Path, default=None, metavar="CSV",
                       help="topics to tag with (default: the shipped data/topics.csv)")
    draft.set_defaults(run=run_draft)


def add_merge_command(commands) -> None:
    merge = commands.add_parser(
        "merge",
        help="add a reviewed draft to a dataset (the merged result validated first)",
        description="Add a draft's quotes, figures, speakers, areas, topics and article to a dataset, with new ids. "
        "Nothing is written unless the merged dataset validates.",
        epilog=MERGE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    merge.add_argument("draft_dir", type=Path, metavar="DRAFT_DIR", help="a folder written by `draft`")
    merge.add_argument("--into", type=Path, default=None, metavar="DATA_DIR",
                       help=f"the dataset's data folder (default: ${DATA_DIR_ENV}, else the shipped data/)")
    merge.add_argument("--dry-run", action="store_true", help="check and list what would be added; write nothing")
    merge.set_defaults(run=run_merge)


def run_draft(args: argparse.Namespace) -> int:
    from components import drafting
    from components.drafting.worker import ArticleRefused, DraftFailed, draft_with_deadline

    refusal = draft_out_refusal(args.out)
    if refusal:
        print(f"error: {refusal}; nothing was written", file=sys.stderr)
        return 1
    try:
        data = args.article.read_bytes()
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        print(f"error: cannot read {args.article} as UTF-8 text: {err}", file=sys.stderr)
        return 1
    problem = _meta_problem(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    areas, topics = drafting.shipped_tables()
    areas = drafting.read_csv_strings(args.areas) if args.areas else areas
    topics = drafting.read_csv_strings(args.topics) if args.topics else topics
    meta = drafting.ArticleMeta(args.title or drafting.title_from_filename(args.article.name),
                             args.publisher or "Publisher not given", args.url, args.published,
                             f"seeds/{args.article.name}")
    try:
        result = draft_with_deadline(text, meta, areas, topics)
    except (ArticleRefused, DraftFailed) as problem:
        print(f"error: {args.article}: {problem}; nothing was written", file=sys.stderr)
        return 1
    if not args.publisher:
        result.unsure.insert(0, "No --publisher given: sources.csv says 'Publisher not given'.")
    for rel, content in drafting.draft_files(result, meta, data).items():
        (args.out / rel).parent.mkdir(parents=True, exist_ok=True)
        (args.out / rel).write_bytes(content)
    print((args.out / "report.md").read_text(encoding="utf-8"))
    raw = read_dataset(args.out / "data")
    for p in raw.problems:
        print(f"draft problem: {p}", file=sys.stderr)
    print(f"wrote {args.out} ({'valid' if not raw.problems else f'{len(raw.problems)} problem(s)'})")
    return 1 if raw.problems else 0


def draft_out_refusal(out: Path) -> str:
    """Why a draft may not be written to `out`: it exists, or it lies inside the shipped or configured data."""
    if out.exists():
        return f"{out} already exists; choose a new folder"
    resolved = out.resolve()
    protected = {default_data_dir().resolve(), default_data_dir().resolve().parent / "seeds"}
    protected |= {Path(__file__).resolve().parent.parent / "data", Path(__file__).resolve().parent.parent / "seeds"}
    inside = next((p for p in protected if resolved == p or resolved.is_relative_to(p)), None)
    return f"{out} is inside {inside}, a dataset folder" if inside else ""


def _meta_problem(args: argparse.Namespace) -> str:
    import re

    if args.published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.published):
        return f"--published must be a date written YYYY-MM-DD, not {args.published!r}"
    if args.url and not re.match(r"https?://", args.url):
        return f"--url must start with http:// or https://, not {args.url!r}"
    return ""


def run_merge(args: argparse.Namespace) -> int:
    from components.drafting.merge import apply_merge, plan_merge

    data_dir = args.into or default_data_dir()
    plan = plan_merge(args.draft_dir, data_dir)
    for line in plan.matched:
        print(f"matched {line}")
    for notice in plan.notices:
        print(f"notice: {notice}", file=sys.stderr)
    if plan.problems:
        print(f"error: {len(plan.problems)} problem(s); nothing was written to {data_dir}:", file=sys.stderr)
        for problem in plan.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    added = ", ".join(f"{n} {name}" for name, n in plan.added.items())
    if args.dry_run:
        print(f"dry run: would add {added} to {data_dir}; nothing was written")
        return 0
    for path in apply_merge(plan):
        print(f"wrote {path}")
    print(f"added {added} to {data_dir}")
    return 0
