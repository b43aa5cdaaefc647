"""Command-line interface: `python -m components validate|schema|export ...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from components import schema
from components.claims import DATA_DIR_ENV, default_data_dir
from components.validate import read_dataset


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

EXPORT_FORMATS = ("png", "svg", "html", "csv")
EXPORT_EPILOG = """examples:
  python -m components export --area "Castle Point" --format png --out exports/
      writes exports/officer-numbers-castle-point.png and one PNG for each other chart with something in view
  python -m components export --area Southend --speaker "Martin Terry" --format svg --out exports/
  python -m components export --topic "Officer numbers" --no-wider --format csv --out exports/
      writes quotes-all-areas.csv and figures-all-areas.csv: the rows in view
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
    filters = export.add_argument_group("filters (as in the dashboard; repeat an option for several values)")
    filters.add_argument("--area", action="append", metavar="NAME",
                         help='an area, e.g. --area "Castle Point"; claims about a wider area it sits in (Essex) '
                         "are included unless --no-wider")
    filters.add_argument("--speaker", action="append", metavar="NAME", help='a speaker, e.g. --speaker "Martin Terry"')
    filters.add_argument("--topic", action="append", metavar="LABEL", help='a topic, e.g. --topic "Officer numbers"')
    filters.add_argument("--kind", action="append", metavar="KIND",
                         help="a quote kind: direct, partial or reported, e.g. --kind direct")
    filters.add_argument("--source", action="append", metavar="TITLE",
                         help='an article by its title, e.g. --source "Cops now need zero tolerance approach"')
    filters.add_argument("--q", default="", metavar="TEXT",
                         help="search the quotes, speakers' names and roles, e.g. --q bobbies")
    filters.add_argument("--no-wider", action="store_true",
                         help="with --area, leave out claims about the wider area (county-wide, national)")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                        help="png or svg: chart images (1200 px wide, PNG drawn at 2x); html: each chart as an "
                        "interactive page; csv: the quotes and figures in view. e.g. --format png")
    export.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="folder to write into, created if missing; files of the same name are replaced "
                        "(each is listed), e.g. --out exports/")
    export.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help=f"the dataset's data folder (default: ${DATA_DIR_ENV}, else the shipped data/), "
                        "e.g. --data-dir ~/my-claims/data")
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    # Imported here so `validate` and `schema` start without loading pandas and Plotly.
    from components import charts, export, filters
    from components.claims import DatasetError, load_dataset

    data_dir = args.data_dir or default_data_dir()
    try:
        ds = load_dataset(data_dir)
    except DatasetError as err:
        print(f"error: the dataset in {err.data_dir} has {len(err.problems)} problem(s), so nothing was exported. "
              f"`python -m components validate --data-dir {err.data_dir}` lists them; the first:", file=sys.stderr)
        for problem in err.problems[:5]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    raw = {"areas": args.area, "speakers": args.speaker, "topics": args.topic, "kinds": args.kind,
           "sources": args.source, "q": args.q, "include_wider": not args.no_wider}
    chosen = filters.clean_filters(ds, raw)
    for notice in chosen.notices:
        print(f"notice: {notice}", file=sys.stderr)
    if args.format in export.IMAGE_FORMATS and export.find_chromium() is None:
        print(f"error: {export.NO_BROWSER_MESSAGE}", file=sys.stderr)
        return 1
    quotes = filters.filter_quotes(ds, chosen)
    view = charts.View(ds, chosen, quotes, filters.filter_figures(ds, chosen, quotes))
    print(f"view: {chosen.describe()} ({len(view.quotes)} quote(s), {len(view.figures)} figure(s))", file=sys.stderr)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        if args.format == "csv":
            files = [(chosen.filename("quotes", "csv"), export.csv_bytes(export.quotes_table(quotes))),
                     (chosen.filename("figures", "csv"),
                      export.csv_bytes(export.figures_table(view.figures)))]
            return _write_files(args.out, files)
        return _export_charts(view, args.format, args.out)
    except OSError as err:
        print(f"error: cannot write to {args.out}: {err.strerror or err}", file=sys.stderr)
        return 1


def _export_charts(view, fmt: str, out: Path) -> int:
    from components import charts, export

    renderer = export.Renderer() if fmt in export.IMAGE_FORMATS else None
    failed = 0
    try:
        for chart in charts.build_charts(view):
            name = chart.filename(view.filters, fmt)
            if chart.figure is None:
                print(f"skipped {name}: {chart.summary}")
                continue
            try:
                data = export.chart_image(chart, fmt, renderer) if renderer else export.chart_html(chart, view.filters)
            except export.ExportError as err:
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
