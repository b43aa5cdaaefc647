"""Command-line interface: `python -m components validate|schema ...`."""

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
